"""Anti-abuse without a captcha: honeypot, form timer, rate limit, duplicates, words."""

import time

import pytest
from django.core.cache import cache
from django.test import Client
from django.urls import reverse

from comments.models import Comment
from comments.tickets import COOKIE_NAME, new_ticket_value
from tests.comments.factories import form_data, post_comment
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_honeypot_is_stored_as_spam_and_answered_as_accepted(client, reader_client, article):
    response = post_comment(client, article, situs_web="https://spam.example", body="Beli!")
    comment = Comment.objects.get()
    assert response.status_code == 303
    assert response["Location"].endswith(f"#komentar-{comment.pk}")
    assert (comment.status, comment.flag) == (Comment.Status.SPAM, Comment.Flag.HONEYPOT)
    # The bot sees what an honest author sees; readers see nothing.
    assert "menunggu moderasi" in client.get(article.get_absolute_url()).content.decode()
    assert "Beli!" not in reader_client.get(article.get_absolute_url()).content.decode()


def test_honeypot_field_name_comes_from_settings(client, article, settings):
    settings.COMMENTS_HONEYPOT_FIELD = "alamat_rumah"
    html = client.get(article.get_absolute_url()).content.decode()
    assert 'name="alamat_rumah"' in html
    post_comment(client, article, alamat_rumah="x")
    assert Comment.objects.get().status == Comment.Status.SPAM


def test_too_fast_is_refused(client, article, settings):
    settings.COMMENTS_MIN_FORM_SECONDS = 3
    response = post_comment(client, article, ticket=new_ticket_value(), body="Cepat sekali.")
    assert response.status_code == 400
    assert "terlalu cepat" in response.content.decode()
    assert "Cepat sekali." in response.content.decode()
    assert not Comment.objects.exists()
    # The clock keeps running: the ticket is not replaced.
    assert COOKIE_NAME not in response.cookies


def test_after_the_minimum_it_is_accepted(client, article, settings):
    settings.COMMENTS_MIN_FORM_SECONDS = 3
    served = new_ticket_value(now=time.time() - 4)
    assert post_comment(client, article, ticket=served).status_code == 303


def test_too_old_is_refused_and_a_fresh_ticket_given(client, article, settings):
    served = new_ticket_value(now=time.time() - settings.COMMENTS_MAX_FORM_SECONDS - 1)
    response = post_comment(client, article, ticket=served)
    assert response.status_code == 400
    assert "terlalu lama" in response.content.decode()
    assert response.cookies[COOKIE_NAME].value != served
    # Sending again with the ticket just given works.
    again = client.post(reverse("comments:post", args=[article.pk]), form_data(article))
    assert again.status_code == 303


@pytest.mark.parametrize("forged", [None, "", "123", "eyJ0IjowLCJuIjoieCJ9:forged"])
def test_missing_or_forged_ticket_is_refused(client, article, forged):
    response = post_comment(client, article, ticket=forged)
    assert response.status_code == 400
    assert "Formulir tidak sah" in response.content.decode()
    assert response.cookies[COOKIE_NAME]["path"] == "/komentar/"


def test_a_ticket_carries_one_comment(client, article):
    ticket = new_ticket_value(now=time.time() - 60)
    assert post_comment(client, article, ticket=ticket, body="Pertama.").status_code == 303
    replayed = post_comment(Client(), article, ticket=ticket, body="Kedua, dari robot.")
    assert replayed.status_code == 400
    assert "sudah dipakai" in replayed.content.decode()
    assert Comment.objects.count() == 1


def test_the_accepted_answer_gives_the_next_ticket(client, article):
    response = post_comment(client, article)
    assert response.status_code == 303
    ticket = response.cookies[COOKIE_NAME]
    assert ticket["httponly"] and ticket["samesite"] == "Lax" and ticket["path"] == "/komentar/"
    again = client.post(reverse("comments:post", args=[article.pk]), form_data(article))
    assert again.status_code == 303


