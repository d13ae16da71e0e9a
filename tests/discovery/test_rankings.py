"""The home page's "Paling ditanggapi" list: most readers' reactions in the last 7 days."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles.discovery.rankings import popular_articles
from tests.factories import make_article

from .factories import make_reactions


def _list(client, heading_id) -> list[str]:
    soup = BeautifulSoup(client.get("/").content, "html.parser")
    section = soup.find("section", attrs={"aria-labelledby": heading_id})
    return [a.get_text() for a in section.find_all("a")] if section else []


@pytest.mark.django_db
def test_popular_orders_by_recent_reactions(category):
    quiet = make_article(category=category)
    busy = make_article(category=category)
    make_article(category=category, title="Tanpa tanggapan")
    make_reactions(article=quiet, count=1)
    make_reactions(article=busy, count=3)
    result = popular_articles()
    assert result == [busy, quiet]
    assert [a.recent_reactions for a in result] == [3, 1]


@pytest.mark.django_db
def test_reactions_older_than_a_week_do_not_count(category):
    old_favourite = make_article(category=category)
    fresh = make_article(category=category)
    make_reactions(article=old_favourite, count=10, at=timezone.now() - timedelta(days=8))
    make_reactions(article=old_favourite, count=1)
    make_reactions(article=fresh, count=2)
    assert popular_articles() == [fresh, old_favourite]


@pytest.mark.django_db
def test_unpublished_articles_are_never_popular(seed, hidden):
    make_reactions(article=hidden["draft"], count=5)
    make_reactions(article=hidden["scheduled"], count=5)
    make_reactions(article=seed, count=1)
    assert popular_articles() == [seed]


@pytest.mark.django_db
def test_home_shows_the_popular_list(client, demo):
    seed = demo["seed"]
    make_reactions(article=seed, count=2)
    assert _list(client, "ditanggapi-judul") == [seed.title]


@pytest.mark.django_db
def test_home_hides_the_popular_list_when_nobody_reacted(client, demo):
    assert _list(client, "ditanggapi-judul") == []
    assert client.get("/").status_code == 200


@pytest.mark.django_db
def test_home_query_count_is_fixed(client, category, django_assert_max_num_queries):
    make_reactions(article=make_article(category=category), count=1)
    with CaptureQueriesContext(connection) as ctx:
        assert client.get("/").status_code == 200
    for _ in range(12):
        make_reactions(article=make_article(category=category), count=3)
    with django_assert_max_num_queries(len(ctx.captured_queries)):
        client.get("/")
    assert len(popular_articles()) == 5
