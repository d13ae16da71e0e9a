"""Demo reactions, so the demo articles' polls are not empty."""

import hashlib
import random

from django.db import transaction

from .models import ReactionOption, ReactionVote
from .services import tally_rebuild

# Enough readers for bars of visibly different lengths; the seed article,
# the one the demo opens on, gets the most.
DEMO_READERS = (12, 40)
SEED_READERS = 57


def _demo_voter_hash(article, n: int) -> str:
    # Not an HMAC like a real reader's: no cookie can ever map to it, and it
    # stays the same whatever SECRET_KEY is, which keeps loading idempotent.
    return hashlib.sha256(f"demo:{article.slug}:{n}".encode()).hexdigest()


def add_demo_votes(sender, *, articles, seed_article, stdout=None, **kwargs) -> None:
    """Receiver for ``articles.signals.demo_loaded``: idempotent demo votes.

    Each article gets the same readers and choices on every run, drawn from
    a generator seeded with its slug; votes that exist are left alone.
    """
    options = list(ReactionOption.objects.active())
    if not options:
        return
    weights = [len(options) - i for i in range(len(options))]
    unique = {article.pk: article for article in articles.values()}
    unique[seed_article.pk] = seed_article
    added = 0
    with transaction.atomic():
        for article in unique.values():
            chance = random.Random(article.slug)
            readers = (
                SEED_READERS if article.pk == seed_article.pk else chance.randint(*DEMO_READERS)
            )
            local_weights = [w * chance.uniform(0.3, 1.7) for w in weights]
            votes = [
                ReactionVote(
                    article=article,
                    option=chance.choices(options, weights=local_weights)[0],
                    voter_hash=_demo_voter_hash(article, n),
                    address_bucket=_demo_voter_hash(article, n)[:5],
                )
                for n in range(readers)
            ]
            before = ReactionVote.objects.filter(article=article).count()
            ReactionVote.objects.bulk_create(votes, ignore_conflicts=True)
            added += ReactionVote.objects.filter(article=article).count() - before
            tally_rebuild(article=article)
    if stdout is not None:
        stdout.write(f"Demo reactions: {added} new votes on {len(unique)} articles.")
