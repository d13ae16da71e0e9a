"""The home page's rankings: "Terpopuler" (most read) and "Paling ditanggapi".

Terpopuler: the published articles the most unique readers read in the last
``MOST_READ_HOURS`` hours, as counted without cookies and folded per hour
(``articles.readership``). A reader counts once per article and day.

Paling ditanggapi: the published articles that the most readers reacted to in
the reaction poll during the last ``POPULAR_DAYS`` days (today included).
A reader has one vote per article, and casting or changing it stamps
``updated_at``; the day rollup (``activity``) counts each address bucket
(``articles.poll.address_limit``) once a day, so a burst of vote changes by
one reader, or one address throwing away cookies, cannot lift an article.
Articles nobody reacted to (or read) in the window are left out, so a list
may be shorter than asked, or empty.
"""

from datetime import timedelta

from django.db.models import Sum
from django.utils import timezone

from ..models import Article
from .activity import RANKING_DAYS, ranked

POPULAR_DAYS = RANKING_DAYS
POPULAR_LIMIT = 5
MOST_READ_HOURS = 24


def most_read_articles(
    *, limit: int = POPULAR_LIMIT, hours: int = MOST_READ_HOURS
) -> list[Article]:
    """The published articles with the most unique readers in the last ``hours``, in one query.

    Each carries ``recent_readers``.
    """
    since = timezone.now() - timedelta(hours=hours)
    return list(
        Article.objects.published()
        .filter(read_hours__hour__gte=since)
        .annotate(recent_readers=Sum("read_hours__readers"))
        .filter(recent_readers__gt=0)
        .select_related("category")
        .order_by("-recent_readers", "-published_at", "-id")[:limit]
    )


def popular_articles(*, limit: int = POPULAR_LIMIT, days: int = POPULAR_DAYS) -> list[Article]:
    """The most reacted-to published articles of the last ``days`` days, in one query.

    Read from the day rollups (``activity``): each address counts once a day.
    """
    return ranked("reactions", limit=limit, days=days)
