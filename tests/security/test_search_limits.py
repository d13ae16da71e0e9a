"""Search is rate-limited per client, and a repeated query costs at most one query."""

import pytest
from django.test import Client
from django.urls import reverse

from articles.models import Article
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def news(category):
    return factories.make_article(
        category=category, title="Serangan nuklir dibahas", body="<p>Ancaman nuklir.</p>"
    )


def test_searches_past_the_rate_answer_429_with_the_real_window(news, settings, rate_clock):
    settings.SEARCH_RATE_LIMIT = "3/m"
    client = Client()
    assert [client.get("/cari/", {"q": "nuklir"}).status_code for _ in range(3)] == [200] * 3
    refused = client.get("/cari/", {"q": "nuklir"})
    assert refused.status_code == 429
    assert "Terlalu banyak permintaan" in refused.content.decode()
    wait = int(refused["Retry-After"])
    assert 1 <= wait <= 60
    rate_clock.move(wait - 1)
    assert client.get("/cari/", {"q": "lain"}).status_code == 429
    rate_clock.move(1)
    assert client.get("/cari/", {"q": "lain"}).status_code == 200


def test_the_limit_is_per_client(news, settings, rate_clock):
    settings.SEARCH_RATE_LIMIT = "2/m"
    for _ in range(2):
        Client().get("/cari/", {"q": "nuklir"}, REMOTE_ADDR="203.0.113.1")
    assert Client().get("/cari/", {"q": "x"}, REMOTE_ADDR="203.0.113.1").status_code == 429
    assert Client().get("/cari/", {"q": "x"}, REMOTE_ADDR="203.0.113.2").status_code == 200


def test_429_is_json_for_json_clients(news, settings, rate_clock):
    settings.SEARCH_RATE_LIMIT = "1/m"
    Client().get("/cari/", {"q": "nuklir"})
    refused = Client().get("/cari/", {"q": "nuklir"}, HTTP_ACCEPT="application/json")
    assert refused.status_code == 429
    assert "error" in refused.json()


def test_a_repeated_query_costs_at_most_one_query(news, django_assert_max_num_queries):
    first = Client().get("/cari/", {"q": "nuklir"})
    assert "Serangan nuklir dibahas" in first.content.decode()
    with django_assert_max_num_queries(1):
        again = Client().get("/cari/", {"q": "nuklir"})
    assert again.content == first.content


def test_a_change_to_an_article_shows_in_the_next_search(news, category, editor_client):
    assert "1 artikel ditemukan" in Client().get("/cari/", {"q": "nuklir"}).content.decode()
    factories.make_article(category=category, title="Uji nuklir kedua")
    assert "2 artikel ditemukan" in Client().get("/cari/", {"q": "nuklir"}).content.decode()
    # The editors' bulk "back to draft" updates without save().
    editor_client.post(
        reverse("admin:articles_article_changelist"),
        {"action": "unpublish", "_selected_action": [news.pk]},
    )
    assert Article.objects.get(pk=news.pk).status == Article.Status.DRAFT
    text = Client().get("/cari/", {"q": "nuklir"}).content.decode()
    assert "1 artikel ditemukan" in text and "Serangan nuklir" not in text
