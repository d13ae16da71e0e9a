"""When the next scheduled article goes live: no kept page may outlive that moment.

Asked on every rendering of a kept page, so the answer is itself kept in
the shared cache, under the version of the ``articles`` key: any change to
an article (a new schedule included) asks the database again.
"""

from django.core.cache import cache
from django.db.models import Min
from django.utils import timezone

from ..models import Article
from .keys import ARTICLES, current_versions

_NONE = "none"


def next_scheduled_time():
    """The earliest publication time still ahead among published articles, or None."""
    now = timezone.now()
    version = current_versions([ARTICLES])[ARTICLES]
    name = f"page-cache:next-scheduled:{version}"
    kept = cache.get(name) if version is not None else None
    if kept is not None and (kept == _NONE or kept > now):
        return None if kept == _NONE else kept
    due = (
        Article.objects.filter(status=Article.Status.PUBLISHED, published_at__gt=now)
        .aggregate(due=Min("published_at"))
        .get("due")
    )
    if version is not None:
        cache.set(name, due or _NONE, timeout=60)
    return due
