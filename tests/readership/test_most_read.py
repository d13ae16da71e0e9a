""" "Terpopuler" on the home page: most unique readers in the last 24 hours; the reactions
and comments lists stay separate. The article page is the same for every reader."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.utils import timezone

from articles.discovery.rankings import most_read_articles
from articles.readership.fold import fold_reads
from articles.readership.models import ArticleReadHour
from tests import factories
from tests.discovery.factories import make_reactions

from .conftest import FIREFOX, beacon

pytestmark = pytest.mark.django_db


def _ranking(client, heading_id):
    soup = BeautifulSoup(client.get("/").content, "html.parser")
    section = soup.find(attrs={"aria-labelledby": heading_id})
    return [a.get_text(strip=True) for a in section.select("li a")] if section else []


def test_most_read_ranks_by_unique_readers_not_reads(client):
    reloaded, shared = (
        factories.make_article(title="Dimuat ulang"),
        factories.make_article(title="Dibaca banyak orang"),
    )
    for _ in range(5):
        beacon(client, reloaded)
    for number in range(3):
        beacon(client, shared, address=f"198.51.100.{number}")
    fold_reads()  # with Redis as the cache; nothing to do without
    ranking = most_read_articles()
    assert [a.title for a in ranking] == ["Dibaca banyak orang", "Dimuat ulang"]
    assert [a.recent_readers for a in ranking] == [3, 1]
    assert _ranking(Client(), "terpopuler-judul") == ["Dibaca banyak orang", "Dimuat ulang"]


def test_reads_older_than_a_day_and_hidden_articles_do_not_count(client):
    old = factories.make_article(title="Kemarin lusa")
    ArticleReadHour.objects.create(
        article=old,
        hour=timezone.now() - timedelta(hours=30),
        referrer="direct",
        reads=9,
        readers=9,
    )
    draft = factories.make_article(status="draft")
    ArticleReadHour.objects.create(
        article=draft, hour=timezone.now(), referrer="direct", reads=9, readers=9
    )
    assert most_read_articles() == []


def test_reactions_and_comments_keep_their_own_lists(client):
    reacted = factories.make_article(title="Ditanggapi")
    make_reactions(article=reacted, count=2)
    read = factories.make_article(title="Dibaca")
    beacon(client, read)
    fold_reads()
    fresh = Client()
    assert _ranking(fresh, "terpopuler-judul") == ["Dibaca"]
    assert _ranking(fresh, "ditanggapi-judul") == ["Ditanggapi"]


def test_article_html_is_identical_for_two_readers_before_and_after_the_beacon(client, article):
    first, second = Client(HTTP_USER_AGENT=FIREFOX), Client()
    before = [first.get(article.get_absolute_url()), second.get(article.get_absolute_url())]
    beacon(first, article, agent=FIREFOX)
    beacon(second, article)
    after = [first.get(article.get_absolute_url()), second.get(article.get_absolute_url())]
    bodies = {response.content for response in before + after}
    assert len(bodies) == 1
    assert f'data-article="{article.pk}"' in before[0].content.decode()
    for response in before + after:
        assert "public" in response["Cache-Control"]
        assert not response.cookies
