"""Whether a submitted body is the stored one, as the editor writes it back.

The editor serializes a body its own way: no line breaks between blocks,
runs of white space collapsed, ``<b>`` written ``<strong>``, loose text in a
list item or quote wrapped in a paragraph. An editor who opens an article
and saves it without changing the text should not rewrite the stored body
(nor add a revision that differs only in markup), so the form keeps the
stored body whenever ``same_content`` says nothing changed.

Only the editor's own rewriting is ignored: white space that HTML
collapses anyway, the two spellings of bold and italic, the order of nested
marks, and those paragraph wrappers. Any change to the text, its marks,
links or blocks counts.
"""

import re

from articles.sanitize import sanitize_article_html

from .html_tree import Element, parse

_WHITESPACE = re.compile(r"[ \t\n\r\f]+")
BLOCK_TAGS = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "figure"}
    | {"figcaption", "table", "thead", "tbody", "tr", "th", "td", "caption", "hr", "div"}
)
_TEXT_BLOCKS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "caption"})
_FLOW_CONTAINERS = frozenset({"li", "blockquote"})
_MARK_NAMES = {"b": "strong", "i": "em"}


def same_content(stored: str, submitted: str) -> bool:
    """Whether ``submitted`` is ``stored`` as the editor writes it back, nothing changed."""
    return canonical(stored) == canonical(submitted)


def canonical(html: str) -> tuple:
    """A comparable form of ``html``'s content, after the body allowlist."""
    return _flow(parse(sanitize_article_html(html or "")).children)


def _flow(children: list) -> tuple:
    """Blocks, with loose inline content gathered into paragraphs."""
    blocks, loose = [], []
    for child in children:
        if isinstance(child, Element) and child.tag in BLOCK_TAGS:
            blocks.extend(_loose_paragraph(loose))
            loose = []
            blocks.append(_block(child))
        else:
            loose.append(child)
    blocks.extend(_loose_paragraph(loose))
    return tuple(blocks)


def _loose_paragraph(nodes: list) -> list:
    runs = _inline(nodes)
    return [("p", (), runs)] if runs else []


def _block(element: Element) -> tuple:
    attrs = tuple(sorted(element.attrs.items()))
    if element.tag in _TEXT_BLOCKS:
        return (element.tag, attrs, _inline(element.children))
    if element.tag in _FLOW_CONTAINERS:
        return (element.tag, attrs, _flow(element.children))
    children = tuple(
        _block(child) if isinstance(child, Element) else _collapse(child).strip()
        for child in element.children
        if isinstance(child, Element) or child.strip()
    )
    return (element.tag, attrs, children)


def _inline(nodes: list) -> tuple:
    """Text runs with the set of marks on each, white space as HTML renders it."""
    runs: list[list] = []
    _collect(nodes, frozenset(), runs)
    # White space at the start and end of a block, around line breaks and
    # after other white space is not shown.
    previous = "\n"
    for run in runs:
        if run[0] != "\n" and previous in ("\n", " "):
            run[0] = run[0].lstrip(" ")
        previous = run[0][-1:] or previous
    following = "\n"
    for run in reversed(runs):
        if run[0] != "\n" and following == "\n":
            run[0] = run[0].rstrip(" ")
        following = run[0][:1] or following
    merged: list[list] = []
    for text, marks in runs:
        if not text:
            continue
        if merged and merged[-1][1] == marks and "\n" not in (text, merged[-1][0]):
            merged[-1][0] += text
        else:
            merged.append([text, marks])
    return tuple((text, marks) for text, marks in merged)


def _collect(nodes: list, marks: frozenset, runs: list) -> None:
    for node in nodes:
        if isinstance(node, str):
            runs.append([_collapse(node), marks])
        elif node.tag == "br":
            runs.append(["\n", marks])
        elif node.tag in ("img", "hr"):
            runs.append([f"\x00{node.tag}{sorted(node.attrs.items())}", marks])
        else:
            mark = (_MARK_NAMES.get(node.tag, node.tag), tuple(sorted(node.attrs.items())))
            _collect(node.children, marks | {mark}, runs)


def _collapse(text: str) -> str:
    return _WHITESPACE.sub(" ", text)
