"""Who counts as a reader: browsers, not bots or prefetches; a hash that changes every day."""

import pytest
from django.test import RequestFactory

from articles.readership import visitors

from .conftest import CHROME, FIREFOX


@pytest.mark.parametrize(
    "agent",
    [
        "",
        "Googlebot/2.1 (+http://www.google.com/bot.html)",
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
        "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
        "WhatsApp/2.23.20.0 A",
        "TelegramBot (like TwitterBot)",
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 HeadlessChrome/131.0.0.0 Safari/537.36",
        "curl/8.5.0",
        "python-requests/2.32",
        "Mozilla/5.0 (Linux; Android 11; moto g power) AppleWebKit/537.36 Chrome-Lighthouse",
    ],
)
def test_bots_are_not_readers(agent):
    assert visitors.is_bot(agent)


@pytest.mark.parametrize("agent", [CHROME, FIREFOX])
def test_browsers_are_readers(agent):
    assert not visitors.is_bot(agent)


def test_an_agent_is_judged_the_same_every_time_however_long():
    for _ in range(2):  # the second time from the memo
        assert not visitors.is_bot(CHROME)
        assert visitors.is_bot(CHROME + " Googlebot/2.1")
    # Too long to keep in the memo, still read whole.
    assert visitors.is_bot(CHROME + " " * 600 + "bingbot/2.0")
    assert not visitors.is_bot(CHROME + " (compatible)" * 50)


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_SEC_PURPOSE": "prefetch"},
        {"HTTP_SEC_PURPOSE": "prefetch;prerender"},
        {"HTTP_PURPOSE": "prefetch"},
        {"HTTP_X_MOZ": "prefetch"},
    ],
)
def test_prefetches_are_not_reads(headers):
    assert visitors.is_prefetch(RequestFactory().post("/baca/", **headers))
    assert not visitors.is_prefetch(RequestFactory().post("/baca/"))


@pytest.mark.django_db
def test_the_hash_is_the_same_all_day_and_new_the_next():
    visitors._salts.clear()
    one = visitors.reader_hash(address="203.0.113.7", user_agent=CHROME, day="20261205")
    again = visitors.reader_hash(address="203.0.113.7", user_agent=CHROME, day="20261205")
    other_agent = visitors.reader_hash(address="203.0.113.7", user_agent=FIREFOX, day="20261205")
    next_day = visitors.reader_hash(address="203.0.113.7", user_agent=CHROME, day="20261206")
    assert one == again
    assert len({one, other_agent, next_day}) == 3
    assert "203.0.113.7" not in one
