"""The names under which public pages are kept, and each name's version.

A page is kept with the surrogate keys it depends on: ``article-<id>`` for
an article's own page, ``articles`` for everything that lists or links
articles (home, listings, search, feeds, sitemaps, and article pages too,
for their "Baca juga" and navigation), ``comment-lists`` for lists ranked by
comments (the home page). A change bumps the version of its
keys in the shared cache, so every app process sees a kept page go stale
at once; the same keys name what the CDN tier bans.
"""

from django.core.cache import cache

ARTICLES = "articles"
# Lists built from comments (the home page's "Terbanyak dikomentari").
COMMENT_LISTS = "comment-lists"
_VERSION = "page-cache:version:{}"


def article_key(article_id: int) -> str:
    return f"article-{article_id}"


def current_versions(keys: list[str]) -> dict[str, int]:
    """The version of each of ``keys``, one round trip; 0 for a key never bumped."""
    # A cache that is down answers nothing (None): every page is then a miss.
    found = cache.get_many([_VERSION.format(key) for key in keys]) or {}
    return {key: found.get(_VERSION.format(key), 0) for key in keys}


def bump_versions(keys: list[str]) -> None:
    """Make every page kept under any of ``keys`` stale, in every process."""
    for key in keys:
        name = _VERSION.format(key)
        cache.add(name, 0, timeout=None)
        try:
            cache.incr(name)
        except ValueError:  # evicted between add and incr
            cache.set(name, 1, timeout=None)
