"""An article body as the text a diff compares: blocks of words, no markup.

Each block (paragraph, subheading, list item, quote, photo) starts a new
line, ``BLOCK``; a block other than a paragraph is named by ``KIND`` and its
tag ("h2", "li"...), so that a paragraph turned into a subheading shows; a
link's address comes before its words after ``LINK``, so that a changed address
shows too. A photo reads as its alternative text and caption. The three
markers are private-use characters, which no text of the body keeps.
"""

import re

from articles.editor.html_tree import Element, parse

BLOCK = "\ue000"
KIND = "\ue001"
LINK = "\ue002"

_BLOCKS = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figure", "figcaption"}
    | {"table", "tr", "caption", "pre", "div"}
)
# Hold blocks, and are none themselves.
_CONTAINERS = frozenset({"ul", "ol", "thead", "tbody", "tfoot", "section", "article"})
_NAMED = frozenset({"h2", "h3", "h4", "li", "blockquote", "figure"})
_WHITESPACE = re.compile(r"\s+")
_MARKERS = re.compile(f"[{BLOCK}{KIND}{LINK}]")


def body_text(html: str) -> str:
    """``html`` (a stored, sanitized body) as blocks of plain words with markers."""
    blocks: list[list[str]] = []
    _walk(parse(html or ""), blocks, current=None)
    lines = []
    for parts in blocks:
        line = _WHITESPACE.sub(" ", "".join(parts)).strip()
        if line and line not in (f"{KIND}{tag}" for tag in _NAMED):
            lines.append(line)
    return BLOCK.join(lines)


def plain(text: str) -> str:
    """A plain-text field (title, lead) with the markers out of the way."""
    return _MARKERS.sub("", text or "")


def _walk(element: Element, blocks: list[list[str]], current: list[str] | None):
    for child in element.children:
        if isinstance(child, str):
            if current is None:
                current = []
                blocks.append(current)
            current.append(_MARKERS.sub("", child))
            continue
        tag = child.tag
        if tag == "br":
            if current is not None:
                current.append(" ")
            continue
        if tag in _CONTAINERS:
            _walk(child, blocks, None)
            current = None
            continue
        if tag == "img":
            current = current if current is not None else _open(blocks)
            current.append(f" {child.attrs.get('alt', '')} ")
            continue
        if tag in _BLOCKS:
            block = _open(blocks)
            if tag in _NAMED:
                block.append(f"{KIND}{tag} ")
            if tag in ("figure", "blockquote", "li", "tr", "div"):
                # Their paragraphs and captions continue the same line.
                _walk_inline(child, block)
            else:
                _walk(child, blocks, block)
            current = None
            continue
        current = current if current is not None else _open(blocks)
        if tag == "a" and child.attrs.get("href"):
            current.append(f" {LINK}{child.attrs['href']} ")
        _walk_inline(child, current)


def _walk_inline(element: Element, parts: list[str]) -> None:
    for child in element.children:
        if isinstance(child, str):
            parts.append(_MARKERS.sub("", child))
        elif child.tag == "img":
            parts.append(f" {child.attrs.get('alt', '')} ")
        elif child.tag == "br":
            parts.append(" ")
        else:
            if child.tag in _BLOCKS:
                parts.append(" ")
            if child.tag == "a" and child.attrs.get("href"):
                parts.append(f" {LINK}{child.attrs['href']} ")
            _walk_inline(child, parts)


def _open(blocks: list[list[str]]) -> list[str]:
    block: list[str] = []
    blocks.append(block)
    return block
