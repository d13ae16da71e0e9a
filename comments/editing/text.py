"""A stored comment's HTML back into the text its author typed, for the edit form."""

from html import escape
from html.parser import HTMLParser

_INLINE = frozenset({"em", "strong", "i", "b", "code"})


class _Text(HTMLParser):
    """Paragraphs become blank lines, ``<br>`` a newline, a linkified address its text.

    Markup the author typed (emphasis, quotes, their own links) is given back
    as they typed it; plain text comes back unescaped.
    """

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self._links: list[tuple[int, str]] = []

    def handle_starttag(self, tag, attrs):
        if tag == "br":
            self.out.append("\n")
        elif tag in _INLINE or tag == "blockquote":
            self.out.append(f"<{tag}>")
        elif tag == "a":
            href = dict(attrs).get("href", "")
            self._links.append((len(self.out), href))
            self.out.append("")  # the opening tag, decided at its end

    def handle_endtag(self, tag):
        if tag == "p":
            self.out.append("\n\n")
        elif tag == "blockquote":
            self.out.append("</blockquote>\n\n")
        elif tag in _INLINE:
            self.out.append(f"</{tag}>")
        elif tag == "a" and self._links:
            start, href = self._links.pop()
            if "".join(self.out[start + 1 :]) != href:
                self.out[start] = f'<a href="{escape(href)}">'
                self.out.append("</a>")

    def handle_data(self, data):
        self.out.append(data)


def editable_text(body_html: str) -> str:
    """``body_html`` (sanitized when stored) as text to put back in the form."""
    parser = _Text()
    parser.feed(body_html)
    parser.close()
    return "".join(parser.out).strip()
