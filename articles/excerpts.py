"""Short plain-text excerpts of articles: descriptions, snippets, previews.

One rule wherever an article is summed up in a few words: paragraphs stay
apart (a space where one block ends and the next begins, never
"perang.Presiden"), and a text that is too long is cut at a word boundary
and ends with "…".
"""

import html
import re

from django.utils.html import strip_tags

ELLIPSIS = "…"
# Where a block of text ends: its words and the next block's stay apart.
BLOCK_END = re.compile(
    r"</(?:p|li|h[1-6]|blockquote|figcaption|td|th|div|pre|dd|dt)>|<br\s*/?>",
    re.IGNORECASE,
)


def html_to_text(markup: str) -> str:
    """``markup`` as one line of plain text, blocks kept apart by a space."""
    if not markup:
        return ""
    text = html.unescape(strip_tags(BLOCK_END.sub(" ", str(markup))))
    return " ".join(text.split())


def cut_at_word(text: str, limit: int) -> str:
    """``text`` in at most ``limit`` characters, cut between words, with "…" when cut.

    A single word longer than ``limit`` is cut where the limit falls.
    """
    text = " ".join(str(text).split())
    if len(text) <= limit:
        return text
    room = max(limit - len(ELLIPSIS), 1)
    cut = text[: room + 1]
    space = cut.rfind(" ")
    if space > room // 2:
        cut = cut[:space]
    else:
        cut = cut[:room]
    return cut.rstrip(" ,;:-–—") + ELLIPSIS


def excerpt(markup: str, limit: int) -> str:
    """An HTML or plain text as plain text of at most ``limit`` characters."""
    return cut_at_word(html_to_text(markup), limit)
