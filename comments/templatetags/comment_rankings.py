"""The home page's "Terbanyak dikomentari" list: ``{% most_commented %}``.

Lives in the comments app because it reads comments; the articles app only
loads the tag, so it never imports this app.
"""

from datetime import timedelta

from django import template
from django.db.models import Count
from django.utils import timezone

from articles.models import Article

from ..models import Comment

register = template.Library()

MOST_COMMENTED_DAYS = 7
MOST_COMMENTED_LIMIT = 5


def most_commented_articles(
    *, limit: int = MOST_COMMENTED_LIMIT, days: int = MOST_COMMENTED_DAYS
) -> list[Article]:
    """Published articles with the most approved comments of the last ``days`` days.

    One query. Pending, spam and rejected comments do not count: readers
    cannot see them, and counting them would let a spammer lift an article.
    """
    since = timezone.now() - timedelta(days=days)
    return list(
        Article.objects.published()
        .filter(comments__status=Comment.Status.APPROVED, comments__created_at__gte=since)
        .annotate(recent_comments=Count("comments"))
        .select_related("category")
        .order_by("-recent_comments", "-published_at", "-id")[:limit]
    )


@register.inclusion_tag("comments/_most_commented.html")
def most_commented(limit=MOST_COMMENTED_LIMIT):
    return {"articles": most_commented_articles(limit=limit)}
