"""A word-level diff of two texts, as HTML that wraps to the page: ``<ins>`` and ``<del>``.

The texts are cut into tokens (words, runs of white space, single marks of
punctuation, and the markers ``body_text`` puts between blocks); each
distinct token becomes one character, and diff-match-patch compares those
strings (Myers' algorithm, with a time limit, then its semantic clean-up so
that a changed phrase reads as one deletion and one insertion rather than
a scatter of single words). That is the library's documented way to diff by
words.
"""

import re
from dataclasses import dataclass

from diff_match_patch import diff_match_patch
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .body_text import BLOCK, KIND, LINK

_TOKENS = re.compile(rf"{BLOCK}|{KIND}[a-z0-9]+|{LINK}[^\s{BLOCK}{KIND}{LINK}]+|\s+|\w+|[^\w\s]")
# Past this the library stops refining and returns a coarser diff.
TIME_LIMIT_SECONDS = 1.0
# The private-use planes onward: no character of the texts themselves.
_FIRST_CODE = 0xF0000


def tokens(text: str) -> list[str]:
    """``text`` as diff tokens; runs of white space become one space."""
    return [" " if token.isspace() else token for token in _TOKENS.findall(text)]


@dataclass(frozen=True)
class Change:
    """A run of tokens: kept (0), deleted (-1) or inserted (1)."""

    op: int
    tokens: tuple[str, ...]


def word_diff(old: str, new: str) -> list[Change]:
    """How ``new`` differs from ``old``, word by word."""
    vocabulary: dict[str, str] = {}
    alphabet: list[str] = []

    def encode(text: str) -> str:
        out = []
        for token in tokens(text):
            code = vocabulary.get(token)
            if code is None:
                code = chr(_FIRST_CODE + len(alphabet))
                vocabulary[token] = code
                alphabet.append(token)
            out.append(code)
        return "".join(out)

    engine = diff_match_patch()
    engine.Diff_Timeout = TIME_LIMIT_SECONDS
    diffs = engine.diff_main(encode(old), encode(new), False)
    engine.diff_cleanupSemantic(diffs)
    return [
        Change(op, tuple(alphabet[ord(code) - _FIRST_CODE] for code in text))
        for op, text in diffs
        if text
    ]


def has_changes(changes: list[Change]) -> bool:
    return any(change.op for change in changes)


KIND_LABELS = {
    "h2": gettext_lazy("Subjudul"),
    "h3": gettext_lazy("Subjudul"),
    "h4": gettext_lazy("Subjudul"),
    "li": "•",
    "blockquote": gettext_lazy("Kutipan"),
    "figure": gettext_lazy("Foto"),
}


def _token_html(token: str) -> str:
    if token.startswith(KIND):
        label = KIND_LABELS.get(token[len(KIND) :], "")
        return f'<span class="diff-kind">{escape(label)}</span>' if label else ""
    if token.startswith(LINK):
        return f'<span class="diff-link">[{escape(token[len(LINK) :])}]</span>'
    return escape(token)


def _insertions_first_across_blocks(changes: list[Change]) -> list[Change]:
    """A deletion across blocks, then an insertion: the insertion's first line goes first.

    That part continues the paragraph both versions share; shown after the
    deleted blocks it would seem to belong to the last of them. The rest of
    the insertion (its own new blocks) follows the deletion.
    """
    ordered: list[Change] = []
    i = 0
    while i < len(changes):
        change = changes[i]
        following = changes[i + 1] if i + 1 < len(changes) else None
        if change.op < 0 and following is not None and following.op > 0 and BLOCK in change.tokens:
            inserted = following.tokens
            cut = inserted.index(BLOCK) if BLOCK in inserted else len(inserted)
            head, tail = inserted[:cut], inserted[cut:]
            ordered.extend(
                part for part in (Change(1, head), change, Change(1, tail)) if part.tokens
            )
            i += 2
            continue
        ordered.append(change)
        i += 1
    return ordered


def diff_html(changes: list[Change]) -> SafeString:
    """The diff as paragraphs, each change marked: ``<del>`` removed, ``<ins>`` added.

    Each mark also says in words what it is, for screen readers (the words
    are hidden on screen, where the colours and strike-through show it).
    """
    blocks: list[list[str]] = [[]]
    for change in _insertions_first_across_blocks(changes):
        run: list[str] = []

        def flush(run=run, op=change.op):
            if not run:
                return
            text = "".join(run)
            if op == 0 or not text.strip():
                blocks[-1].append(text)
            else:
                tag, said = ("del", _("dihapus:")) if op < 0 else ("ins", _("ditambahkan:"))
                hidden = f'<span class="visually-hidden">{escape(said)} </span>'
                blocks[-1].append(f"<{tag}>{hidden}{text}</{tag}>")
            run.clear()

        for token in change.tokens:
            if token == BLOCK:
                flush()
                blocks.append([])
            else:
                run.append(_token_html(token))
        flush()
    paragraphs = ["".join(parts).strip() for parts in blocks]
    return mark_safe("".join(f"<p>{p}</p>" for p in paragraphs if p))
