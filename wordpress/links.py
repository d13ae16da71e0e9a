"""Links between imported posts rewritten to the articles' new addresses.

A body may link to another post of the old site in any of the ways
WordPress gives out: ``/?p=123`` (the guid), the permalink
(``/2020/05/slug/``, ``/category/slug/``, whatever the site used: the
post's ``link`` in the export says), and category and tag archives
(``/category/politik/``, ``/tag/pemilu/``). Each becomes the Kabar address,
site-relative. Links to other sites (a source's "Baca:" links) and to
anything not imported (pages, attachments) are left as they are.
"""

import html
import re
from urllib.parse import parse_qs, unquote, urlsplit

from django.urls import reverse

from .addresses import Address
from .derive import kabar_slug
from .index import ExportIndex
from .taxonomy import top_level

_HREF = re.compile(r"""(\bhref\s*=\s*)(["'])(.*?)\2""", re.IGNORECASE | re.DOTALL)
_CATEGORY_ARCHIVE = re.compile(r"/category/(?:[^/]+/)*([^/]+)/")
_TAG_ARCHIVE = re.compile(r"/tag/([^/]+)/")
TAXONOMY_SLUG_MAX_LENGTH = 80


def article_path(address: Address) -> str:
    day = address.date
    return reverse(
        "articles:detail",
        kwargs={"year": day.year, "month": day.month, "day": day.day, "slug": address.slug},
    )


def _normalized_path(path: str) -> str:
    path = unquote(path).lower()
    return path if path.endswith("/") else f"{path}/"


def old_hosts(index: ExportIndex) -> frozenset[str]:
    """The old site's host names, with and without ``www.``."""
    hosts = set()
    channel = index.channel
    for url in (channel.link, channel.base_site_url, channel.base_blog_url):
        host = (urlsplit(url).hostname or "").lower()
        if host:
            hosts.update({host, host.removeprefix("www."), f"www.{host.removeprefix('www.')}"})
    return frozenset(hosts)


class LinkRewriter:
    """Knows every imported post's old and new address."""

    def __init__(self, index: ExportIndex, addresses: dict[int, Address]):
        self.hosts = old_hosts(index)
        self.categories = index.categories
        self.paths = {wp_id: article_path(address) for wp_id, address in addresses.items()}
        self.by_old_path: dict[str, int] = {}
        for wp_id, entry in index.posts.items():
            for url in (entry.link, entry.guid):
                parts = urlsplit(url)
                if parts.path not in ("", "/") and self._is_old_site(parts):
                    self.by_old_path.setdefault(_normalized_path(parts.path), wp_id)

    def _is_old_site(self, parts) -> bool:
        if parts.scheme not in ("", "http", "https"):
            return False
        if parts.netloc:
            return (parts.hostname or "").lower() in self.hosts
        return parts.path.startswith("/")

    def new_url(self, url: str) -> str | None:
        """The Kabar address for an old-site ``url``, or None to leave it."""
        try:
            parts = urlsplit(url.strip())
        except ValueError:
            return None
        if not self._is_old_site(parts):
            return None
        target = self._target(parts)
        if target and parts.fragment:
            target = f"{target}#{parts.fragment}"
        return target

    def _target(self, parts) -> str | None:
        query = parse_qs(parts.query)
        post_id = query.get("p", [""])[0]
        if post_id:
            is_id = post_id.isascii() and post_id.isdigit()
            return self.paths.get(int(post_id)) if is_id else None
        path = _normalized_path(parts.path)
        wp_id = self.by_old_path.get(path)
        if wp_id is not None:
            return self.paths.get(wp_id)
        match = _CATEGORY_ARCHIVE.fullmatch(path)
        if match:
            return self._category_url(match.group(1))
        match = _TAG_ARCHIVE.fullmatch(path)
        if match:
            slug = kabar_slug(match.group(1), TAXONOMY_SLUG_MAX_LENGTH)
            return reverse("articles:tag", kwargs={"slug": slug}) if slug else None
        return None

    def _category_url(self, wp_slug: str) -> str | None:
        top = top_level(self.categories, wp_slug)
        slug = kabar_slug(top, TAXONOMY_SLUG_MAX_LENGTH)
        if not slug:
            return None
        if top != wp_slug:
            # A subcategory became a tag of the same name (see taxonomy).
            child = kabar_slug(wp_slug, TAXONOMY_SLUG_MAX_LENGTH)
            return reverse("articles:tag", kwargs={"slug": child}) if child else None
        return reverse("articles:category", kwargs={"slug": slug})

    def rewrite(self, body: str) -> str:
        """``body`` with every ``href`` to an imported post or archive rewritten."""
        if "href" not in body and "HREF" not in body:
            return body

        def replace(match: re.Match) -> str:
            new = self.new_url(html.unescape(match.group(3)))
            if new is None:
                return match.group(0)
            return f"{match.group(1)}{match.group(2)}{html.escape(new)}{match.group(2)}"

        return _HREF.sub(replace, body)
