"""Confirmations after a form sent without JavaScript: said to that browser alone,
through the page's personal part, never into the page every reader shares."""

import time

import pytest
from bs4 import BeautifulSoup
from django.test import Client

from articles.notices import NOTICE_COOKIE, NOTICE_SECONDS
from tests.comments.factories import post_comment

pytestmark = pytest.mark.django_db

VOTE_COUNTED = "Terima kasih, tanggapan Anda tercatat."
CHECK_EMAIL = "Periksa email Anda untuk konfirmasi"


def _notices(response) -> list[str]:
    soup = BeautifulSoup(response.content, "html.parser")
    return [p.get_text(" ", strip=True) for p in soup.select(".reader-notice")]


def test_a_vote_without_javascript_lands_on_a_page_saying_it_was_counted(
    client, article, options, vote_url
):
    shared_before = Client().get(article.get_absolute_url())
    response = client.post(vote_url, {"reaction": "senang"})
    assert response.status_code == 303
    cookie = response.cookies[NOTICE_COOKIE]
    assert cookie["path"] == article.get_absolute_url()
    assert int(cookie["max-age"]) == NOTICE_SECONDS
    assert cookie["httponly"]
    landed = client.get(response["Location"])
    assert _notices(landed) == [VOTE_COUNTED]
    assert "no-store" in landed["Cache-Control"]
    poll = BeautifulSoup(landed.content, "html.parser").select_one("#tanggapan")
    assert poll.select_one(".reader-notice") is not None
    # Everyone else, on the same address, gets the shared page without it.
    stranger = Client()
    for url in (response["Location"].split("#")[0], article.get_absolute_url()):
        shared = stranger.get(url)
        assert _notices(shared) == []
        assert "public" in shared["Cache-Control"]
    assert stranger.get(article.get_absolute_url()).content == shared_before.content


def test_a_forged_or_foreign_notice_cookie_shows_nothing(client, article, options):
    client.cookies[NOTICE_COOKIE] = "tanggapan-tercatat"
    assert _notices(client.get(article.get_absolute_url())) == []


def test_the_notice_fades(client, article, options, vote_url, monkeypatch):
    response = client.post(vote_url, {"reaction": "senang"})
    later = time.time() + NOTICE_SECONDS + 5
    monkeypatch.setattr("django.core.signing.time.time", lambda: later)
    assert _notices(client.get(response["Location"])) == []


def test_ticking_beri_tahu_saya_asks_to_check_the_email(client, article):
    response = post_comment(client, article, email="pembaca@contoh.id", notify_replies="on")
    assert response.status_code == 303
    landed = client.get(response["Location"])
    notices = _notices(landed)
    assert len(notices) == 1 and notices[0].startswith(CHECK_EMAIL)
    comments = BeautifulSoup(landed.content, "html.parser").select_one("#komentar")
    assert comments.select_one(".reader-notice") is not None
    assert "pembaca@contoh.id" not in landed.content.decode()
    assert _notices(Client().get(article.get_absolute_url())) == []


def test_without_beri_tahu_saya_no_email_notice(client, article):
    response = post_comment(client, article, email="pembaca@contoh.id")
    assert NOTICE_COOKIE not in response.cookies
    assert _notices(client.get(response["Location"])) == []
