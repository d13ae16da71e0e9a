"""Readers sort an article's comments oldest or newest first, without JavaScript."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from comments.models import Comment
from tests.comments.factories import make_comment

pytestmark = pytest.mark.django_db


@pytest.fixture
def dated(article, settings):
    settings.COMMENTS_PER_PAGE = 2
    start = timezone.now() - timedelta(days=1)
    made = []
    for n in range(5):
        comment = make_comment(article=article, body=f"Komentar ke-{n}.")
        Comment.objects.filter(pk=comment.pk).update(created_at=start + timedelta(minutes=n))
        made.append(comment)
    make_comment(article=article, parent=made[4], body="Balasan untuk yang terakhir.")
    return made


def _top_level_ids(html: str) -> list[int]:
    soup = BeautifulSoup(html, "html.parser")
    items = soup.select("#komentar > ol.comment-list > li.comment")
    return [int(li["id"].removeprefix("komentar-")) for li in items]


def test_oldest_first_by_default_and_newest_first_on_request(article, dated):
    url = article.get_absolute_url()
    oldest = Client().get(url).content.decode()
    assert _top_level_ids(oldest) == [dated[0].pk, dated[1].pk]
    newest = Client().get(url, {"urutan": "terbaru"}).content.decode()
    assert _top_level_ids(newest) == [dated[4].pk, dated[3].pk]
    # Replies stay under their thread, in the order they were written.
    assert "Balasan untuk yang terakhir." in newest
    assert "Balasan untuk yang terakhir." not in oldest


def test_the_order_is_kept_by_the_page_and_reply_links(article, dated):
    url = article.get_absolute_url()
    soup = BeautifulSoup(Client().get(url, {"urutan": "terbaru"}).content, "html.parser")
    next_link = soup.select_one(".comment-pagination a[rel=next]")["href"]
    assert next_link == "?urutan=terbaru&page=2#komentar"
    second = Client().get(url, {"urutan": "terbaru", "page": "2"}).content.decode()
    assert _top_level_ids(second) == [dated[2].pk, dated[1].pk]
    reply = BeautifulSoup(second, "html.parser").select_one(".comment-reply-link")["href"]
    assert reply.startswith("?urutan=terbaru&page=2&balas=")
    chosen = soup.select_one(".comment-order a[aria-current]")
    assert chosen.get_text(strip=True) == "Terbaru"


def test_an_unknown_order_is_the_default_and_shares_its_kept_page(article, dated):
    url = article.get_absolute_url()
    default = Client().get(url)
    odd = Client().get(url, {"urutan": "acak"})
    assert odd.content == default.content
    assert odd["ETag"] == default["ETag"]


def _queries_of_a_fresh_rendering(url, params) -> int:
    cache.clear()
    with CaptureQueriesContext(connection) as captured:
        assert Client().get(url, params).status_code == 200
    return len(captured)


@pytest.mark.parametrize("params", [{}, {"urutan": "terbaru"}, {"urutan": "terbaru", "page": "2"}])
def test_the_order_keeps_the_query_count(article, dated, params):
    url = article.get_absolute_url()
    few = _queries_of_a_fresh_rendering(url, params)
    for n in range(30):
        parent = make_comment(article=article, body=f"Tambahan {n}.")
        make_comment(article=article, parent=parent, body=f"Balasan tambahan {n}.")
    assert _queries_of_a_fresh_rendering(url, params) == few
