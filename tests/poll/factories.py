"""Builders for the reaction poll's test data."""

import importlib
import itertools

from articles.poll.models import ReactionOption
from articles.poll.services import reader_hash, vote_submit

_defaults = importlib.import_module("articles.migrations.0004_default_reactions")
DEFAULT_REACTIONS = _defaults.DEFAULT_REACTIONS
_seq = itertools.count(1)


def default_options() -> list[ReactionOption]:
    """The eight default options, made again if a flushed database lost them."""
    options = []
    for position, (slug, label, emoji) in enumerate(DEFAULT_REACTIONS, start=1):
        option, _ = ReactionOption.objects.get_or_create(
            slug=slug, defaults={"label": label, "emoji": emoji, "position": position}
        )
        options.append(option)
    return options


def make_option(**kwargs) -> ReactionOption:
    n = next(_seq)
    kwargs.setdefault("label", f"Opsi {n}")
    kwargs.setdefault("slug", f"opsi-{n}")
    kwargs.setdefault("emoji", "🙂")
    kwargs.setdefault("position", 100 + n)
    return ReactionOption.objects.create(**kwargs)


def cast_votes(*, article, option, count: int) -> None:
    """``count`` distinct readers pick ``option`` on ``article``."""
    for _ in range(count):
        vote_submit(article=article, option=option, voter_hash=reader_hash(f"r{next(_seq)}"))
