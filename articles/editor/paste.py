"""Tidying of HTML pasted from Word or Google Docs, before bleach.

bleach alone already drops their styles, classes, ``<span>`` and ``<o:p>``
wrappers, but it keeps what they mean wrongly: Google Docs wraps a whole
paste in ``<b style="font-weight:normal">`` (bold would swallow the text),
marks real bold and italic only with a ``<span style>``, and Word writes a
list as paragraphs that start with a bullet glyph. This pass turns those
into plain ``<strong>``, ``<em>`` and ``<ul>``/``<ol>`` first, the way the
editor's schema reads them when the paste happens in the browser.
"""

import re
from html import escape
from html.parser import HTMLParser

from .html_tree import VOID_ELEMENTS

_OFFICE_MARKERS = re.compile(
    r"urn:schemas-microsoft-com|class=\"?Mso|mso-|docs-internal-guid|<o:p\b|supportLists",
    re.IGNORECASE,
)
_WRAPPERS = frozenset({"span", "font", "b", "strong", "i", "em"})
_BOLD_TAGS = frozenset({"b", "strong"})
_ITALIC_TAGS = frozenset({"i", "em"})
# Elements whose content is never text for readers.
_SKIPPED = frozenset({"head", "style", "script", "title", "xml", "template"})
# Any of these ends a run of Word list paragraphs.
_BLOCKS = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "blockquote", "div", "figure"}
)
_SOURCE_WHITESPACE = re.compile(r"[ \t\r\n]+")
_ORDERED_GLYPH = re.compile(r"^(\d+|[a-z]|[ivxlcdm]+)[.)]$", re.IGNORECASE)


def looks_like_office_html(html: str) -> bool:
    """Whether ``html`` carries the marks of a Word or Google Docs clipboard."""
    return bool(_OFFICE_MARKERS.search(html or ""))


def tidy_office_html(html: str) -> str:
    """``html`` with office formatting spelled as plain tags; other markup as it was."""
    tidier = _OfficeTidier()
    tidier.feed(html)
    tidier.close()
    return "".join(tidier.out)


def _style(value: str) -> dict[str, str]:
    declarations = (part.split(":", 1) for part in value.split(";") if ":" in part)
    return {name.strip().lower(): prop.strip().lower() for name, prop in declarations}


def _weight(value: str) -> str:
    """``bold``, ``normal`` or empty (not said) for a CSS font-weight."""
    if value in ("bold", "bolder") or (value.isdigit() and int(value) >= 500):
        return "bold"
    if value in ("normal", "lighter") or (value.isdigit() and int(value) < 500):
        return "normal"
    return ""


def _replacement(tag: str, style: dict[str, str]) -> list[str]:
    """The plain tags an office inline wrapper stands for (none: unwrap it)."""
    weight = _weight(style.get("font-weight", ""))
    slant = style.get("font-style", "")
    bold = weight == "bold" or (tag in _BOLD_TAGS and weight != "normal")
    italic = slant in ("italic", "oblique") or (tag in _ITALIC_TAGS and slant != "normal")
    return [name for name, on in (("strong", bold), ("em", italic)) if on]


def _start_tag(tag: str, attrs: list) -> str:
    rendered = "".join(
        f' {name}="{escape(value)}"' if value is not None else f" {name}" for name, value in attrs
    )
    return f"<{tag}{rendered}>"


