"""A changed date or slug leaves a 301 from every old URL, straight to the current one."""

from datetime import timedelta

import pytest
import reversion
from django.urls import reverse
from django.utils import timezone
from reversion.models import Version

from articles.models import Article
from articles.permalinks.models import OldPermalink
from tests.desk.forms import change_form, local_fields
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def _change(article):
    return reverse("admin:articles_article_change", args=[article.pk])


def _save(client, article, **changes):
    article = Article.objects.get(pk=article.pk)
    form = change_form(article, opened=article, confirm_new_address="on", **changes)
    response = client.post(_change(article), form)
    assert response.status_code == 302, response.content.decode()[:2000]
    return Article.objects.get(pk=article.pk)


def test_every_old_url_redirects_to_the_current_one(client, editor_client, article):
    urls = [article.get_absolute_url()]
    article = _save(editor_client, article, slug="slug-kedua")
    urls.append(article.get_absolute_url())
    article = _save(
        editor_client, article, **local_fields(article.published_at - timedelta(days=2))
    )
    urls.append(article.get_absolute_url())
    article = _save(editor_client, article, slug="slug-ketiga")
    current = article.get_absolute_url()
    assert len(set(urls + [current])) == 4
    client.logout()
    for url in urls:
        response = client.get(url)
        assert response.status_code == 301, url
        assert response["Location"] == current  # one hop, never a chain
    assert client.get(current).status_code == 200


def test_publishing_yesterdays_draft_redirects_its_preview_address(
    client, editor_client, yesterdays_draft
):
    preview = yesterdays_draft.get_absolute_url()
    client.logout()
    assert client.get(preview).status_code == 404  # a draft: nothing for readers yet
    editor_client.force_login(yesterdays_draft.editor)
    editor_client.post(
        reverse("admin:articles_article_changelist"),
        {"action": "publish", "_selected_action": [yesterdays_draft.pk]},
    )
    editor_client.logout()
    published = Article.objects.get(pk=yesterdays_draft.pk)
    assert published.get_absolute_url() != preview
    response = client.get(preview)
    assert response.status_code == 301
    assert response["Location"] == published.get_absolute_url()


def test_an_address_taken_back_is_the_articles_own_again(client, editor_client, article):
    first = article.get_absolute_url()
    article = _save(editor_client, article, slug="sementara")
    article = _save(editor_client, article, slug=Article.objects.get(pk=article.pk).slug)
    article = _save(editor_client, article, slug=first.rstrip("/").rsplit("/", 1)[1])
    assert article.get_absolute_url() == first
    assert not OldPermalink.objects.filter(path=first).exists()
    client.logout()
    assert client.get(first).status_code == 200


def test_an_old_address_another_article_now_has_is_that_articles(client, category):
    moved = make_article(
        category=category, slug="rapat", published_at=timezone.now() - timedelta(hours=2)
    )
    old = moved.get_absolute_url()
    moved.slug = "rapat-kabinet"
    moved.save()
    newcomer = make_article(category=category, slug="rapat", published_at=moved.published_at)
    assert newcomer.get_absolute_url() == old
    response = client.get(old)
    assert response.status_code == 200
    assert newcomer.title in response.content.decode()


def test_an_old_address_of_an_article_taken_off_answers_404(client, article):
    old = article.get_absolute_url()
    article.slug = "baru"
    article.save()
    Article.objects.filter(pk=article.pk).update(status=Article.Status.DRAFT)
    assert client.get(old).status_code == 404


def test_restoring_a_revision_that_had_another_address_redirects_the_one_it_leaves(client, article):
    with reversion.create_revision():
        article.save()
    first = article.get_absolute_url()
    with reversion.create_revision():
        article.slug = "judul-diralat"
        article.save()
    second = article.get_absolute_url()
    Version.objects.get_for_object(article).last().revert()
    assert Article.objects.get(pk=article.pk).get_absolute_url() == first
    response = client.get(second)
    assert response.status_code == 301 and response["Location"] == first


def test_saves_that_keep_the_address_write_no_old_address(editor_client, article):
    _save(editor_client, article, title="Judul baru")
    _save(editor_client, article, body="<p>Isi baru.</p>")
    assert not OldPermalink.objects.exists()


def test_odd_paths_answer_404_without_a_database_error(client):
    for path in ("/2024/01/02/a%00b/", "/2024/01/02/" + "x" * 700 + "/"):
        assert client.get(path).status_code == 404
