"""Every save of an article is a revision: listed with who and when, compared, restored."""

import pytest
from django.urls import reverse
from reversion.models import Version

from articles.models import Article
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def _form(article, **changes) -> dict:
    """The article's change form as the admin posts it."""
    data = {
        "title": article.title,
        "slug": article.slug,
        "lead": article.lead,
        "body": article.body,
        "dateline": article.dateline,
        "status": article.status,
        "published_at_0": article.published_at.strftime("%Y-%m-%d"),
        "published_at_1": article.published_at.strftime("%H:%M:%S"),
        "editor": article.editor_id,
        "comments_open": "on",
        "category": article.category_id,
    }
    data.update(changes)
    return data


@pytest.fixture
def story(category, editor_user):
    return make_article(
        title="Judul pertama", lead="Ringkasan pertama.", category=category, editor=editor_user
    )


def _save(client, article, **changes):
    response = client.post(
        reverse("admin:articles_article_change", args=[article.pk]), _form(article, **changes)
    )
    assert response.status_code == 302, response.content.decode()[:1500]


def test_every_save_is_kept_with_who_and_when(editor_client, editor_user, story):
    _save(editor_client, story, title="Judul kedua")
    _save(editor_client, Article.objects.get(pk=story.pk), body="<p>Isi yang baru.</p>")
    versions = Version.objects.get_for_object(story)
    assert versions.count() == 2
    assert {v.revision.user for v in versions} == {editor_user}
    assert versions[0].field_dict["body"] == "<p>Isi yang baru.</p>"
    history = editor_client.get(reverse("admin:articles_article_history", args=[story.pk]))
    assert history.status_code == 200
    text = history.content.decode()
    assert editor_user.username in text


def test_two_versions_compare_as_a_diff(editor_client, story):
    _save(editor_client, story, title="Judul pertama")
    _save(editor_client, Article.objects.get(pk=story.pk), title="Judul yang diubah")
    newer, older = Version.objects.get_for_object(story)[:2]
    response = editor_client.get(
        reverse("admin:articles_article_compare", args=[story.pk]),
        {"version_id1": older.pk, "version_id2": newer.pk},
    )
    assert response.status_code == 200
    text = response.content.decode()
    assert "Judul pertama" in text and "Judul yang diubah" in text
    assert "<del>" in text or "<ins>" in text


def test_restoring_an_old_version_is_a_new_revision(editor_client, story):
    _save(editor_client, story, title="Judul pertama")
    _save(editor_client, Article.objects.get(pk=story.pk), title="Judul yang salah")
    first = Version.objects.get_for_object(story).last()
    url = reverse("admin:articles_article_revision", args=[story.pk, first.pk])
    assert editor_client.get(url).status_code == 200
    response = editor_client.post(
        url, _form(Article.objects.get(pk=story.pk), title="Judul pertama")
    )
    assert response.status_code == 302
    assert Article.objects.get(pk=story.pk).title == "Judul pertama"
    assert Version.objects.get_for_object(story).count() == 3


def test_bulk_publish_and_unpublish_are_revisions_too(editor_client, editor_user, category):
    draft = make_article(category=category, status=Article.Status.DRAFT, editor=editor_user)
    changelist = reverse("admin:articles_article_changelist")
    editor_client.post(changelist, {"action": "publish", "_selected_action": [draft.pk]})
    editor_client.post(changelist, {"action": "unpublish", "_selected_action": [draft.pk]})
    statuses = [v.field_dict["status"] for v in Version.objects.get_for_object(draft)]
    assert statuses == ["draft", "published"]
    assert all(v.revision.user == editor_user for v in Version.objects.get_for_object(draft))
