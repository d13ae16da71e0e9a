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


def current_versions(keys: list[str]) -> dict[str, int | None]:
    """The version of each of ``keys``, one round trip; None where it cannot be known.

    A key never bumped is created at version 0 (one more round trip, once),
    so that a missing key means the cache did not answer, never "version 0":
    a page or fragment kept under a guessed version could be served after a
    change. Whatever is named by an unknown version is neither served from
    the cache nor kept (``all_known``).
    """
    names = {key: _VERSION.format(key) for key in keys}
    found = cache.get_many(list(names.values())) or {}
    versions = {key: found.get(name) for key, name in names.items()}
    for key, version in versions.items():
        if version is None and cache.add(names[key], 0, timeout=None) is not None:
            # Created now (True), or by another process meanwhile (False).
            versions[key] = cache.get(names[key])
    return versions


def all_known(versions: dict) -> bool:
    """Whether every version in ``versions`` was read (see ``current_versions``)."""
    return None not in versions.values()


def bump_versions(keys: list[str]) -> None:
    """Make every page kept under any of ``keys`` stale, in every process."""
    for key in keys:
        name = _VERSION.format(key)
        cache.add(name, 0, timeout=None)
        try:
            cache.incr(name)
        except ValueError:  # evicted between add and incr
            cache.set(name, 1, timeout=None)