class _OfficeTidier(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.wrappers: list[tuple[str, list[str]]] = []
        self.skipping: str | None = None
        # A list item's bullet or number while it is being read, and how
        # many <span>s deep inside a "mso-list:Ignore" marker the reader is.
        self.glyph: list[str] | None = None
        self.glyph_spans = 0
        self.list_open_at: int | None = None
        self.list_tag = ""
        self.list_id = ""
        self.in_item = False
        self.last_item = False

    # -- Word lists ------------------------------------------------------------

    def _open_item(self, list_id: str, classes: str):
        if self.list_open_at is not None and list_id != self.list_id:
            self._close_list()
        self.list_id = list_id
        # Word marks the last paragraph of a list (or writes a one-item list
        # with the bare class); what follows it is no longer in the list.
        self.last_item = classes.endswith("cxsplast") or classes == "msolistparagraph"
        if self.list_open_at is None:
            self.out.append("")  # becomes <ul> or <ol> once the glyph is read
            self.list_open_at = len(self.out) - 1
            self.list_tag = ""
        self.out.append("<li>")
        self.in_item = True

    def _glyph_read(self):
        glyph = "".join(self.glyph or []).replace("\xa0", " ").strip()
        self.glyph = None
        if self.list_open_at is not None and not self.list_tag:
            self.list_tag = "ol" if _ORDERED_GLYPH.match(glyph) else "ul"
            self.out[self.list_open_at] = f"<{self.list_tag}>"

    def _close_list(self):
        if self.list_open_at is None:
            return
        if not self.list_tag:
            self.list_tag = "ul"
            self.out[self.list_open_at] = "<ul>"
        self.out.append(f"</{self.list_tag}>")
        self.list_open_at = None

    # -- Parser events ---------------------------------------------------------

    def handle_starttag(self, tag, attrs):
        if self.skipping:
            return
        if tag in _SKIPPED:
            self.skipping = tag
            return
        style = _style(dict(attrs).get("style") or "")
        if self.glyph is not None:
            self.glyph_spans += tag == "span"
            return
        if tag == "span" and style.get("mso-list") == "ignore":
            self.glyph, self.glyph_spans = [], 1
            return
        if tag in _WRAPPERS:
            replacement = _replacement(tag, style)
            self.wrappers.append((tag, replacement))
            self.out.extend(f"<{name}>" for name in replacement)
            return
        classes = (dict(attrs).get("class") or "").lower()
        if tag == "p" and ("msolistparagraph" in classes or "mso-list" in style):
            self._open_item(style.get("mso-list", "").split(" ")[0], classes)
            return
        if tag in _BLOCKS:
            self._close_list()
        self.out.append(_start_tag(tag, attrs))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID_ELEMENTS:
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if self.skipping:
            self.skipping = None if tag == self.skipping else self.skipping
            return
        if self.glyph is not None:
            if tag == "span":
                self.glyph_spans -= 1
                if self.glyph_spans == 0:
                    self._glyph_read()
            return
        if tag in _WRAPPERS:
            for index in range(len(self.wrappers) - 1, -1, -1):
                if self.wrappers[index][0] == tag:
                    _, replacement = self.wrappers.pop(index)
                    self.out.extend(f"</{name}>" for name in reversed(replacement))
                    break
            return
        if tag == "p" and self.in_item:
            self.out.append("</li>")
            self.in_item = False
            if self.last_item:
                self._close_list()
            return
        if tag in VOID_ELEMENTS:
            return
        self.out.append(f"</{tag}>")

    def handle_data(self, data):
        if self.skipping:
            return
        if self.glyph is not None:
            self.glyph.append(data)
            return
        if self.list_open_at is not None and not self.in_item and not data.strip():
            return  # line breaks between Word's list paragraphs
        # Word wraps its HTML source at 80 columns: those breaks are spaces.
        self.out.append(escape(_SOURCE_WHITESPACE.sub(" ", data), quote=False))

    def _conditional(self, text: str):
        text = text.strip().lower()
        if text.startswith("[if") or text.startswith("if"):
            if "supportlists" in text:
                self.glyph, self.glyph_spans = [], 0
        elif text in ("endif", "[endif]") and self.glyph is not None:
            self._glyph_read()

    def unknown_decl(self, data):
        self._conditional(data)

    def handle_comment(self, data):
        self._conditional(data)

    def close(self):
        super().close()
        if self.in_item:
            self.out.append("</li>")
        self._close_list()
