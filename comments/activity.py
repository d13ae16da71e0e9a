"""Approved comments counted in their article's day activity (``articles.discovery.activity``).

A comment counts on the day it was written while it is approved. Saves
and deletes are followed through signals (``receivers``); a bulk decision
(``services.comment_moderate``) reports the comments it moves.
"""

from collections import Counter

from django.db.models import Count, QuerySet
from django.db.models.functions import TruncDate

from articles.discovery.activity import comments_counted, day_of

from .models import Comment


def comment_saved(comment: Comment, *, was_approved: bool) -> None:
    if comment.is_approved != was_approved:
        step = 1 if comment.is_approved else -1
        comments_counted(Counter({(comment.article_id, day_of(comment.created_at)): step}))


def comment_deleted(comment: Comment) -> None:
    if comment.is_approved:
        comments_counted(Counter({(comment.article_id, day_of(comment.created_at)): -1}))


def comments_moving(changing: QuerySet, *, to_status: str) -> None:
    """Count ``changing`` (before their update to ``to_status``) in or out of the days."""
    if to_status == Comment.Status.APPROVED:
        moving, step = changing.exclude(status=Comment.Status.APPROVED), 1
    else:
        moving, step = changing.filter(status=Comment.Status.APPROVED), -1
    days = (
        moving.order_by()
        .annotate(day=TruncDate("created_at"))
        .values_list("article_id", "day")
        .annotate(total=Count("pk"))
    )
    comments_counted(Counter({(pk, day): step * total for pk, day, total in days}))
