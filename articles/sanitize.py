"""Sanitizing of editors' HTML: the article body allowlist."""

import re
from urllib.parse import urlsplit

from bleach.html5lib_shim import Filter
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


# An address typed without its scheme: "www.kompas.com/berita", "kompas.com".
# On the reader's page it would be a path under the article's own address.
_LABEL = r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
_BARE_HOST = re.compile(
    rf"(?:www\.[^\s/?#]+|(?:{_LABEL}\.)+(?P<tld>[a-z]{{2,24}}|xn--[a-z0-9-]+))"
    r"(?::[0-9]{1,5})?(?:[/?#].*)?",
    re.IGNORECASE | re.DOTALL,
)
# File names, not hosts: "laporan.pdf" is no site.
_FILE_ENDINGS = frozenset(
    {"htm", "html", "php", "asp", "aspx", "jsp", "jpg", "jpeg", "png", "gif", "webp", "pdf"}
    | {"doc", "docx", "xls", "xlsx", "ppt", "pptx", "txt", "csv", "xml", "json", "mp3", "mp4"}
)
_BARE_EMAIL = re.compile(r"[^\s@:/?#]+@(?:" + _LABEL + r"\.)+[a-z]{2,24}", re.IGNORECASE)


def link_address(href: str) -> str:
    """``href`` as a reader's browser should follow it; empty when it leads nowhere.

    An address typed without its scheme becomes ``https://`` (a bare email
    address ``mailto:``); this site's own paths (``/2024/01/02/slug/``) and
    anchors (``#bagian``) stay as they are. ``http(s)://`` without a host
    leads nowhere.
    """
    href = href.strip()
    bare = _BARE_HOST.fullmatch(href)
    if bare and (bare["tld"] or "").lower() not in _FILE_ENDINGS:
        return f"https://{href}"
    if _BARE_EMAIL.fullmatch(href):
        return f"mailto:{href}"
    try:
        parts = urlsplit(href)
    except ValueError:  # "https://[": no address at all
        return ""
    if parts.scheme.lower() in {"http", "https"} and not parts.netloc:
        return ""
    return href


class _LinkFilter(Filter):
    """Links that lead somewhere: a schemeless address completed, an empty one unwrapped.

    Runs after bleach's sanitizer, on what it allowed: a link whose ``href``
    is missing or empty (``javascript:`` refused, say) loses its ``<a>``,
    never its text.
    """

    def __iter__(self):
        unwrapped = []  # for each open <a>: was its tag dropped?
        for token in super().__iter__():
            kind = token["type"]
            if kind in ("StartTag", "EmptyTag") and token["name"] == "a":
                href = link_address(token["data"].get((None, "href"), ""))
                unwrapped.append(not href)
                if not href:
                    continue
                token = {**token, "data": {**token["data"], (None, "href"): href}}
            elif kind == "EndTag" and token["name"] == "a" and unwrapped:
                if unwrapped.pop():
                    continue
            yield token


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
    tags=ALLOWED_TAGS,
    attributes=_allowed_attribute,
    protocols=ALLOWED_PROTOCOLS,
    filters=[_LinkFilter],
)


def sanitize_article_html(html: str) -> str:
    """Return ``html`` reduced to the editors' allowlist.

    Scripts, styles, event-handler attributes and ``javascript:`` links never
    survive; disallowed tags are stripped, their text kept. A link typed
    without its scheme gets ``https://``; one left without an address is
    unwrapped (``link_address``).
    """
    cleaned = clean_html(_cleaner, html)
    # An <img> whose src was refused is useless markup.
    return _IMG_WITHOUT_SRC.sub("", cleaned)
