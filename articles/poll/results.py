"""What the reaction poll shows: counts, whole percentages, the reader's choice."""

from collections.abc import Sequence
from dataclasses import dataclass, replace

from django.db.models import Exists, IntegerField, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce

from ..models import Article
from .models import ReactionOption, ReactionTally, ReactionVote

# The query parameter naming the option a reader just picked (``?pilihan=``).
CHOICE_PARAMETER = "pilihan"


def largest_remainder_percentages(counts: Sequence[int]) -> list[int]:
    """Whole percentages of ``counts`` that add up to exactly 100.

    Each share is rounded down, then the points still missing go one by one
    to the shares that lost the most in rounding (earlier ones first on a
    tie), so no share is ever off by a whole point or more. All zeros when
    nothing was counted. Integer arithmetic throughout: no float drift.
    """
    total = sum(counts)
    if total <= 0:
        return [0] * len(counts)
    floors, remainders = zip(*(divmod(count * 100, total) for count in counts), strict=True)
    percents = list(floors)
    missing = 100 - sum(percents)
    by_remainder = sorted(range(len(counts)), key=lambda i: (-remainders[i], i))
    for i in by_remainder[:missing]:
        percents[i] += 1
    return percents


@dataclass(frozen=True)
class OptionResult:
    slug: str
    label: str
    emoji: str
    count: int
    percent: int
    is_active: bool
    chosen: bool

    def as_json(self) -> dict:
        return {
            "slug": self.slug,
            "label": self.label,
            "emoji": self.emoji,
            "count": self.count,
            "percent": self.percent,
        }


@dataclass(frozen=True)
class PollResults:
    total: int
    choice: str | None
    options: list[OptionResult]

    @property
    def active_options(self) -> list[OptionResult]:
        """The options a reader may pick in the form."""
        return [option for option in self.options if option.is_active]

    def as_json(self) -> dict:
        """The public JSON answer to a vote."""
        return {
            "total": self.total,
            "choice": self.choice,
            "options": [option.as_json() for option in self.options],
        }


def with_choice(results: PollResults, slug: str) -> PollResults:
    """``results`` with ``slug`` marked as the reader's choice (when it is an option)."""
    if slug not in {option.slug for option in results.options}:
        return results
    options = [replace(option, chosen=option.slug == slug) for option in results.options]
    return replace(results, choice=slug, options=options)


def poll_results(*, article: Article, voter_hash: str | None = None) -> PollResults:
    """The poll's results for ``article`` in one query, whatever the number of votes.

    Counts come from the kept tallies, not from counting votes. Every active
    option is shown; an option an editor retired still shows while it holds
    votes on this article, so the counts keep adding up to the total.
    """
    tally = ReactionTally.objects.filter(article=article, option=OuterRef("pk")).values("count")
    options = ReactionOption.objects.annotate(
        article_count=Coalesce(Subquery(tally[:1]), Value(0), output_field=IntegerField())
    )
    if voter_hash:
        options = options.annotate(
            chosen=Exists(
                ReactionVote.objects.filter(
                    article=article, option=OuterRef("pk"), voter_hash=voter_hash
                )
            )
        )
    else:
        options = options.annotate(chosen=Value(False))
    rows = list(options.filter(Q(is_active=True) | Q(article_count__gt=0)))

    percents = largest_remainder_percentages([row.article_count for row in rows])
    results = [
        OptionResult(
            slug=row.slug,
            label=row.label,
            emoji=row.emoji,
            count=row.article_count,
            percent=percent,
            is_active=row.is_active,
            chosen=bool(row.chosen),
        )
        for row, percent in zip(rows, percents, strict=True)
    ]
    choice = next((result.slug for result in results if result.chosen), None)
    return PollResults(total=sum(r.count for r in results), choice=choice, options=results)
