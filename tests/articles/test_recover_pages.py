"""The deleted articles' pages (django-reversion's) speak Indonesian."""

import pytest
import reversion
from bs4 import BeautifulSoup
from django.urls import reverse
from reversion.models import Version

from tests.factories import make_article

pytestmark = pytest.mark.django_db


def _text(response) -> str:
    return " ".join(
        BeautifulSoup(response.content, "html.parser").select_one("#content").stripped_strings
    )


def test_the_deleted_articles_list_and_a_recovery_page_are_in_indonesian(editor_client):
    article = make_article(title="Uji tautan yang dihapus")
    with reversion.create_revision():
        article.save()
    editor_client.post(reverse("admin:articles_article_delete", args=[article.pk]), {"post": "yes"})
    listing = editor_client.get(reverse("admin:articles_article_recoverlist"))
    assert listing.status_code == 200
    text = _text(listing)
    assert "Pulihkan" in text and "yang terhapus" in text
    assert "Recover" not in text and "Choose a date" not in text
    deleted = Version.objects.get_deleted(type(article)).get()
    page = editor_client.get(reverse("admin:articles_article_recover", args=[deleted.pk]))
    assert page.status_code == 200
    text = _text(page)
    assert f"Pulihkan {article.title}" in text
    assert "Press the save button" not in text and "Recover" not in text