def test_the_ticket_stylesheet_gives_a_ticket_and_keeps_a_good_one(client):
    first = client.get(reverse("comments:ticket"))
    assert first.status_code == 200
    assert first["Content-Type"].startswith("text/css")
    assert "no-store" in first["Cache-Control"]
    given = first.cookies[COOKIE_NAME].value
    again = client.get(reverse("comments:ticket"))
    assert COOKIE_NAME not in again.cookies
    assert client.cookies[COOKIE_NAME].value == given


def test_rate_limit_answers_429_in_indonesian(client, article):
    codes = [post_comment(client, article).status_code for _ in range(6)]
    assert codes == [303] * 5 + [429]
    response = post_comment(client, article)
    assert "Terlalu banyak permintaan" in response.content.decode()
    assert Comment.objects.count() == 5


def test_rate_limit_lives_in_the_shared_cache(client, article):
    for _ in range(5):
        post_comment(client, article)
    # Another server process shares nothing but the cache: clearing it is
    # what frees the client, so the count was kept there.
    cache.clear()
    assert post_comment(client, article).status_code == 303


def test_rate_limit_is_per_client(client, article):
    for _ in range(5):
        post_comment(client, article, REMOTE_ADDR="198.51.100.1")
    assert post_comment(client, article, REMOTE_ADDR="198.51.100.1").status_code == 429
    assert post_comment(client, article, REMOTE_ADDR="198.51.100.2").status_code == 303


def test_forwarded_for_is_ignored_without_trusted_proxies(client, article):
    for n in range(5):
        post_comment(client, article, HTTP_X_FORWARDED_FOR=f"10.0.0.{n}")
    response = post_comment(client, article, HTTP_X_FORWARDED_FOR="10.0.0.99")
    assert response.status_code == 429
    assert set(Comment.objects.values_list("ip_address", flat=True)) == {"127.0.0.1"}


def test_forwarded_for_from_a_trusted_proxy_names_the_client(client, article, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    for _ in range(5):
        post_comment(client, article, HTTP_X_FORWARDED_FOR="1.2.3.4, 203.0.113.5")
    blocked = post_comment(client, article, HTTP_X_FORWARDED_FOR="9.9.9.9, 203.0.113.5")
    other = post_comment(client, article, HTTP_X_FORWARDED_FOR="203.0.113.6")
    assert (blocked.status_code, other.status_code) == (429, 303)
    assert Comment.objects.filter(ip_address="203.0.113.5").count() == 5


def test_rate_comes_from_settings(client, article, settings):
    settings.COMMENTS_RATE_LIMIT = "2/m"
    codes = [post_comment(client, article).status_code for _ in range(3)]
    assert codes == [303, 303, 429]


def test_a_repeat_from_the_same_browser_goes_to_the_first_comment(client, article):
    first = post_comment(client, article, email="sama@contoh.id", body="Komentar yang sama.")
    again = post_comment(client, article, email="sama@contoh.id", body="Komentar yang sama.")
    assert again.status_code == 303
    assert again["Location"] == first["Location"]
    assert Comment.objects.count() == 1


def test_same_text_by_another_reader_or_on_another_article_is_fine(client, article):
    post_comment(client, article, email="a@contoh.id", body="Setuju.")
    assert post_comment(client, article, email="b@contoh.id", body="Setuju.").status_code == 303
    other = make_article()
    assert post_comment(client, other, email="a@contoh.id", body="Setuju.").status_code == 303


def test_block_word_is_spam_and_watch_word_held(client, article, settings):
    settings.COMMENTS_BLOCK_WORDS = ["slot gacor"]
    settings.COMMENTS_WATCH_WORDS = ["bodoh"]
    assert post_comment(client, article, body="Main slot gacor di sini").status_code == 303
    assert post_comment(client, article, body="Artikel bodoh").status_code == 303
    flags = dict(Comment.objects.values_list("flag", "status"))
    assert flags == {"block_word": "spam", "watch_word": "pending"}
