"""When the next scheduled article goes live: no kept page may outlive that moment.

Asked on every rendering of a kept page, so the answer is itself kept in
the shared cache, under the version of the ``articles`` key: any change to
an article (a new schedule included) asks the database again. A rendering
that asks twice (for its data and for the page) is answered once.
"""

from django.core.cache import cache
from django.db.models import Min
from django.utils import timezone

from ..models import Article
from .keys import ARTICLES, current_versions

_NONE = "none"


def next_scheduled_time(request=None):
    """The earliest publication time still ahead among published articles, or None.

    With the ``request`` being rendered, the ``articles`` version it has
    read already is used, and the answer is remembered for the rest of it.
    """
    now = timezone.now()
    remembered = getattr(request, "_next_scheduled", None)
    if remembered is not None and _still_ahead(remembered, now):
        return _answer(remembered)
    read = getattr(request, "_page_versions", None) or {}
    version = read[ARTICLES] if ARTICLES in read else current_versions([ARTICLES])[ARTICLES]
    name = f"page-cache:next-scheduled:{version}"
    kept = cache.get(name) if version is not None else None
    if kept is None or not _still_ahead(kept, now):
        kept = (
            Article.objects.filter(status=Article.Status.PUBLISHED, published_at__gt=now)
            .aggregate(due=Min("published_at"))
            .get("due")
        ) or _NONE
        if version is not None:
            cache.set(name, kept, timeout=60)
    if request is not None:
        request._next_scheduled = kept
    return _answer(kept)


def _still_ahead(kept, now) -> bool:
    return kept == _NONE or kept > now


def _answer(kept):
    return None if kept == _NONE else kept
