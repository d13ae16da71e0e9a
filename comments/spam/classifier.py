"""Naive Bayes over the features of ``features``, trained by moderators' decisions.

Per-feature document counts live in ``SpamFeature`` rows (PostgreSQL in
production): every app server scores alike and a restart loses nothing.
Learning is two ``UPDATE ... SET spam = spam + 1`` statements, so decisions
made at once on several servers add up.
"""

import math
from dataclasses import dataclass

from django.db import transaction
from django.db.models import F
from django.db.models.functions import Greatest

from .models import TOTALS, SpamFeature

# Each feature's weight is bounded: one word never decides alone.
FEATURE_CAP = 3.0
# A feature seen in few comments says little: its spam probability is drawn
# towards one half as if it had been seen EVIDENCE times more (Robinson's
# estimate). A word of one spam comment weighs log 3; "gacor", seen in forty,
# almost its whole.
EVIDENCE = 1.0
# Character n-grams repeat what the words say; they count for less.
CHAR_WEIGHT = 0.2
# Only the features that say most, either way, are summed: a long comment
# is not spam for having many words.
STRONGEST = 40
TOP_REASONS = 5


@dataclass(frozen=True)
class Verdict:
    score: float
    # The features that weighed most towards spam, with their weight.
    top: list[tuple[str, float]]


def _weight(spam: int, ham: int, spam_docs: int, ham_docs: int) -> float:
    """The log-odds a feature adds, from how often it is in spam and in ham.

    Its rate in each class is divided by that class's size, so a site with
    many more approved comments than spam does not make every word of
    approved comments look like spam.
    """
    spam_rate, ham_rate = spam / spam_docs, ham / ham_docs
    seen = spam + ham
    p = spam_rate / (spam_rate + ham_rate) if seen else 0.5
    p = (EVIDENCE * 0.5 + seen * p) / (EVIDENCE + seen)
    return max(-FEATURE_CAP, min(FEATURE_CAP, math.log(p / (1 - p))))


def classify(features: list[str]) -> Verdict:
    """The log-odds that a comment with ``features`` is spam (0 when nothing is learned)."""
    rows = dict(
        (feature, (spam, ham))
        for feature, spam, ham in SpamFeature.objects.filter(
            feature__in=[TOTALS, *features]
        ).values_list("feature", "spam", "ham")
    )
    spam_docs, ham_docs = rows.pop(TOTALS, (0, 0))
    if not spam_docs or not ham_docs:
        return Verdict(0.0, [])
    weights = []
    for feature, (spam, ham) in rows.items():
        weight = _weight(spam, ham, spam_docs, ham_docs)
        if feature.startswith("c:"):
            weight *= CHAR_WEIGHT
        weights.append((feature, weight))
    weights.sort(key=lambda item: -abs(item[1]))
    score = sum(weight for _, weight in weights[:STRONGEST])
    weights.sort(key=lambda item: -item[1])
    top = [(feature, round(weight, 2)) for feature, weight in weights[:TOP_REASONS] if weight > 0]
    return Verdict(score, top)


def learn(features: list[str], *, spam: bool, undo: bool = False) -> None:
    """Count one comment with ``features`` as spam or ham (``undo``: take it back)."""
    column = "spam" if spam else "ham"
    names = [TOTALS, *features]
    with transaction.atomic():
        if not undo:
            SpamFeature.objects.bulk_create(
                [SpamFeature(feature=name) for name in names], ignore_conflicts=True
            )
            SpamFeature.objects.filter(feature__in=names).update(**{column: F(column) + 1})
        else:
            SpamFeature.objects.filter(feature__in=names).update(
                **{column: Greatest(F(column) - 1, 0)}
            )
