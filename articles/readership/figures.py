"""The newsroom's reading figures, read from the folded hours (``ArticleReadHour``).

Every function is a fixed number of queries over an index on the hour;
none grows with the number of articles or reads.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db.models import Count, IntegerField, OuterRef, Q, Subquery, Sum
from django.db.models.functions import Coalesce
from django.utils import timezone

from ..models import Article
from .models import ArticleReadHour, Referrer


@dataclass(frozen=True)
class HourFigure:
    hour: datetime
    reads: int
    readers: int


def this_hour() -> datetime:
    return timezone.now().replace(minute=0, second=0, microsecond=0)


def start_of_today() -> datetime:
    """Midnight in the site's time zone (Jakarta)."""
    now = timezone.localtime()
    return now.replace(hour=0, minute=0, second=0, microsecond=0)


def hourly(*, hours: int = 48, article: Article | None = None) -> list[HourFigure]:
    """Reads and new readers in each of the last ``hours`` hours, oldest first, zeros included."""
    last = this_hour()
    first = last - timedelta(hours=hours - 1)
    rows = ArticleReadHour.objects.filter(hour__gte=first)
    if article is not None:
        rows = rows.filter(article=article)
    sums = {
        row["hour"]: row
        for row in rows.values("hour").annotate(reads_sum=Sum("reads"), readers_sum=Sum("readers"))
    }
    figures = []
    for step in range(hours):
        hour = first + timedelta(hours=step)
        row = sums.get(hour, {})
        figures.append(HourFigure(hour, row.get("reads_sum", 0), row.get("readers_sum", 0)))
    return figures


def by_referrer(*, since: datetime, article: Article | None = None) -> list[dict]:
    """Reads and readers per referrer class since ``since``, most reads first."""
    rows = ArticleReadHour.objects.filter(hour__gte=since)
    if article is not None:
        rows = rows.filter(article=article)
    labels = dict(Referrer.choices)
    figures = [
        {**row, "referrer": labels.get(row["referrer"], row["referrer"])}
        for row in rows.values("referrer")
        .annotate(reads_sum=Sum("reads"), readers_sum=Sum("readers"))
        .order_by("-reads_sum")
    ]
    return figures


def _count_of(model_rows, **filters) -> Subquery:
    return Coalesce(
        Subquery(
            model_rows.filter(article=OuterRef("pk"), **filters)
            .values("article")
            .annotate(n=Count("pk"))
            .values("n")[:1],
            output_field=IntegerField(),
        ),
        0,
    )


def top_articles(*, since: datetime, limit: int = 20) -> list[Article]:
    """The articles most readers read since ``since``, with reads, readers, reactions, comments."""
    ranked = list(
        ArticleReadHour.objects.filter(hour__gte=since)
        .values("article")
        .annotate(reads_sum=Sum("reads"), readers_sum=Sum("readers"))
        .order_by("-readers_sum", "-reads_sum")[:limit]
    )
    ids = [row["article"] for row in ranked]
    # Reactions and approved comments through their relations: this app
    # never imports the comments app.
    articles = Article.objects.filter(pk__in=ids).annotate(
        reaction_count=Count("reaction_votes", distinct=True),
        comment_count=Count("comments", filter=Q(comments__status="approved"), distinct=True),
    )
    by_id = {article.pk: article for article in articles.select_related("category")}
    result = []
    for row in ranked:
        article = by_id.get(row["article"])
        if article is not None:
            article.reads = row["reads_sum"]
            article.readers = row["readers_sum"]
            result.append(article)
    return result


def totals(article: Article) -> dict:
    """All reads and readers of ``article`` ever counted."""
    sums = ArticleReadHour.objects.filter(article=article).aggregate(
        reads=Coalesce(Sum("reads"), 0), readers=Coalesce(Sum("readers"), 0)
    )
    return sums
