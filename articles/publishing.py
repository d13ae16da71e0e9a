"""Writes that change what readers see: publishing articles now."""

from django.db import IntegrityError, transaction
from django.utils import timezone

from .models import Article


def articles_publish_now(
    *, articles
) -> tuple[list[Article], list[Article], list[tuple[Article, list[str]]]]:
    """Make each of ``articles`` visible to readers now.

    A draft becomes published; one whose time is still ahead (scheduled, or a
    draft written for later) gets the current time, so "publish" means live
    now. Returns (published, refused, incomplete): an article is refused when
    another one already has its slug on today's date, the URL they would
    share; it is incomplete, with the fields it lacks, when a draft still
    misses what publishing needs (category, slug, lead, body).
    """
    now = timezone.now()
    published, refused, incomplete = [], [], []
    for article in articles:
        if article.is_published:
            continue
        missing = article.missing_to_publish()
        if missing:
            incomplete.append((article, missing))
            continue
        article.status = Article.Status.PUBLISHED
        article.published_at = min(article.published_at, now)
        try:
            with transaction.atomic():
                article.save(update_fields=["status", "published_at", "updated_at"])
        except IntegrityError:
            refused.append(article)
        else:
            published.append(article)
    return published, refused, incomplete
