"""Sanitizing of editors' HTML: the article body allowlist."""

import re
from urllib.parse import urlsplit

from django.conf import settings

from portal.html_cleaner import build_cleaner, clean_html

ALLOWED_TAGS = frozenset(
    {
        "p",
        "br",
        "h2",
        "h3",
        "h4",
        "ul",
        "ol",
        "li",
        "blockquote",
        "a",
        "em",
        "strong",
        "b",
        "i",
        "u",
        "s",
        "sub",
        "sup",
        "q",
        "cite",
        "figure",
        "figcaption",
        "img",
        "hr",
        "table",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
        "caption",
    }
)
ALLOWED_PROTOCOLS = frozenset({"http", "https", "mailto"})

_IMG_WITHOUT_SRC = re.compile(r"<img(?![^>]*\ssrc=)[^>]*>")
# A library photo's figure names the photo (articles.photos.body).
_PHOTO_ID = re.compile(r"[0-9]{1,18}")


def _image_source(value: str) -> bool:
    """Figures load over https, or from this site's own media files (MEDIA_URL).

    No mixed content, no data: URIs, no other path of this site.
    """
    try:
        parts = urlsplit(value.strip())
    except ValueError:  # "https://[": no address at all
        return False
    if parts.scheme == "https":
        return bool(parts.netloc)
    media = settings.MEDIA_URL or ""
    return (
        not parts.scheme
        and not parts.netloc
        and media.startswith("/")
        and not media.startswith("//")
        and parts.path.startswith(media)
        and ".." not in parts.path.split("/")
        and "\\" not in value
    )


def _allowed_attribute(tag: str, name: str, value: str) -> bool:
    if tag == "a":
        return name in {"href", "title"}
    if tag == "img":
        if name == "src":
            return _image_source(value)
        return name in {"alt", "width", "height", "loading"}
    if tag == "figure":
        return name == "data-photo" and _PHOTO_ID.fullmatch(value) is not None
    if tag in {"th", "td"}:
        return name in {"colspan", "rowspan", "scope"}
    if tag in {"blockquote", "q"}:
        return name == "cite" and urlsplit(value.strip()).scheme in {"http", "https"}
    return False


_cleaner = build_cleaner(
    tags=ALLOWED_TAGS, attributes=_allowed_attribute, protocols=ALLOWED_PROTOCOLS
)


def sanitize_article_html(html: str) -> str:
    """Return ``html`` reduced to the editors' allowlist.

    Scripts, styles, event-handler attributes and ``javascript:`` links never
    survive; disallowed tags are stripped, their text kept.
    """
    cleaned = clean_html(_cleaner, html)
    # An <img> whose src was refused is useless markup.
    return _IMG_WITHOUT_SRC.sub("", cleaned)
