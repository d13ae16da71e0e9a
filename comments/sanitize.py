"""Sanitizing of readers' comments: a small allowlist, safe links, kept line breaks."""

import re
from functools import partial
from urllib.parse import urlsplit

from bleach.linkifier import LinkifyFilter, build_url_re

from portal.html_cleaner import build_cleaner, drop_code_elements

ALLOWED_TAGS = frozenset({"a", "em", "strong", "i", "b", "blockquote", "code", "p", "br"})
ALLOWED_ATTRIBUTES = {"a": ["href", "title"]}
ALLOWED_PROTOCOLS = frozenset({"http", "https", "mailto"})
LINK_REL = "nofollow ugc noopener"

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_STARTS_AS_BLOCK = re.compile(r"<(p|blockquote)\b", re.IGNORECASE)
_EMPTY_PARAGRAPH = re.compile(r"<p>\s*</p>")
# Direction overrides, embeddings and isolates: they make text read other
# than it is stored ("\u202edi.hotnoc@ibud" shows as "budi@contoh.id").
_DIRECTION_CONTROLS = re.compile(
    "[\u202a-\u202e\u2066-\u2069]"
    r"|&#(?:[xX]0*(?:202[a-eA-E]|206[6-9])|0*(?:823[4-8]|829[4-7]));"
)
# Bare URLs become links only for web addresses; bleach's default pattern
# also knows data:, ftp: and others. A link starts at the start of a word,
# never inside one: in "nama@xn--bcher-kva.de" bleach's own pattern linked
# "--bcher-kva.de".
_BLEACH_URL_RE = build_url_re(protocols=["http", "https"])
_URL_RE = re.compile(
    _BLEACH_URL_RE.pattern.replace(r"\b(?<![@.])", r"\b(?<![@.\w-])", 1), _BLEACH_URL_RE.flags
)
assert _URL_RE.pattern != _BLEACH_URL_RE.pattern, "bleach's URL pattern changed"


def _set_link_attributes(attrs, new=False):
    href = attrs.get((None, "href"), "")
    if urlsplit(href.strip()).scheme.lower() not in ALLOWED_PROTOCOLS:
        # Only absolute web and mail addresses: a refused or relative one
        # (``javascript&colon;...``) would mean nothing under an article.
        # The link goes, its text stays.
        return None
    attrs[(None, "rel")] = LINK_REL
    return attrs


_cleaner = build_cleaner(
    tags=ALLOWED_TAGS,
    attributes=ALLOWED_ATTRIBUTES,
    protocols=ALLOWED_PROTOCOLS,
    filters=[
        partial(
            LinkifyFilter,
            callbacks=[_set_link_attributes],
            url_re=_URL_RE,
            skip_tags={"code"},
            parse_email=False,
        )
    ],
)


def _paragraphs(text: str) -> str:
    """Blank lines become paragraphs and single newlines ``<br>``.

    Done before sanitizing, so the markup added here goes through the
    allowlist like everything the reader typed.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text:
        return ""
    blocks = [block.strip() for block in _PARAGRAPH_BREAK.split(text)]
    html = []
    for block in blocks:
        block = block.replace("\n", "<br>")
        # A block the reader already opened as a paragraph or quote stays as
        # it is; wrapping it would nest blocks and leave empty paragraphs.
        html.append(block if _STARTS_AS_BLOCK.match(block) else f"<p>{block}</p>")
    return "".join(html)


def sanitize_comment(text: str) -> str:
    """Return a reader's comment as safe HTML.

    Only links, emphasis, quotes, code, paragraphs and line breaks survive;
    links point at http, https or mailto addresses and carry
    ``rel="nofollow ugc noopener"``.
    """
    cleaned = _cleaner.clean(_paragraphs(drop_code_elements(_DIRECTION_CONTROLS.sub("", text))))
    # Typed as references ("&#x202e;"), they are characters only once parsed.
    return _EMPTY_PARAGRAPH.sub("", _DIRECTION_CONTROLS.sub("", cleaned)).strip()
