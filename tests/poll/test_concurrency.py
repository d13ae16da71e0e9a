"""Counts stay exact when votes arrive at the same moment, on real connections.

Each thread has its own database connection (transactional_db): on SQLite a
file database in WAL mode with IMMEDIATE transactions and a busy timeout, on
PostgreSQL row locks and the unique constraint.
"""

import pytest
from django.db.models import Count
from django.http import HttpResponse
from django.test import Client

from articles.poll.models import ReactionTally, ReactionVote
from articles.poll.results import poll_results
from articles.poll.services import reader_hash, vote_submit
from tests.concurrency import run_at_once
from tests.factories import make_article
from tests.poll.factories import default_options

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def article(transactional_db):
    # The shared fixture needs the Editor group, which a flushed database lacks.
    return make_article()


def _tallies_match_votes(article) -> None:
    votes = dict(
        ReactionVote.objects.filter(article=article)
        .values_list("option")
        .annotate(n=Count("id"))
        .values_list("option", "n")
    )
    tallies = {
        t.option_id: t.count for t in ReactionTally.objects.filter(article=article) if t.count
    }
    assert tallies == votes


def test_fifty_readers_at_once_make_fifty_votes(article):
    options = default_options()

    def vote(i):
        return Client().post(
            f"/tanggapan/{article.pk}/",
            {"reaction": options[i % len(options)].slug},
            HTTP_ACCEPT="application/json",
            REMOTE_ADDR=f"198.51.100.{i + 1}",
        )

    answers = run_at_once(vote, 50)
    assert [a.status_code for a in answers] == [200] * 50
    results = poll_results(article=article)
    assert results.total == 50
    assert ReactionVote.objects.filter(article=article).count() == 50
    assert sum(o.percent for o in results.options) == 100
    _tallies_match_votes(article)


def test_one_reader_ten_times_at_once_makes_one_vote(settings, article):
    options = default_options()
    # The cookie the site gave this reader earlier, before any vote landed.
    issued = HttpResponse()
    issued.set_signed_cookie(
        settings.POLL_COOKIE_NAME, "pembaca-kilat", salt="articles.poll.reader"
    )
    cookie = issued.cookies[settings.POLL_COOKIE_NAME].value

    def vote(i):
        client = Client()
        client.cookies[settings.POLL_COOKIE_NAME] = cookie
        return client.post(
            f"/tanggapan/{article.pk}/",
            {"reaction": options[i % 3].slug},
            HTTP_ACCEPT="application/json",
        )

    answers = run_at_once(vote, 10)
    assert [a.status_code for a in answers] == [200] * 10
    assert ReactionVote.objects.filter(article=article).count() == 1
    vote_row = ReactionVote.objects.get(article=article)
    assert vote_row.voter_hash == reader_hash("pembaca-kilat")
    assert poll_results(article=article).total == 1
    _tallies_match_votes(article)


def test_readers_changing_their_minds_at_once_keep_counts_exact(article):
    options = default_options()
    voters = [reader_hash(f"pembaca-{i}") for i in range(30)]
    for i, voter in enumerate(voters):
        vote_submit(article=article, option=options[i % 2], voter_hash=voter)

    def move(i):
        # Half move towards the other options, half between the first two,
        # so tally rows are locked in both directions at once.
        target = options[2 + i % 6] if i % 2 else options[(i + 1) % 2]
        return vote_submit(article=article, option=target, voter_hash=voters[i])

    run_at_once(move, 30)
    assert poll_results(article=article).total == 30
    assert ReactionVote.objects.filter(article=article).count() == 30
    _tallies_match_votes(article)
