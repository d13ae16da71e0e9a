"""CSRF, rate limits keyed on the real client, the honeypot and the form timer."""

import time

import pytest
from django.urls import reverse

from comments.models import Comment
from comments.tickets import new_ticket_value
from portal.client_address import client_address
from tests.comments.factories import post_comment
from tests.poll.factories import default_options

pytestmark = pytest.mark.django_db


@pytest.fixture
def article(newsroom):
    default_options()
    return newsroom["article"]


ORIGIN = "http://testserver"


def test_comment_from_another_site_or_no_site_is_403(strict, article):
    assert post_comment(strict, article).status_code == 403
    assert post_comment(strict, article, HTTP_ORIGIN="https://penipu.example").status_code == 403
    assert post_comment(strict, article, HTTP_ORIGIN="null").status_code == 403
    refused = post_comment(strict, article, HTTP_REFERER="https://penipu.example/halaman")
    assert refused.status_code == 403
    assert "pemeriksaan keamanannya gagal" in refused.content.decode()
    assert article.comments.count() == 1


def test_comment_from_this_site_is_taken_without_any_token(strict, article):
    assert post_comment(strict, article, HTTP_ORIGIN=ORIGIN).status_code == 303
    # A browser that sends no Origin still sends the page it came from.
    referred = post_comment(strict, article, HTTP_REFERER=f"{ORIGIN}{article.get_absolute_url()}")
    assert referred.status_code == 303
    assert article.comments.count() == 3


def test_vote_from_another_site_is_403(strict, article):
    url = reverse("poll:vote", kwargs={"article_id": article.pk})
    assert strict.post(url, {"reaction": "senang"}).status_code == 403
    forged = strict.post(url, {"reaction": "senang"}, HTTP_ORIGIN="https://penipu.example")
    assert forged.status_code == 403
    assert article.reaction_votes.count() == 0
    accepted = strict.post(url, {"reaction": "senang"}, HTTP_ORIGIN=ORIGIN)
    assert accepted.status_code == 303
    assert article.reaction_votes.count() == 1


def test_site_url_and_trusted_origins_count_as_this_site(strict, article, settings):
    settings.SITE_URL = "https://kabar.example.id"
    settings.CSRF_TRUSTED_ORIGINS = ["https://m.kabar.example.id"]
    for origin in ("https://kabar.example.id", "https://m.kabar.example.id"):
        assert post_comment(strict, article, HTTP_ORIGIN=origin).status_code == 303
    assert (
        post_comment(
            strict, article, HTTP_ORIGIN="https://kabar.example.id.penipu.example"
        ).status_code
        == 403
    )


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
    "ticket",
    [
        None,
        "",
        "\x00",
        "' OR 1=1--",
        "eyJ0IjowLCJuIjoieCJ9:forged",
        "x" * 5000,
        "too-fast",
        "too-old",
        "used",
    ],
)
def test_the_form_ticket_refuses_forged_fast_stale_and_replayed_forms(
    lenient, article, settings, ticket
):
    settings.COMMENTS_MIN_FORM_SECONDS = 3
    used = new_ticket_value(now=time.time() - 60)
    if ticket == "used":
        assert post_comment(lenient, article, ticket=used).status_code == 303
    tickets = {
        "too-fast": new_ticket_value(),
        "too-old": new_ticket_value(now=time.time() - settings.COMMENTS_MAX_FORM_SECONDS - 60),
        "used": used,
    }
    before = article.comments.count()
    response = post_comment(lenient, article, ticket=tickets.get(ticket, ticket))
    assert response.status_code == 400
    assert article.comments.count() == before


def test_a_malformed_referer_is_refused_not_a_server_error(strict, article):
    for referer in ("http://[", "http://[::1", "://", "\x00"):
        response = post_comment(strict, article, HTTP_REFERER=referer)
        assert response.status_code == 403, referer
