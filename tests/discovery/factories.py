"""Builders for the discovery tests: reactions with a chosen time."""

import itertools
from datetime import datetime

from articles.poll.models import ReactionOption, ReactionVote

_seq = itertools.count(1)


def make_reactions(*, article, count: int, at: datetime | None = None) -> None:
    """``count`` readers react to ``article``; optionally stamped at ``at``."""
    option, _ = ReactionOption.objects.get_or_create(slug="uji", defaults={"label": "Uji"})
    votes = [
        ReactionVote.objects.create(article=article, option=option, voter_hash=f"h{next(_seq)}")
        for _ in range(count)
    ]
    if at is not None:
        ReactionVote.objects.filter(pk__in=[v.pk for v in votes]).update(
            created_at=at, updated_at=at
        )


def make_comment(*, article, status=None, email=None, at: datetime | None = None, **kwargs):
    """An approved top-level comment, unless told otherwise."""
    from comments.models import Comment

    n = next(_seq)
    comment = Comment.objects.create(
        article=article,
        status=status or Comment.Status.APPROVED,
        name=kwargs.pop("name", f"Pembaca {n}"),
        email=email or f"pembaca{n}@surel.example",
        body=kwargs.pop("body", f"<p>Komentar nomor {n}.</p>"),
        **kwargs,
    )
    if at is not None:
        Comment.objects.filter(pk=comment.pk).update(created_at=at)
    return comment
