"""The reader cookie: a tampered or foreign cookie is a new reader, never someone else."""

import pytest
from django.http import HttpRequest, HttpResponse
from django.test import Client, override_settings

from articles.poll.models import ReactionVote
from articles.poll.results import poll_results
from articles.poll.services import reader_hash

SALT = "articles.poll.reader"


def _reader_id(settings, client) -> str:
    request = HttpRequest()
    request.COOKIES = {settings.POLL_COOKIE_NAME: client.cookies[settings.POLL_COOKIE_NAME].value}
    return request.get_signed_cookie(settings.POLL_COOKIE_NAME, salt=SALT)


def _signed(name: str, value: str, *, salt: str) -> str:
    response = HttpResponse()
    response.set_signed_cookie(name, value, salt=salt)
    return response.cookies[name].value


def _vote(client, url, reaction):
    return client.post(url, {"reaction": reaction}, HTTP_ACCEPT="application/json")


@pytest.fixture
def first_reader(settings, article, options, vote_url):
    reader = Client()
    _vote(reader, vote_url, "senang")
    return reader


def _assert_new_reader(settings, article, first_reader, answer, forged_value):
    """The forged vote added a reader and left the first reader's vote alone."""
    data = answer.json()
    assert data["total"] == 2
    assert data["choice"] == "marah"
    first_hash = reader_hash(_reader_id(settings, first_reader))
    assert poll_results(article=article, voter_hash=first_hash).choice == "senang"
    new_cookie = answer.cookies[settings.POLL_COOKIE_NAME].value
    assert new_cookie != forged_value
    assert _reader_id(settings, first_reader) not in new_cookie
    assert ReactionVote.objects.count() == 2


@pytest.mark.django_db
def test_tampered_cookie_is_a_new_reader(settings, article, vote_url, first_reader):
    value = first_reader.cookies[settings.POLL_COOKIE_NAME].value
    reader_id, rest = value.split(":", 1)
    tampered = f"{reader_id[:-1]}{'A' if reader_id[-1] != 'A' else 'B'}:{rest}"
    forger = Client()
    forger.cookies[settings.POLL_COOKIE_NAME] = tampered
    answer = _vote(forger, vote_url, "marah")
    _assert_new_reader(settings, article, first_reader, answer, tampered)


@pytest.mark.django_db
def test_foreign_cookie_naming_an_existing_reader_is_a_new_reader(
    settings, article, vote_url, first_reader
):
    # Someone who learnt the first reader's id signs it with another key.
    reader_id = _reader_id(settings, first_reader)
    with override_settings(SECRET_KEY="another-site-secret-0123456789-abcdefghijklmnop"):
        foreign = _signed(settings.POLL_COOKIE_NAME, reader_id, salt=SALT)
    forger = Client()
    forger.cookies[settings.POLL_COOKIE_NAME] = foreign
    answer = _vote(forger, vote_url, "marah")
    _assert_new_reader(settings, article, first_reader, answer, foreign)


@pytest.mark.django_db
def test_unsigned_cookie_is_a_new_reader(settings, article, vote_url, first_reader):
    forger = Client()
    forger.cookies[settings.POLL_COOKIE_NAME] = _reader_id(settings, first_reader)
    answer = _vote(forger, vote_url, "marah")
    _assert_new_reader(settings, article, first_reader, answer, "")


@pytest.mark.django_db
def test_cookie_signed_for_another_purpose_is_refused(settings, article, vote_url, first_reader):
    reader_id = _reader_id(settings, first_reader)
    other_purpose = _signed(settings.POLL_COOKIE_NAME, reader_id, salt="another.purpose")
    forger = Client()
    forger.cookies[settings.POLL_COOKIE_NAME] = other_purpose
    answer = _vote(forger, vote_url, "marah")
    _assert_new_reader(settings, article, first_reader, answer, other_purpose)


@pytest.mark.django_db
def test_the_genuine_cookie_is_the_same_reader(settings, article, vote_url, first_reader):
    data = _vote(first_reader, vote_url, "marah").json()
    assert data["total"] == 1
    assert data["choice"] == "marah"
