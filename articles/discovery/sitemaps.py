"""Sitemaps for search engines: an index, its parts, and the latest news.

``/sitemap.xml`` is a sitemap index. Its parts: one for each month's
articles (split into numbered parts when a month holds more than
``SITEMAP_MAX_URLS``), one for the categories, and the tags, sources and
author pages that have a published article (split the same way). Every published
article is in exactly one part; each part reads only its own rows, through
indexes, whatever the size of the archive.

Tags and sources are listed only when they have a published article, so a
tag made for an embargoed story does not give the story away.
"""

import datetime
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db.models import Count, Max, OuterRef, QuerySet, Subquery
from django.db.models.functions import Greatest, TruncMonth
from django.urls import reverse
from django.utils import timezone

from ..models import Article, Category, EditorProfile, Source, Tag

NEWS_DAYS = 2
# Google News reads at most this many entries from a news sitemap.
NEWS_LIMIT = 1000

TAXONOMY = {
    # The part's name in its URL, its model, and the article field naming it.
    "kategori": (Category, "category"),
    "tag": (Tag, "tags"),
    "sumber": (Source, "source"),
    "penulis": (EditorProfile, "editor"),
}


def _row_named(model) -> OuterRef:
    """What an article's field holds for a row: an author page's user, else the row."""
    return OuterRef("user_id" if model is EditorProfile else "pk")


@dataclass(frozen=True)
class Part:
    """One entry of the sitemap index."""

    location: str
    lastmod: datetime.datetime | None


def _parts_of(count: int) -> range:
    """The part numbers ``count`` URLs need (1, 2, …); at least one."""
    per_part = settings.SITEMAP_MAX_URLS
    return range(1, max(1, -(-count // per_part)) + 1)


def _numbered(name: str, kwargs: dict, number: int) -> str:
    if number > 1:
        return reverse(f"discovery:{name}-part", kwargs={**kwargs, "part": number})
    return reverse(f"discovery:{name}", kwargs=kwargs)


def article_months() -> list[tuple[datetime.date, int, datetime.datetime]]:
    """``(first day, published articles, newest update)`` of each month, newest first.

    One grouped query over an index that holds every column it reads
    (``article_sitemap_idx``), so the table itself is not visited.
    """
    return list(
        Article.objects.published()
        .order_by()
        .annotate(month=TruncMonth("publication_date"))
        .values("month")
        # A scheduled article changes its month when it goes live, after its last save.
        .annotate(count=Count("pk"), latest=Max(Greatest("updated_at", "published_at")))
        .order_by("-month")
        .values_list("month", "count", "latest")
    )


def in_use(kind: str) -> QuerySet:
    """A taxonomy's rows listed in the sitemap: every category; tags, sources, authors in use.

    An author is listed only with a page of their own (a slug).
    """
    model, field = TAXONOMY[kind]
    if model is Category:
        return Category.objects.all()
    rows = model.objects.exclude(slug="") if model is EditorProfile else model.objects.all()
    # One published article each, found through the (tag|source) index and
    # the article's key: a subquery run per row that stops at its first
    # match. An EXISTS would be planned as one join of every article's tags
    # (600,000 rows at 300,000 articles: 276 ms, against 31 ms this way).
    published = (
        Article.objects.published().filter(**{field: _row_named(model)}).order_by().values("pk")[:1]
    )
    return rows.alias(published_article=Subquery(published)).filter(published_article__isnull=False)


def index_parts() -> list[Part]:
    """The index: article months first (newest first), then the taxonomies."""
    parts = []
    newest = None
    for month, count, latest in article_months():
        newest = max(newest, latest) if newest else latest
        kwargs = {"year": f"{month.year:04d}", "month": f"{month.month:02d}"}
        for number in _parts_of(count):
            parts.append(Part(_numbered("sitemap-articles", kwargs, number), latest))
    for kind, (model, _field) in TAXONOMY.items():
        # Parts are slices of every row by id (counting the rows in use
        # would join every article's tags); a part lists those in use.
        if model is not Category and not in_use(kind).exists():
            continue
        for number in _parts_of(model.objects.count()):
            parts.append(Part(_numbered("sitemap-taxonomy", {"kind": kind}, number), newest))
    return parts


def _part_slice(queryset: QuerySet, number: int) -> QuerySet:
    per_part = settings.SITEMAP_MAX_URLS
    return queryset[(number - 1) * per_part : number * per_part]


def month_entries(year: int, month: int, number: int) -> list[Article] | None:
    """The articles of one part of a month, oldest first; None when there is no such part."""
    try:
        start = datetime.date(year, month, 1)
    except ValueError:
        return None
    end = (start + timedelta(days=32)).replace(day=1)
    articles = list(
        _part_slice(
            Article.objects.published()
            .filter(publication_date__gte=start, publication_date__lt=end)
            .only("slug", "publication_date", "published_at", "updated_at")
            .order_by("published_at", "id"),
            number,
        )
    )
    # A month without published articles is in no index: no such part.
    return articles or None


def taxonomy_entries(kind: str, number: int) -> list | None:
    """The categories, tags, sources or authors of one part, by id; None for no such part."""
    model, field = TAXONOMY[kind]
    if number not in _parts_of(model.objects.count()):
        return None
    ids = list(_part_slice(model.objects.order_by("pk").values_list("pk", flat=True), number))
    fields = ("slug", "user_id") if model is EditorProfile else ("slug",)
    rows = in_use(kind).filter(pk__in=ids).only(*fields).order_by("pk")
    if model is not Tag:
        # The newest article under each, read through the
        # (category|source|editor, status, published_at) index.
        newest = (
            Article.objects.published()
            .filter(**{field: _row_named(model)})
            .order_by("-published_at")
            .values("published_at")[:1]
        )
        rows = rows.annotate(latest=Subquery(newest))
    return list(rows)


def news_articles():
    """Published articles of the last ``NEWS_DAYS`` days, newest first."""
    since = timezone.now() - timedelta(days=NEWS_DAYS)
    return (
        Article.objects.published()
        .filter(published_at__gte=since)
        .only("title", "slug", "publication_date", "published_at")
        .order_by("-published_at", "-id")[:NEWS_LIMIT]
    )
