"""vote_submit: one vote per reader, moves instead of adding, refuses what is closed."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from articles.models import Article
from articles.poll.models import ReactionTally, ReactionVote
from articles.poll.results import poll_results
from articles.poll.services import reader_hash, tally_rebuild, vote_submit
from tests.factories import make_article
from tests.poll.factories import cast_votes


def _counts(article) -> dict:
    return {o.slug: o.count for o in poll_results(article=article).options if o.count}


@pytest.mark.django_db
def test_a_second_vote_moves_the_first(article, options):
    voter = reader_hash("pembaca-a")
    vote_submit(article=article, option=options["senang"], voter_hash=voter)
    vote_submit(article=article, option=options["sedih"], voter_hash=voter)
    results = poll_results(article=article, voter_hash=voter)
    assert results.total == 1
    assert results.choice == "sedih"
    assert _counts(article) == {"sedih": 1}
    assert ReactionVote.objects.filter(article=article).count() == 1


@pytest.mark.django_db
def test_the_same_vote_twice_changes_nothing(article, options):
    voter = reader_hash("pembaca-a")
    first = vote_submit(article=article, option=options["marah"], voter_hash=voter)
    again = vote_submit(article=article, option=options["marah"], voter_hash=voter)
    assert first.pk == again.pk
    assert _counts(article) == {"marah": 1}


@pytest.mark.django_db
def test_different_readers_add_up(article, options):
    cast_votes(article=article, option=options["senang"], count=3)
    cast_votes(article=article, option=options["cemas"], count=2)
    assert _counts(article) == {"senang": 3, "cemas": 2}
    assert poll_results(article=article).total == 5


@pytest.mark.django_db
def test_inactive_option_is_refused_and_nothing_stored(article, options):
    option = options["terganggu"]
    option.is_active = False
    option.save()
    with pytest.raises(ValidationError):
        vote_submit(article=article, option=option, voter_hash=reader_hash("x"))
    assert not ReactionVote.objects.exists()
    assert not ReactionTally.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "changes",
    [
        {"status": Article.Status.DRAFT},
        {"published_at": timezone.now() + timedelta(days=1)},
        {"comments_open": False},
    ],
    ids=["draft", "scheduled", "discussion-closed"],
)
def test_closed_or_unpublished_article_is_refused(category, editor_user, options, changes):
    article = make_article(category=category, editor=editor_user, **changes)
    with pytest.raises(ValidationError):
        vote_submit(article=article, option=options["senang"], voter_hash=reader_hash("x"))
    assert not ReactionVote.objects.exists()


@pytest.mark.django_db
def test_discussion_closing_after_some_days_closes_the_poll(settings, article, options):
    settings.COMMENTS_CLOSE_AFTER_DAYS = 1
    article.published_at = timezone.now() - timedelta(days=2)
    article.save()
    with pytest.raises(ValidationError):
        vote_submit(article=article, option=options["senang"], voter_hash=reader_hash("x"))


@pytest.mark.django_db
def test_retired_option_keeps_its_votes_in_the_results(article, options):
    cast_votes(article=article, option=options["sedih"], count=2)
    cast_votes(article=article, option=options["senang"], count=1)
    options["sedih"].is_active = False
    options["sedih"].save()
    results = poll_results(article=article)
    assert results.total == 3
    assert "sedih" in [o.slug for o in results.options]
    assert "sedih" not in [o.slug for o in results.active_options]
    assert sum(o.percent for o in results.options) == 100


@pytest.mark.django_db
def test_tally_rebuild_recounts_from_votes(article, options):
    cast_votes(article=article, option=options["senang"], count=2)
    cast_votes(article=article, option=options["marah"], count=1)
    ReactionTally.objects.filter(article=article).update(count=40)
    tally_rebuild(article=article)
    assert _counts(article) == {"senang": 2, "marah": 1}


@pytest.mark.django_db
def test_results_cost_one_query_whatever_the_votes(article, options, django_assert_num_queries):
    cast_votes(article=article, option=options["senang"], count=30)
    cast_votes(article=article, option=options["sedih"], count=20)
    with django_assert_num_queries(1):
        results = poll_results(article=article, voter_hash=reader_hash("someone"))
    assert results.total == 50


@pytest.mark.django_db
def test_a_vote_costs_the_same_queries_however_many_votes_exist(article, options):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def cost(voter: str, option) -> int:
        with CaptureQueriesContext(connection) as ctx:
            vote_submit(article=article, option=option, voter_hash=reader_hash(voter))
        return len(ctx.captured_queries)

    cast_votes(article=article, option=options["senang"], count=1)
    cast_votes(article=article, option=options["sedih"], count=1)
    few = (cost("a", options["senang"]), cost("a", options["sedih"]))
    cast_votes(article=article, option=options["senang"], count=150)
    cast_votes(article=article, option=options["sedih"], count=150)
    many = (cost("b", options["senang"]), cost("b", options["sedih"]))
    assert many == few
    assert poll_results(article=article).total == 304
