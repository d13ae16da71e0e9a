"""Every anonymous reader gets the same page; nothing of one reader is in it."""

import re

import pytest
from django.test import Client

from comments.tickets import COOKIE_NAME, new_ticket_value
from tests.comments.factories import post_comment

pytestmark = pytest.mark.django_db

PER_READER = re.compile(r"csrfmiddlewaretoken|nonce=|name=\"timestamp\"|menunggu moderasi", re.I)


def _reader(n: int) -> Client:
    """A browser with cookies of its own: a poll id, a CSRF cookie, a form ticket."""
    client = Client()
    client.cookies["kabar_pembaca"] = f"pembaca-{n}"
    client.cookies["csrftoken"] = f"token-{n}" * 4
    client.cookies[COOKIE_NAME] = new_ticket_value()
    return client


def test_two_readers_get_byte_identical_pages(public_paths):
    for path in public_paths:
        first = _reader(1).get(path, HTTP_ACCEPT_ENCODING="")
        second = _reader(2).get(path, HTTP_ACCEPT_ENCODING="")
        assert first.status_code == second.status_code == 200, path
        assert first.content == second.content, path
        assert first["ETag"] == second["ETag"], path
        assert not first.cookies and not second.cookies, path
        assert "Cookie" not in first.get("Vary", ""), path


def test_a_public_page_carries_nothing_of_any_reader(story, public_paths):
    for path in public_paths:
        text = Client().get(path, HTTP_ACCEPT_ENCODING="").content.decode()
        assert not PER_READER.search(text), (path, PER_READER.search(text))


def test_a_readers_pending_comment_never_reaches_the_shared_page(story):
    url = story.get_absolute_url()
    Client().get(url)  # the shared page is kept before the comment
    author = Client()
    response = post_comment(author, story, body="Pendapat saya yang menunggu.")
    assert response.status_code == 303
    mine = author.get(url)
    assert "Pendapat saya yang menunggu." in mine.content.decode()
    assert "menunggu moderasi" in mine.content.decode()
    assert "private" in mine["Cache-Control"] and "no-store" in mine["Cache-Control"]
    for reader in (Client(), _reader(3)):
        shared = reader.get(url)
        assert "Pendapat saya" not in shared.content.decode()
        assert "public" in shared["Cache-Control"]


def test_the_readers_vote_is_not_in_the_shared_page(story):
    voter = Client()
    voter.post(f"/tanggapan/{story.pk}/", {"reaction": "marah"})
    page = voter.get(story.get_absolute_url()).content.decode()
    assert "checked" not in page
    assert voter.get(f"/tanggapan/{story.pk}/").json()["choice"] == "marah"


def test_staff_previews_are_private_and_never_kept(story, editor_client):
    story.status = story.Status.DRAFT
    story.save()
    preview = editor_client.get(story.get_absolute_url())
    assert preview.status_code == 200
    assert "no-store" in preview["Cache-Control"] and "private" in preview["Cache-Control"]
    assert Client().get(story.get_absolute_url()).status_code == 404
