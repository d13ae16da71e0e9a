"""The read beacon: reads per article, readers once a day, nothing stored that names them."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from articles.readership.counter import fold_due_key
from articles.readership.fold import fold_reads
from articles.readership.models import ArticleReadHour

from .conftest import CHROME, FIREFOX, beacon

pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("redis-db-reads")]


def _figures(article):
    rows = ArticleReadHour.objects.filter(article=article)
    return (sum(r.reads for r in rows), sum(r.readers for r in rows))


@pytest.fixture(params=["database", "redis"])
def counting(request):
    """Both ways a read is counted: straight into the database, or Redis then the fold."""
    if request.param == "redis":
        request.getfixturevalue("reads_redis")
        return fold_reads
    request.getfixturevalue("local_cache")
    return lambda: None


def test_a_reload_is_a_read_not_a_reader_and_another_browser_is_a_reader(client, article, counting):
    for _ in range(2):
        response = beacon(client, article)
        assert response.status_code == 204
        assert not response.cookies
    counting()
    assert _figures(article) == (2, 1)
    beacon(client, article, agent=FIREFOX)
    beacon(client, article, address="198.51.100.9")
    counting()
    assert _figures(article) == (4, 3)


def test_one_address_brings_a_day_s_capped_number_of_new_readers(
    client, article, counting, settings
):
    """A script changing its user agent cannot push a story up "Terpopuler"."""
    settings.READS_NEW_READERS_PER_ADDRESS = 5
    for version in range(12):
        beacon(client, article, agent=f"{FIREFOX[:-5]}{version}.0")
    # IPv6: one /64 is one address; another network is another.
    for host in range(3):
        beacon(client, article, address=f"2001:db8:1:2::{host + 1}", agent=f"{CHROME} {host}")
    beacon(client, article, address="198.51.100.9")
    counting()
    assert _figures(article) == (16, 5 + 3 + 1)
    settings.READS_NEW_READERS_PER_ADDRESS = 2
    beacon(client, article, address="2001:db8:1:3::1", agent=FIREFOX)
    beacon(client, article, address="2001:db8:1:3::2", agent=FIREFOX)
    beacon(client, article, address="2001:db8:1:3::3", agent=FIREFOX)
    counting()
    assert _figures(article) == (19, 9 + 2)


def test_bots_prefetches_and_other_sites_are_not_counted(client, article, counting):
    beacon(client, article, agent="Mozilla/5.0 (compatible; Googlebot/2.1)")
    beacon(client, article, agent="")
    beacon(client, article, HTTP_SEC_PURPOSE="prefetch")
    beacon(client, article, HTTP_ORIGIN="https://elsewhere.example")
    counting()
    assert _figures(article) == (0, 0)
    beacon(client, article, HTTP_ORIGIN="http://testserver")
    counting()
    assert _figures(article) == (1, 1)


@pytest.mark.parametrize("value", ["", "abc", "-1", "0", "9" * 30, "1.5", "\x00"])
def test_a_malformed_article_is_ignored(client, article, value, counting):
    response = client.post("/baca/", {"a": value}, HTTP_USER_AGENT=CHROME)
    assert response.status_code == 204
    counting()
    assert not ArticleReadHour.objects.exists()


def test_an_unknown_article_is_never_stored(client, article, counting):
    client.post("/baca/", {"a": str(article.pk + 1000)}, HTTP_USER_AGENT=CHROME)
    counting()
    assert not ArticleReadHour.objects.exists()


def test_the_referrer_class_is_kept(client, article, counting):
    beacon(client, article, utm="whatsapp")
    beacon(client, article, referrer="https://www.google.co.id/", agent=FIREFOX)
    beacon(client, article, address="198.51.100.1")
    counting()
    rows = {r.referrer: (r.reads, r.readers) for r in ArticleReadHour.objects.all()}
    assert rows == {"whatsapp": (1, 1), "google": (1, 1), "direct": (1, 1)}


def test_only_post(client, article):
    assert client.get("/baca/").status_code == 405


def test_no_address_or_agent_is_stored(client, article, counting, reads_redis):
    beacon(client, article, address="203.0.113.77")
    counting()
    stored = [repr(row.__dict__) for row in ArticleReadHour.objects.all()]
    with connection.cursor() as cursor:
        for table in ("articles_articlereadhour", "articles_readfold"):
            cursor.execute(f"SELECT * FROM {table}")  # noqa: S608
            stored.append(repr(cursor.fetchall()))
    for key in reads_redis.keys("*"):
        stored.append(repr(key))
        if reads_redis.type(key) == b"hash":
            stored.append(repr(reads_redis.hgetall(key)))
    text = " ".join(stored)
    assert "203.0.113.77" not in text
    assert "Android" not in text and "Chrome" not in text


def test_with_redis_the_beacon_makes_no_database_query(client, article, reads_redis):
    beacon(client, article)  # the salt is made once a day
    # A fold is not due (the first beacon ran one): the key says so, whatever
    # another process sharing this Redis database does meanwhile.
    reads_redis.set(fold_due_key(), "1", ex=60)
    with CaptureQueriesContext(connection) as queries:
        assert beacon(Client(), article, agent=FIREFOX).status_code == 204
    assert len(queries.captured_queries) == 0, queries.captured_queries


def test_without_javascript_the_pixel_counts_a_read(client, article, counting):
    url = f"/baca/{article.pk}.gif"
    page = f"http://testserver{article.get_absolute_url()}?utm_source=whatsapp&utm_medium=social"
    response = client.get(url, HTTP_USER_AGENT=CHROME, HTTP_REFERER=page, REMOTE_ADDR="203.0.113.7")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/gif"
    assert "no-store" in response["Cache-Control"]
    assert not response.cookies
    client.get(url, HTTP_USER_AGENT="Googlebot/2.1", HTTP_REFERER=page)
    client.head(url, HTTP_USER_AGENT=FIREFOX)
    counting()
    rows = {r.referrer: (r.reads, r.readers) for r in ArticleReadHour.objects.all()}
    assert rows == {"whatsapp": (1, 1)}


def test_the_article_page_has_the_pixel_inside_noscript(client, article):
    html = client.get(article.get_absolute_url()).content.decode()
    assert f'<noscript><img class="read-pixel" src="/baca/{article.pk}.gif"' in html


def test_the_sites_public_address_is_its_own(client, article, counting, settings):
    settings.SITE_URL = "https://kabar.example"
    beacon(client, article, HTTP_ORIGIN="https://kabar.example", referrer="https://kabar.example/")
    counting()
    assert list(ArticleReadHour.objects.values_list("referrer", "reads")) == [("internal", 1)]
