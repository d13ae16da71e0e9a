"""Redis down: the rate limits, ticket single-use and the poll's cap never switch off.

The ``limits`` cache points at a Redis nothing listens on: every call fails
at once, and each limit falls back to this process's own count.
"""

import time

import pytest
from django.core.cache import caches
from django.test import Client

from articles.poll.address_limit import new_voter_allowed
from comments.models import Comment
from comments.tickets import new_ticket_value, read_ticket, use_ticket
from tests.comments.factories import post_comment
from tests.factories import make_article

pytestmark = pytest.mark.django_db

DOWN = {
    "BACKEND": "portal.limits_cache.RedisOrLocalCache",
    "LOCATION": "redis://127.0.0.1:1/0",
    "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.2, "SOCKET_TIMEOUT": 0.2},
}


@pytest.fixture
def redis_down(settings):
    settings.CACHES = {**settings.CACHES, "limits": DOWN}
    caches["limits"].clear()
    yield
    caches["limits"].clear()


def test_a_flooding_client_is_still_refused(redis_down, settings):
    settings.COMMENTS_RATE_LIMIT = "3/m"
    article = make_article()
    answers = []
    for n in range(6):
        client = Client()
        answers.append(post_comment(client, article, body=f"Banjir komentar {n}.").status_code)
    assert answers == [303, 303, 303, 429, 429, 429]
    assert Comment.objects.count() == 3


def test_a_ticket_still_carries_one_comment(redis_down):
    ticket = read_ticket(_with_cookie(new_ticket_value(now=time.time() - 60)))
    assert use_ticket(ticket) is True
    assert use_ticket(ticket) is False


def test_the_poll_cap_still_holds(redis_down, settings):
    settings.POLL_NEW_VOTERS_PER_ADDRESS_HOUR = 2
    allowed = [new_voter_allowed(article_id=1, address="203.0.113.9") for _ in range(4)]
    assert allowed == [True, True, False, False]


def test_searches_are_still_limited(redis_down, settings):
    settings.SEARCH_RATE_LIMIT = "2/m"
    make_article(title="Nuklir")
    codes = [Client().get("/cari/", {"q": "nuklir"}).status_code for _ in range(3)]
    assert codes == [200, 200, 429]


def _with_cookie(value):
    from django.test import RequestFactory

    from comments.tickets import COOKIE_NAME

    request = RequestFactory().get("/")
    request.COOKIES[COOKIE_NAME] = value
    return request
