"""The names under which public pages are kept, and each name's version.

A page is kept with the surrogate keys it depends on: ``article-<id>`` for
an article's own page, ``articles`` for everything that lists or links
articles (home, listings, search, feeds, sitemaps, and article pages too,
for their "Baca juga" and navigation), ``comment-lists`` for lists ranked by
comments (the home page). A change bumps the version of its
keys in the shared cache, so every app process sees a kept page go stale
at once; the same keys name what the CDN tier bans.
"""

import logging
import time

from django.core.cache import cache

logger = logging.getLogger(__name__)

ARTICLES = "articles"
# Lists built from comments (the home page's "Terbanyak dikomentari").
COMMENT_LISTS = "comment-lists"
_VERSION = "page-cache:version:{}"
# A bump the cache did not take (a timeout under load) is tried again: a
# lost bump would let every process serve the pages it names, unchanged,
# until they expire.
_BUMP_ATTEMPTS = 3
_BUMP_PAUSE_SECONDS = 0.05


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
        if version is not None:
            continue
        created = cache.add(names[key], 0, timeout=None)
        if created:
            versions[key] = 0
        elif created is not None:  # created by another process meanwhile
            versions[key] = cache.get(names[key])
    return versions


def all_known(versions: dict) -> bool:
    """Whether every version in ``versions`` was read (see ``current_versions``)."""
    return None not in versions.values()


def bump_versions(keys: list[str]) -> None:
    """Make every page kept under any of ``keys`` stale, in every process."""
    pending = list(keys)
    for attempt in range(_BUMP_ATTEMPTS):
        if attempt:
            time.sleep(_BUMP_PAUSE_SECONDS * attempt)
        pending = [key for key in pending if not _bumped(key)]
        if not pending:
            return
    logger.error(
        "The cache did not take a new version of %s: pages kept under it are "
        "served until they expire",
        " ".join(pending),
    )


def _bumped(key: str) -> bool:
    """Add one to ``key``'s version; False when the cache did not answer.

    The cache fails open (a call it could not make returns None), so each
    answer is checked. A bump that timed out may still have been applied:
    bumping twice is harmless, a version only has to change.
    """
    name = _VERSION.format(key)
    if cache.add(name, 0, timeout=None) is None:
        return False
    try:
        return cache.incr(name) is not None
    except ValueError:  # evicted between add and incr
        cache.set(name, 1, timeout=None)
        return cache.get(name) is not None
