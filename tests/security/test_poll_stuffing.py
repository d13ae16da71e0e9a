"""One client address cannot stuff an article's poll or lift it in "Terpopuler"."""

import pytest
from django.test import Client
from django.urls import reverse

from articles.discovery.rankings import popular_articles
from articles.poll.models import ReactionTally, ReactionVote
from tests import factories
from tests.poll.factories import default_options

pytestmark = pytest.mark.django_db


@pytest.fixture
def options(settings):
    settings.POLL_RATE_LIMIT = "100000/m"
    settings.POLL_NEW_VOTERS_PER_ADDRESS_HOUR = 3
    return default_options()


def _vote(article, *, address, reaction="senang", json=False):
    """A vote from a browser that kept no cookie: a new reader every time."""
    headers = {"HTTP_ACCEPT": "application/json"} if json else {}
    return Client().post(
        reverse("poll:vote", args=[article.pk]),
        {"reaction": reaction},
        REMOTE_ADDR=address,
        **headers,
    )


def test_one_address_adds_only_a_few_new_voters_an_hour(article, options):
    statuses = [_vote(article, address="203.0.113.7").status_code for _ in range(6)]
    assert statuses == [303] * 6
    assert ReactionVote.objects.filter(article=article).count() == 3
    assert ReactionTally.objects.get(article=article, option__slug="senang").count == 3


def test_votes_past_the_limit_answer_as_accepted(article, options):
    for _ in range(3):
        _vote(article, address="203.0.113.7")
    response = _vote(article, address="203.0.113.7", reaction="sedih", json=True)
    assert response.status_code == 200
    data = response.json()
    assert data["choice"] == "sedih"
    assert data["total"] == 3
    assert ReactionVote.objects.filter(option__slug="sedih").count() == 0


def test_other_addresses_and_articles_are_not_held_back(article, category, options):
    other = factories.make_article(category=category)
    for _ in range(3):
        _vote(article, address="203.0.113.7")
    assert _vote(article, address="203.0.113.8").status_code == 303
    assert _vote(other, address="203.0.113.7").status_code == 303
    assert ReactionVote.objects.filter(article=article).count() == 4
    assert ReactionVote.objects.filter(article=other).count() == 1


def test_a_reader_changing_their_vote_is_never_limited(article, options):
    for _ in range(3):
        _vote(article, address="203.0.113.7")
    reader = Client()
    url = reverse("poll:vote", args=[article.pk])
    reader.post(url, {"reaction": "senang"}, REMOTE_ADDR="203.0.113.9")
    for reaction in ["sedih", "marah", "cemas"]:
        reader.post(url, {"reaction": reaction}, REMOTE_ADDR="203.0.113.7")
    assert ReactionVote.objects.get(article=article, option__slug="cemas")


def test_an_ipv6_network_counts_as_one_address(article, options):
    for n in range(6):
        _vote(article, address=f"2001:db8:1:2::{n + 1:x}")
    assert ReactionVote.objects.filter(article=article).count() == 3


def test_one_address_cannot_lift_an_article_in_terpopuler(category, options, settings):
    settings.POLL_NEW_VOTERS_PER_ADDRESS_HOUR = 1000
    stuffed = factories.make_article(category=category, title="Dipompa")
    liked = factories.make_article(category=category, title="Disukai")
    for _ in range(40):
        _vote(stuffed, address="203.0.113.7")
    for n in range(3):
        _vote(liked, address=f"198.51.100.{n + 1}")
    ranking = popular_articles()
    assert [a.title for a in ranking] == ["Disukai", "Dipompa"]
    assert [a.recent_reactions for a in ranking] == [3, 1]
