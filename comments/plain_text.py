"""A stored comment's body as one line of plain words, for excerpts and screening.

``strip_tags`` alone joins the words either side of a line break or a
paragraph ("Halo<br>semua" read "Halosemua"); each break is a space here.
Character references are read as the characters they stand for (a stored
"&amp;" is "&"): the text is escaped again wherever it is shown.
"""

import html
import re

from django.utils.html import strip_tags

_BREAKS = re.compile(r"<br\s*/?>|</(?:p|blockquote|li|pre)>", re.IGNORECASE)


def body_plain_text(body_html: str) -> str:
    """``body_html`` without its markup, each line break and paragraph end a space."""
    return " ".join(body_text_as_spaced(body_html).split())


_LINE_BREAKS = re.compile(r"[\n\r\t\f\v]+")


def body_text_as_spaced(body_html: str) -> str:
    """``body_html`` without its markup, its spaces as typed, each break two spaces.

    Screening reads how far apart the characters were typed: a text with a
    space after every letter ("j o i n   @ c u a n") sets its words apart
    with wider gaps, and a line break is one of them.
    """
    text = html.unescape(strip_tags(_BREAKS.sub("  ", body_html or "")))
    return _LINE_BREAKS.sub("  ", text).strip()
