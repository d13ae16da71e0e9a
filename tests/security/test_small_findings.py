"""The probe's smaller findings: robots.txt, absolute URLs, names, mail, CSRF, echoes."""

import json
import time

import pytest
from django.test import Client
from django.urls import reverse

from comments.models import Comment
from tests.comments.factories import post_comment
from tests.tasks.helpers import silent_server

pytestmark = pytest.mark.django_db


def test_robots_txt_does_not_give_the_admin_away(client, settings):
    # The admin's address is fixed when the URLconf is first loaded.
    admin_path = reverse("admin:index")
    text = client.get("/robots.txt").content.decode()
    assert admin_path not in text and "admin" not in text
    assert "Sitemap:" in text


def test_admin_pages_tell_search_engines_to_stay_out(client):
    login = client.get(reverse("admin:login"))
    assert login.status_code == 200
    assert login["X-Robots-Tag"] == "noindex, nofollow"
    assert client.get(reverse("admin:index"))["X-Robots-Tag"] == "noindex, nofollow"
    assert "X-Robots-Tag" not in client.get("/")


def test_absolute_urls_come_from_site_url_not_the_host_header(article, settings):
    settings.SITE_URL = "https://kabar.example.id"
    client = Client(HTTP_HOST="localhost:1337")
    pages = [
        article.get_absolute_url(),
        article.category.get_absolute_url(),
        "/feed/",
        f"/kategori/{article.category.slug}/feed/",
        "/sitemap.xml",
        "/sitemap-news.xml",
        "/robots.txt",
    ]
    for path in pages:
        response = client.get(path)
        assert response.status_code == 200, path
        text = response.content.decode()
        assert "1337" not in text and "localhost" not in text, path
        assert "https://kabar.example.id/" in text, path


@pytest.mark.parametrize("name", ["Budi\r\nBcc: x@contoh.example", "Budi\nSetiawan", "Bu\x00di"])
def test_a_name_with_line_breaks_or_control_characters_is_refused(client, article, name):
    response = post_comment(client, article, name=name)
    assert response.status_code == 400
    assert "Nama hanya boleh satu baris" in response.content.decode()
    assert not Comment.objects.exists()


def test_a_huge_comment_is_not_echoed_back_whole(client, article):
    response = post_comment(client, article, body="x" * 1_000_000, name="y" * 100_000)
    assert response.status_code == 400
    # A comment somewhat too long comes back whole to be shortened; not a megabyte.
    assert len(response.content) < 60_000
    text = response.content.decode()
    assert "Paling banyak" in text and "x" * 4000 in text
    assert "x" * 20_001 not in text and "y" * 1001 not in text


def test_the_csrf_failure_page_is_indonesian_and_passes_the_csp(article):
    strict = Client(enforce_csrf_checks=True)
    response = post_comment(strict, article)
    assert response.status_code == 403
    text = response.content.decode()
    assert "pemeriksaan keamanannya gagal" in text
    assert "<style" not in text and "style=" not in text
    assert "CSRF verification failed" not in text
    as_json = strict.post(
        reverse("comments:post", args=[article.pk]), {}, HTTP_ACCEPT="application/json"
    )
    assert as_json.status_code == 403
    assert "keamanan" in json.loads(as_json.content)["error"]


@pytest.fixture
def silent_mail_server():
    """An SMTP server that accepts the connection and then never says a word."""
    with silent_server() as (port, _held):
        yield port


def test_a_hanging_mail_server_cannot_hold_a_comment_post(
    client, article, settings, silent_mail_server
):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = silent_mail_server
    settings.EMAIL_TIMEOUT = 1
    settings.MODERATOR_EMAILS = ["moderator@contoh.example"]
    started = time.monotonic()
    response = post_comment(client, article)
    elapsed = time.monotonic() - started
    assert response.status_code == 303
    assert Comment.objects.count() == 1
    assert elapsed < 5


def test_mail_has_a_timeout_by_default():
    from django.conf import settings
    from django.core.mail import get_connection

    assert 0 < settings.EMAIL_TIMEOUT <= 30
    smtp = get_connection("django.core.mail.backends.smtp.EmailBackend")
    assert smtp.timeout == settings.EMAIL_TIMEOUT
