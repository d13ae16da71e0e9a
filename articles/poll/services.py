"""The reaction poll's write path: a reader's vote, kept counts exact."""

from collections.abc import Callable

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Count, F
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _

from ..models import Article
from .models import ReactionOption, ReactionTally, ReactionVote

_READER_HASH_SALT = "articles.poll.reader-hash"
# Article and option arrive as rows just loaded, so their existence needs no
# query of its own; uniqueness is left to the constraint, since a check
# before the insert would race with a concurrent one.
_CLEAN_OPTIONS = {
    "exclude": ["article", "option"],
    "validate_unique": False,
    "validate_constraints": False,
}


def reader_hash(reader_id: str) -> str:
    """The salted hash stored for a reader's cookie id.

    An HMAC keyed from SECRET_KEY: the database alone cannot tell which
    cookie a vote came from, and a guessed id cannot be checked offline.
    """
    return salted_hmac(_READER_HASH_SALT, reader_id, algorithm="sha256").hexdigest()


def _shift_tallies(*, article: Article, add: int | None, remove: int | None) -> None:
    """Move one vote between tally rows with F() updates, in the caller's transaction.

    The database applies each ``count = count + 1`` to the current row
    under its row lock, so concurrent votes never overwrite each other.
    Rows are touched in option id order so two moves in opposite
    directions cannot deadlock.
    """
    if add is not None:
        ReactionTally.objects.get_or_create(article=article, option_id=add)
    for option_id, step in sorted(
        [(option_id, step) for option_id, step in ((add, 1), (remove, -1)) if option_id]
    ):
        ReactionTally.objects.filter(article=article, option_id=option_id).update(
            count=F("count") + step
        )


def vote_submit(
    *,
    article: Article,
    option: ReactionOption,
    voter_hash: str,
    address_bucket: str = "",
    may_add_voter: Callable[[], bool] | None = None,
) -> ReactionVote | None:
    """Record ``voter_hash``'s reaction to ``article``; a second vote moves the first.

    Raises ValidationError when the article is not open to readers' votes
    or the option is not active; nothing is stored then. The unique
    constraint on (article, voter_hash) settles two simultaneous first
    votes of one reader: the loser finds the winner's row and moves it.

    A first vote is stored only if ``may_add_voter()`` allows it (the limit
    of new voters per address); otherwise nothing is stored and None is
    returned. A reader changing their vote is never limited.
    """
    if not (article.is_published and article.discussion_open):
        raise ValidationError(_("Tanggapan untuk artikel ini sudah ditutup."), code="closed")
    if not option.is_active:
        raise ValidationError(_("Pilihan tanggapan tidak tersedia."), code="inactive_option")

    with transaction.atomic():
        vote = (
            ReactionVote.objects.select_for_update()
            .filter(article=article, voter_hash=voter_hash)
            .first()
        )
        if vote is None:
            if may_add_voter is not None and not may_add_voter():
                return None
            vote = ReactionVote(
                article=article,
                option=option,
                voter_hash=voter_hash,
                address_bucket=address_bucket,
            )
            vote.full_clean(**_CLEAN_OPTIONS)
            try:
                with transaction.atomic():
                    vote.save(force_insert=True)
            except IntegrityError:
                vote = ReactionVote.objects.select_for_update().get(
                    article=article, voter_hash=voter_hash
                )
            else:
                _shift_tallies(article=article, add=option.pk, remove=None)
                return vote

        if vote.option_id != option.pk:
            previous = vote.option_id
            vote.option = option
            vote.full_clean(**_CLEAN_OPTIONS)
            vote.save(update_fields=["option", "updated_at"])
            _shift_tallies(article=article, add=option.pk, remove=previous)
        return vote


def tally_rebuild(*, article: Article) -> None:
    """Recount ``article``'s tallies from its votes.

    For votes written outside ``vote_submit``: demo data, repairs. It
    counts what is committed when it runs, so it is meant for a moment when
    readers are not voting on the article; ``vote_submit`` alone keeps the
    tallies exact while they are.
    """
    with transaction.atomic():
        counts = dict(
            ReactionVote.objects.filter(article=article)
            .values_list("option")
            .annotate(n=Count("id"))
            .values_list("option", "n")
        )
        ReactionTally.objects.filter(article=article).exclude(option__in=counts).delete()
        ReactionTally.objects.bulk_create(
            [
                ReactionTally(article=article, option_id=option_id, count=n)
                for option_id, n in counts.items()
            ],
            update_conflicts=True,
            unique_fields=["article", "option"],
            update_fields=["count"],
        )
