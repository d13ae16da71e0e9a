"""What the rich-text editor can hold without losing anything.

The editor's schema (``extensions.editor_extensions`` plus the photo node
in ``static/js/editor/photo.js``) keeps paragraphs, h2 to h4, bold, italic,
links, lists, block quotes, line breaks and simple figures: one image with an
optional plain-text caption. The body allowlist (``articles.sanitize``)
allows more, e.g. tables, underline, ``<q>`` or a quote's source. A body
holding any of that is edited as HTML instead, so opening and saving it in
the editor can never drop part of it.
"""

from .html_tree import Element, parse

TEXT_BLOCKS = frozenset({"p", "h2", "h3", "h4"})
LISTS = frozenset({"ul", "ol"})
MARKS = frozenset({"strong", "b", "em", "i", "a"})

# Attributes each held element keeps; any other attribute is lost by the editor.
HELD_ATTRIBUTES = {
    "a": frozenset({"href", "title"}),
    "figure": frozenset({"data-photo"}),
    "img": frozenset({"src", "alt", "width", "height", "loading"}),
}


def unsupported_elements(html: str) -> list[str]:
    """The tags in ``html`` the editor cannot hold as they are, sorted; empty if none."""
    found: set[str] = set()
    _check_children(parse(html), found)
    return sorted(found)


def _check_children(parent: Element, found: set[str]) -> None:
    for child in parent.elements():
        _check(child, parent.tag, found)


def _check(element: Element, parent: str, found: set[str]) -> None:
    tag = element.tag
    inline = parent in TEXT_BLOCKS or parent in MARKS
    if set(element.attrs) - HELD_ATTRIBUTES.get(tag, frozenset()):
        found.add(tag)
    if tag == "br":
        return
    if tag == "a" and "href" not in element.attrs:
        found.add(tag)
    if inline and tag not in MARKS:
        # A block inside a paragraph, a bold or a link: the editor would reshape it.
        found.add(tag)
    elif tag in MARKS or tag in TEXT_BLOCKS or tag == "blockquote":
        _check_children(element, found)
    elif tag == "li":
        if parent not in LISTS:
            found.add(tag)
        _check_children(element, found)
    elif tag in LISTS:
        if element.has_text() or any(child.tag != "li" for child in element.elements()):
            found.add(tag)
        _check_children(element, found)
    elif tag != "figure" or not _is_simple_figure(element):
        found.add(tag)


def _is_simple_figure(figure: Element) -> bool:
    """One image, then at most a caption of plain text: what the photo node keeps."""
    children = figure.elements()
    if figure.has_text() or not children or children[0].tag != "img":
        return False
    image = children[0]
    if set(image.attrs) - HELD_ATTRIBUTES["img"] or "src" not in image.attrs:
        return False
    if len(children) == 1:
        return True
    caption = children[1]
    return (
        len(children) == 2
        and caption.tag == "figcaption"
        and not caption.attrs
        and not caption.elements()
    )
