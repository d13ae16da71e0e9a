"""A live article whose words an editor changes says so on its page: "Diperbarui …"."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import timezone

from articles.models import Article
from tests.desk.forms import change_form
from tests.factories import make_article, make_tag

pytestmark = pytest.mark.django_db


def _change(article):
    return reverse("admin:articles_article_change", args=[article.pk])


def _revised_line(client, article):
    page = BeautifulSoup(client.get(article.get_absolute_url()).content, "html.parser")
    line = page.select_one(".article__revised")
    return line.get_text(" ", strip=True) if line else None


def test_a_correction_to_a_live_article_is_shown_with_its_time(editor_client, category, client):
    story = make_article(
        title="Banjir Rob", category=category, published_at=timezone.now() - timedelta(hours=3)
    )
    assert _revised_line(client, story) is None
    response = editor_client.post(
        _change(story), change_form(story, opened=story, body="<p>Angka korban diralat.</p>")
    )
    assert response.status_code == 302
    story.refresh_from_db()
    assert timezone.now() - story.revised_at < timedelta(minutes=1)
    stamp = timezone.localtime(story.revised_at).strftime("%H:%M")
    line = _revised_line(client, story)
    assert line.startswith("· Diperbarui") and line.endswith(f"{stamp} WIB"), line


def test_saves_that_change_no_words_or_come_early_are_not_announced(
    editor_client, category, client
):
    story = make_article(category=category, published_at=timezone.now() - timedelta(hours=3))
    tag = make_tag()
    form = change_form(story, opened=story, tags=[tag.pk])
    assert editor_client.post(_change(story), form).status_code == 302
    assert Article.objects.get(pk=story.pk).revised_at is None
    # A typo fixed five minutes after publication.
    fresh = make_article(category=category, published_at=timezone.now() - timedelta(minutes=5))
    form = change_form(fresh, opened=fresh, title="Judul yang diperbaiki")
    assert editor_client.post(_change(fresh), form).status_code == 302
    fresh.refresh_from_db()
    assert fresh.revised_at is not None
    assert _revised_line(client, fresh) is None


def test_a_draft_s_edits_are_not_revisions(editor_client, yesterdays_draft):
    form = change_form(yesterdays_draft, opened=yesterdays_draft, title="Judul draf baru")
    assert editor_client.post(_change(yesterdays_draft), form).status_code == 302
    assert Article.objects.get(pk=yesterdays_draft.pk).revised_at is None
