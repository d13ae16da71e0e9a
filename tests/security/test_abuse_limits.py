"""CSRF, rate limits keyed on the real client, the honeypot and the form timer."""

import time

import pytest
from django.urls import reverse

from articles.client_address import client_address
from comments.models import Comment
from comments.timestamps import form_timestamp
from tests.comments.factories import post_comment
from tests.poll.factories import default_options

pytestmark = pytest.mark.django_db


@pytest.fixture
def article(newsroom):
    default_options()
    return newsroom["article"]


def test_comment_without_csrf_token_is_403(strict, article):
    assert post_comment(strict, article).status_code == 403
    assert article.comments.count() == 1


def test_vote_without_csrf_token_is_403(strict, article):
    url = reverse("poll:vote", kwargs={"article_id": article.pk})
    assert strict.post(url, {"reaction": "senang"}).status_code == 403
    strict.get(article.get_absolute_url())
    token = strict.cookies["csrftoken"].value
    forged = {"reaction": "senang", "csrfmiddlewaretoken": "x" * 64}
    assert strict.post(url, forged).status_code == 403
    assert strict.post(url, {"reaction": "senang", "csrfmiddlewaretoken": token}).status_code == 303


def _spoofed_comments(client, article, count, **headers):
    return [
        post_comment(client, article, HTTP_X_FORWARDED_FOR=f"10.9.{n}.1", **headers).status_code
        for n in range(count)
    ]


def test_comment_limit_ignores_forwarded_for_without_trusted_proxies(lenient, article, settings):
    settings.TRUSTED_PROXY_COUNT = 0
    assert _spoofed_comments(lenient, article, 6) == [303] * 5 + [429]


def test_comment_limit_counts_the_address_the_trusted_proxy_saw(lenient, article, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    # The client writes a new address each time; the proxy appends the real one.
    statuses = [
        post_comment(lenient, article, HTTP_X_FORWARDED_FOR=f"10.9.{n}.1, 203.0.113.5").status_code
        for n in range(6)
    ]
    assert statuses == [303] * 5 + [429]
    # Another real client is not held back by the first one.
    assert _spoofed_comments(lenient, article, 1) == [303]


def test_vote_limit_is_thirty_a_minute_per_client(lenient, article, settings):
    settings.TRUSTED_PROXY_COUNT = 0
    url = reverse("poll:vote", kwargs={"article_id": article.pk})
    statuses = [
        lenient.post(url, {"reaction": "senang"}, HTTP_X_FORWARDED_FOR=f"10.8.{n}.1").status_code
        for n in range(31)
    ]
    assert statuses == [303] * 30 + [429]
    limited = lenient.post(url, {"reaction": "senang"}, HTTP_ACCEPT="application/json")
    assert limited.status_code == 429
    assert "error" in limited.json()


@pytest.mark.parametrize("remote", ["", "unix:/run/gunicorn.sock", "bukan-alamat", "\x00"])
def test_an_odd_connection_address_still_gets_rate_limited(lenient, article, remote, settings):
    settings.TRUSTED_PROXY_COUNT = 0
    statuses = [post_comment(lenient, article, REMOTE_ADDR=remote).status_code for _ in range(6)]
    assert statuses == [303] * 5 + [429]


def test_client_address_is_always_an_ip(rf, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    for remote, forwarded in [("", ""), ("x", "y"), ("\x00", "1.2.3.4\x00"), ("1.2.3.4", "")]:
        request = rf.get("/", REMOTE_ADDR=remote, HTTP_X_FORWARDED_FOR=forwarded)
        assert client_address(request) in {"0.0.0.0", "1.2.3.4"}


def test_honeypot_marks_spam_that_no_reader_sees(lenient, client, article, settings):
    settings.COMMENTS_RATE_LIMIT = "1000/m"
    field = settings.COMMENTS_HONEYPOT_FIELD
    response = post_comment(lenient, article, body="Beli obat murah", **{field: "http://spam"})
    assert response.status_code == 303
    assert Comment.objects.get(body__contains="Beli obat").status == Comment.Status.SPAM
    assert "Beli obat" not in client.get(article.get_absolute_url()).content.decode()


@pytest.mark.parametrize(
    "timestamp",
    [
        "",
        "\x00",
        "' OR 1=1--",
        "eyJhIjoxfQ:1abc:forged",
        "x" * 5000,
        "other-article",
        "too-fast",
        "too-old",
    ],
)
def test_the_form_timer_refuses_forged_fast_and_stale_forms(lenient, article, settings, timestamp):
    settings.COMMENTS_MIN_FORM_SECONDS = 3
    tokens = {
        "other-article": form_timestamp(article_id=article.pk + 1, now=time.time() - 60),
        "too-fast": form_timestamp(article_id=article.pk),
        "too-old": form_timestamp(article_id=article.pk, now=time.time() - 2 * 86400),
    }
    response = post_comment(lenient, article, timestamp=tokens.get(timestamp, timestamp))
    assert response.status_code == 400
    assert article.comments.count() == 1
