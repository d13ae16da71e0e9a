"""What a page reads from the database, kept until any article changes.

A kept page goes stale for reasons of its own (a comment approved under an
article, poll counts expiring), while the article it shows has not changed:
rendered again, the page takes the article, its tags, its related articles
and its checked links from here instead of asking the database. The data is
kept under the version of the ``articles`` key, which every change to an
article or its taxonomy bumps, and never past the time the next scheduled
article goes live. Only for readers without a session: a staff preview
reads the database.
"""

import hashlib
import math
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone

from .keys import ARTICLES, current_versions
from .schedule import next_scheduled_time

_NAME = "page-cache:data:{}:{}"


def kept_until_articles_change(request, name: str, build):
    """``build()``, or what it gave before while no article has changed.

    ``name`` tells this data apart from any other (include what ``build``
    reads from the request). ``build`` may return None (nothing found),
    which is not kept: any name a request makes up would be.
    """
    versions = getattr(request, "_page_versions", None) or {}
    version = versions[ARTICLES] if ARTICLES in versions else current_versions([ARTICLES])[ARTICLES]
    if version is None:  # the cache did not answer: nothing kept is trusted
        return build()
    key = _NAME.format(version, hashlib.sha256(name.encode()).hexdigest())
    now = timezone.now()
    kept = cache.get(key)
    if kept is not None and now < kept[0]:
        return kept[1]
    data = build()
    if data is None:
        return None
    fresh_until = now + timedelta(seconds=settings.PAGE_CACHE_SECONDS * 3)
    due = next_scheduled_time(request)
    if due is not None:
        fresh_until = min(fresh_until, due)
    timeout = math.ceil((fresh_until - now).total_seconds())
    if timeout > 0:
        cache.set(key, (fresh_until, data), timeout)
    return data
