""" "Pratinjau": the reader's page from the form's current content, saving nothing, staff only."""

import pytest
from django.urls import reverse

from articles.models import Article
from articles.page_keys import ARTICLES, article_key
from portal.page_cache.store import generations
from tests.desk.forms import change_form
from tests.factories import make_tag, make_user

pytestmark = pytest.mark.django_db


def _url(view, *args):
    return reverse(f"admin:articles_article_{view}", args=args)


def test_the_preview_shows_the_unsaved_form_as_readers_will_see_it(editor_client, article):
    tag = make_tag(name="Banjir Rob", slug="banjir-rob")
    keys = generations([article_key(article.pk), ARTICLES])
    form = change_form(
        article,
        title="Judul yang belum disimpan",
        body='<p>Isi baru <script>alert(1)</script><a href="javascript:x">tautan</a>.</p>',
        tags=[tag.pk],
    )
    response = editor_client.post(_url("preview", article.pk), form)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Judul yang belum disimpan" in html
    assert "Isi baru" in html and "<script>alert" not in html and "javascript:" not in html
    assert "Banjir Rob" in html  # the form's tags, not the stored ones
    assert 'class="article__title"' in html  # the reader's own template
    assert "Pratinjau dari formulir" in html
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert "noindex" in response["X-Robots-Tag"]
    stored = Article.objects.get(pk=article.pk)
    assert stored.title == article.title and not stored.tags.exists()
    assert generations([article_key(article.pk), ARTICLES]) == keys


def test_a_new_article_previews_before_it_exists(editor_client, editor_user, category):
    response = editor_client.post(
        _url("preview_new"),
        {
            "title": "Belum pernah disimpan",
            "lead": "Ringkasan.",
            "body": "<p>Isi pertama.</p>",
            "category": category.pk,
            "editor": editor_user.pk,
            "status": "draft",
        },
    )
    assert response.status_code == 200
    assert "Belum pernah disimpan" in response.content.decode()
    # Dated when it is published, not now: the page says so.
    assert "Belum terbit: bertanggal saat diterbitkan" in response.content.decode()
    assert not Article.objects.exists()


def test_a_live_article_s_preview_keeps_its_date(editor_client, article):
    response = editor_client.post(_url("preview", article.pk), change_form(article))
    html = response.content.decode()
    assert "Belum terbit" not in html and "<time datetime=" in html


def test_only_editors_may_preview_and_only_by_post(client, editor_client, article):
    assert editor_client.get(_url("preview", article.pk)).status_code == 405
    client.logout()
    response = client.post(_url("preview", article.pk), {"title": "x"})
    assert response.status_code == 302 and "/login/" in response.url
    client.force_login(make_user(is_staff=True))
    assert client.post(_url("preview", article.pk), {"title": "x"}).status_code == 403


def test_the_form_has_the_preview_button_opening_a_new_tab(editor_client, article):
    html = editor_client.get(_url("change", article.pk)).content.decode()
    assert f'formaction="{_url("preview", article.pk)}" formtarget="_blank"' in html
