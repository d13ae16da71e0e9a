"""When the next scheduled article goes live: no kept page may outlive that moment."""

from django.db.models import Min
from django.utils import timezone

from .models import Article


def next_publication():
    """The earliest publication time still ahead among published articles, or None.

    ``PAGE_CACHE_DEADLINE``: asked once per rendering of a kept page.
    """
    return (
        Article.objects.filter(status=Article.Status.PUBLISHED, published_at__gt=timezone.now())
        .aggregate(due=Min("published_at"))
        .get("due")
    )
