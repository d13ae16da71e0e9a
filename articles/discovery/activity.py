"""Readers' activity per article and day (``ArticleActivity``): kept, rebuilt, ranked.

The home page's lists ("Paling ditanggapi", "Terbanyak dikomentari") sum
the rows of the last few days instead of aggregating millions of votes and
comments on every rendering. The rows are kept as things happen:

- a vote cast or changed counts for its day once per address (its address
  bucket, ``articles.poll.address_limit``): a reader changing their mind,
  or a thousand cookies from one address, add one on that day at most;
- a comment counts for the day it was written while it is approved
  (``comments`` calls ``add`` when one is approved or stops being).

``rebuild`` recounts recent days from the votes and comments themselves,
for data written around the services (an import, the benchmark's archive).
"""

import datetime
from collections import Counter
from datetime import timedelta

from django.apps import apps
from django.db import IntegrityError, transaction
from django.db.models import Count, F, Q, Sum, Value
from django.db.models.functions import Greatest, TruncDate
from django.utils import timezone

from ..models import Article
from .models import ArticleActivity

RANKING_DAYS = 7


def day_of(moment: datetime.datetime) -> datetime.date:
    """The local (newsroom) date of ``moment``."""
    return timezone.localdate(moment)


def day_start(day: datetime.date) -> datetime.datetime:
    """Local midnight opening ``day``, as an aware time."""
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time()))


def add(article_id: int, day: datetime.date, *, reactions: int = 0, comments: int = 0) -> None:
    """Add to an article's counts of ``day`` (a negative number takes away, never below 0).

    F() updates in the caller's transaction, so concurrent writers add up;
    the row is made on its first count.
    """
    changes = {
        name: Greatest(F(name) + step, Value(0))
        for name, step in (("reactions", reactions), ("comments", comments))
        if step
    }
    if not changes:
        return
    row = ArticleActivity.objects.filter(article_id=article_id, day=day)
    if row.update(**changes) or max(reactions, comments) <= 0:
        return
    try:
        with transaction.atomic():
            ArticleActivity.objects.create(
                article_id=article_id,
                day=day,
                reactions=max(reactions, 0),
                comments=max(comments, 0),
            )
    except IntegrityError:
        row.update(**changes)


def vote_stamped(vote, *, stamped_before: datetime.datetime | None) -> None:
    """Count ``vote``, just cast or changed, unless its reader or address counted that day.

    ``stamped_before``: the vote's time before this save (None when new).
    """
    day = day_of(vote.updated_at)
    start = day_start(day)
    if stamped_before is not None and stamped_before >= start:
        return
    if vote.address_bucket:
        same_address = (
            type(vote)
            .objects.filter(
                article_id=vote.article_id,
                address_bucket=vote.address_bucket,
                updated_at__gte=start,
            )
            .exclude(pk=vote.pk)
        )
        if same_address.exists():
            return
    add(vote.article_id, day, reactions=1)


def comments_counted(changes: Counter) -> None:
    """Apply ``{(article_id, day): step}`` to the comment counts."""
    for (article_id, day), step in sorted(changes.items()):
        add(article_id, day, comments=step)


def _recent_reactions(since: datetime.date) -> Counter:
    ReactionVote = apps.get_model("articles", "ReactionVote")
    votes = (
        ReactionVote.objects.filter(updated_at__gte=day_start(since))
        .annotate(day=TruncDate("updated_at"))
        .values("article_id", "day")
        .annotate(
            addresses=Count("address_bucket", distinct=True, filter=~Q(address_bucket=""))
            + Count("pk", filter=Q(address_bucket=""))
        )
        .order_by()
    )
    return Counter({(v["article_id"], v["day"]): v["addresses"] for v in votes})


def _recent_comments(since: datetime.date) -> Counter:
    if not apps.is_installed("comments"):
        return Counter()
    Comment = apps.get_model("comments", "Comment")
    comments = (
        Comment.objects.filter(status=Comment.Status.APPROVED, created_at__gte=day_start(since))
        .annotate(day=TruncDate("created_at"))
        .values("article_id", "day")
        .annotate(total=Count("pk"))
        .order_by()
    )
    return Counter({(c["article_id"], c["day"]): c["total"] for c in comments})


def rebuild(*, days: int = RANKING_DAYS + 1) -> int:
    """Recount the last ``days`` days (today included) from votes and comments.

    A vote counts on the day of its latest stamp. Returns the rows kept.
    """
    since = timezone.localdate() - timedelta(days=days - 1)
    reactions = _recent_reactions(since)
    comments = _recent_comments(since)
    rows = [
        ArticleActivity(
            article_id=article_id,
            day=day,
            reactions=reactions.get((article_id, day), 0),
            comments=comments.get((article_id, day), 0),
        )
        for article_id, day in sorted(set(reactions) | set(comments))
    ]
    with transaction.atomic():
        ArticleActivity.objects.filter(day__gte=since).delete()
        ArticleActivity.objects.bulk_create(rows, batch_size=1000)
    return len(rows)


def ranked(count: str, *, limit: int, days: int = RANKING_DAYS) -> list[Article]:
    """Published articles with the most ``count`` ("reactions" or "comments") of the last days.

    ``days`` local days, today included. Each article carries its total as
    ``recent_<count>``. One query over the rows of those days.
    """
    since = timezone.localdate() - timedelta(days=days - 1)
    total = f"recent_{count}"
    return list(
        Article.objects.published()
        .filter(activity__day__gte=since)
        .annotate(**{total: Sum(f"activity__{count}")})
        .filter(**{f"{total}__gt": 0})
        .select_related("category")
        .order_by(f"-{total}", "-published_at", "-id")[:limit]
    )
