"""Builders for the discovery tests: reactions with a chosen time."""

import contextlib
import itertools
from datetime import datetime

import time_machine

from articles.poll.models import ReactionOption, ReactionVote

_seq = itertools.count(1)


def make_reactions(*, article, count: int, at: datetime | None = None) -> None:
    """``count`` readers react to ``article``; optionally stamped at ``at``."""
    option, _ = ReactionOption.objects.get_or_create(slug="uji", defaults={"label": "Uji"})
    # Cast at that time, so that the day's activity counts them then.
    with _at(at):
        for _ in range(count):
            ReactionVote.objects.create(article=article, option=option, voter_hash=f"h{next(_seq)}")


def _at(moment: datetime | None):
    return time_machine.travel(moment, tick=False) if moment else contextlib.nullcontext()


def make_comment(*, article, status=None, email=None, at: datetime | None = None, **kwargs):
    """An approved top-level comment, unless told otherwise."""
    from comments.models import Comment

    n = next(_seq)
    with _at(at):
        return Comment.objects.create(
            article=article,
            status=status or Comment.Status.APPROVED,
            name=kwargs.pop("name", f"Pembaca {n}"),
            email=email or f"pembaca{n}@surel.example",
            body=kwargs.pop("body", f"<p>Komentar nomor {n}.</p>"),
            **kwargs,
        )
