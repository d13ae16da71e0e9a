"""A reply as the notice email quotes it: plain text, once unescaped, with no link.

The reply's author is a stranger to the person notified: a link in their
text, quoted in an email from the site, would lend it the site's name. Links
(anchors, bare URLs, bare domains) become "[tautan]"; the reader follows
the notice's own link to read the reply on the site.
"""

import html
import re

from django.utils.html import strip_tags
from django.utils.text import Truncator

QUOTE_CHARS = 300
LINK_WORD = "[tautan]"
_ANCHOR = re.compile(r"<a\b[^>]*>.*?</a>", re.IGNORECASE | re.DOTALL)
_URL = re.compile(
    r"(?:(?<![\w+.-])[a-z][a-z0-9+.-]*://|www\.)\S+"
    # A domain is read from its first label only (not from each label of
    # a.b.c…, which would read a long chain once per label).
    r"|(?<![\w-])(?<![\w-]\.)[\w-]+(?:\.[\w-]+)*\.(?:[a-z]{2,24})(?::\d+)?/\S*"
    r"|(?<![\w-])(?<![\w-]\.)[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|id|co|xyz|top|site|online|vip|me|ly|info|biz|link"
    r"|cc|io|asia|live|pro|shop|click|fun|store|app|dev)\b",
    re.IGNORECASE,
)
_SPACE = re.compile(r"\s+")


def quoted_reply(body_html: str, limit: int = QUOTE_CHARS) -> str:
    text = _ANCHOR.sub(f" {LINK_WORD} ", body_html)
    text = html.unescape(strip_tags(text))
    text = _URL.sub(LINK_WORD, text)
    return Truncator(_SPACE.sub(" ", text).strip()).chars(limit)
