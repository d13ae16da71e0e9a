"""A submitted body made ready to store: tidied, sanitized, in the body's usual shape."""

import re

from articles.sanitize import sanitize_article_html

from .html_tree import Element, parse, serialize
from .paste import looks_like_office_html, tidy_office_html

_EMPTY = re.compile(r"^\s*(<(\w+)>\s*</\2>)?\s*$")
_BLANK = re.compile(r"^[\s\xa0]*$")


def clean_body_html(html: str) -> str:
    """``html`` through the body allowlist, with the editor's markup habits undone.

    Office pastes are tidied first (``paste``). Afterwards a list item that
    holds a single paragraph goes back to ``<li>text</li>``, as bodies have
    always been written (the editor wraps every item's text in ``<p>``), a
    link without an address is unwrapped, an empty link title is dropped,
    and a body with nothing in it but an empty paragraph (the editor's blank
    document) is empty.
    """
    html = html or ""
    office = looks_like_office_html(html)
    cleaned = sanitize_article_html(tidy_office_html(html) if office else html).strip()
    if _EMPTY.match(cleaned):
        return ""
    tree = parse(cleaned)
    if not _reshape(tree, office=office):
        return cleaned
    return sanitize_article_html(serialize(tree)).strip()


def _reshape(element: Element, *, office: bool) -> bool:
    changed = False
    children = []
    for child in element.children:
        if isinstance(child, Element):
            changed |= _reshape(child, office=office)
            if child.tag == "a" and "href" not in child.attrs:
                children.extend(child.children)
                changed = True
                continue
            if child.tag == "a" and child.attrs.get("title") == "":
                del child.attrs["title"]  # the link dialog's title left empty
                changed = True
            if office and child.tag == "p" and _is_blank(child):
                changed = True  # Word's spacer paragraphs (<o:p>&nbsp;</o:p>)
                continue
            if office and child.tag == "br" and element.tag == "#root":
                changed = True  # Docs' line breaks between blocks
                continue
        children.append(child)
    if element.tag == "li":
        children, unwrapped = _unwrap_item_paragraph(children)
        changed |= unwrapped
    element.children = children
    return changed


def _unwrap_item_paragraph(children: list) -> tuple[list, bool]:
    """``<li><p>x</p>[<ul>…</ul>]</li>`` as ``<li>x[<ul>…</ul>]</li>``."""
    elements = [child for child in children if isinstance(child, Element)]
    loose_text = any(isinstance(child, str) and child.strip() for child in children)
    if loose_text or not elements or elements[0].tag != "p":
        return children, False
    if any(child.tag not in ("ul", "ol") for child in elements[1:]):
        return children, False
    paragraph = elements[0]
    index = children.index(paragraph)
    return children[:index] + paragraph.children + children[index + 1 :], True


def _is_blank(paragraph: Element) -> bool:
    return not paragraph.elements() and all(
        _BLANK.match(child) for child in paragraph.children if isinstance(child, str)
    )
