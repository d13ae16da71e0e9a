"""The home page's "Terpopuler" list.

Popular means: the published articles that the most readers reacted to in
the reaction poll during the last ``POPULAR_DAYS`` days. A reader has one
vote per article, and casting or changing it stamps ``updated_at``, so each
reader counts at most once per article and a burst of vote changes by one
reader cannot lift an article. Readers are counted by the coarse bucket of
their address (``articles.poll.address_limit``), so one address, however
many cookies it throws away, counts once. Page views are not counted: they
would need a write on every read. Articles nobody reacted to in the window are left
out, so the list may be shorter than asked, or empty.
"""

from datetime import timedelta

from django.db.models import Count, Q
from django.utils import timezone

from ..models import Article

POPULAR_DAYS = 7
POPULAR_LIMIT = 5


def popular_articles(*, limit: int = POPULAR_LIMIT, days: int = POPULAR_DAYS) -> list[Article]:
    """The most reacted-to published articles of the last ``days`` days, in one query."""
    since = timezone.now() - timedelta(days=days)
    # Filtering the join before counting counts only the window's votes and
    # lets the database skip every older vote.
    return list(
        Article.objects.published()
        .filter(reaction_votes__updated_at__gte=since)
        .annotate(
            # Distinct address buckets: a thousand votes from one address
            # count once. Votes from before buckets were kept count each.
            recent_reactions=Count(
                "reaction_votes__address_bucket",
                distinct=True,
                filter=~Q(reaction_votes__address_bucket=""),
            )
            + Count("reaction_votes", filter=Q(reaction_votes__address_bucket=""))
        )
        .select_related("category")
        .order_by("-recent_reactions", "-published_at", "-id")[:limit]
    )
