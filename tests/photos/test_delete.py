"""Deleting a library photo names the articles that would show it no more."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from articles.sanitize import sanitize_article_html
from tests.factories import make_article
from tests.photos.conftest import make_photo
from tests.photos.test_body import figure

pytestmark = pytest.mark.django_db


def _listed(response) -> str:
    return BeautifulSoup(response.content, "html.parser").get_text(" ")


def test_the_delete_page_names_the_articles_showing_the_photo(admin_client):
    photo = make_photo((400, 300))
    featured = make_article(title="Banjir Bandang di Garut", featured_photo=photo)
    inline = make_article(
        title="Gempa Cianjur", body=sanitize_article_html(f"<p>a</p>{figure(photo)}")
    )
    other = make_article(title="Tanpa Foto Ini")
    response = admin_client.get(reverse("admin:articles_photo_delete", args=[photo.pk]))
    assert response.status_code == 200
    text = _listed(response)
    assert f"Artikel “{featured.title}” akan tampil tanpa foto ini" in text
    assert f"Artikel “{inline.title}” akan tampil tanpa foto ini" in text
    assert other.title not in text


def test_the_bulk_delete_names_them_too_and_a_title_is_escaped(admin_client):
    photo = make_photo((400, 300))
    make_article(title="<b>Judul</b> & lainnya", featured_photo=photo)
    response = admin_client.post(
        reverse("admin:articles_photo_changelist"),
        {"action": "delete_selected", "_selected_action": [photo.pk]},
    )
    assert response.status_code == 200
    assert "Artikel “<b>Judul</b> & lainnya” akan tampil tanpa foto ini" in _listed(response)
    assert "<b>Judul</b>" not in response.content.decode()


def test_a_bulk_delete_asks_once_whatever_the_number_of_photos(admin_client):
    photos = [make_photo((400, 300)) for _ in range(3)]
    for photo in photos:
        make_article(featured_photo=photo)
    url = reverse("admin:articles_photo_changelist")
    data = {"action": "delete_selected", "_selected_action": [p.pk for p in photos]}
    admin_client.post(url, data)  # warmed: sessions, permissions
    with CaptureQueriesContext(connection) as one:
        admin_client.post(url, {**data, "_selected_action": [photos[0].pk]})
    with CaptureQueriesContext(connection) as three:
        response = admin_client.post(url, data)
    assert response.content.decode().count("akan tampil tanpa foto ini") == 3
    # The bodies are never read: the photos they show are looked up in an index.
    assert not [q["sql"] for q in three.captured_queries if "data-photo" in q["sql"]]
    assert len(three.captured_queries) - len(one.captured_queries) <= 4
