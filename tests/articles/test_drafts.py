"""A draft needs only a title; publishing or scheduling names what is still missing."""

import pytest
from django.contrib.messages import get_messages
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from articles.models import Article
from tests.factories import make_article

pytestmark = pytest.mark.django_db

ADD = "admin:articles_article_add"
REQUIRED = "Wajib diisi untuk menerbitkan atau menjadwalkan."


def _form(editor_user, **fields) -> dict:
    now = timezone.localtime()
    data = {
        "title": "",
        "slug": "",
        "lead": "",
        "body": "",
        "dateline": "",
        "status": "draft",
        "published_at_0": now.strftime("%Y-%m-%d"),
        "published_at_1": now.strftime("%H:%M:%S"),
        "editor": editor_user.pk,
        "comments_open": "on",
        "category": "",
    }
    data.update(fields)
    return data


def test_a_draft_is_saved_with_only_a_title(editor_client, editor_user):
    for title in ("Catatan awal liputan", "Catatan kedua"):
        response = editor_client.post(reverse(ADD), _form(editor_user, title=title))
        assert response.status_code == 302, response.content.decode()[:1500]
    drafts = Article.objects.filter(status=Article.Status.DRAFT)
    assert drafts.count() == 2
    assert {(a.slug, a.body, a.category_id) for a in drafts} == {("", "", None)}


def test_publishing_an_incomplete_article_names_what_is_missing(editor_client, editor_user):
    response = editor_client.post(
        reverse(ADD), _form(editor_user, title="Terburu-buru", status="published")
    )
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert set(errors) == {"category", "slug", "lead", "body"}
    assert all(REQUIRED in messages for messages in errors.values())
    assert not Article.objects.exists()


def test_scheduling_needs_the_same(editor_client, editor_user, category):
    later = timezone.localtime() + timezone.timedelta(days=1)
    response = editor_client.post(
        reverse(ADD),
        _form(
            editor_user,
            title="Terjadwal",
            slug="terjadwal",
            category=category.pk,
            status="published",
            published_at_0=later.strftime("%Y-%m-%d"),
        ),
    )
    assert response.status_code == 200
    assert set(response.context["adminform"].form.errors) == {"lead", "body"}


def test_bulk_publish_refuses_an_incomplete_draft_by_name(editor_client, editor_user):
    draft = Article.objects.create(title="Belum lengkap", editor=editor_user)
    response = editor_client.post(
        reverse("admin:articles_article_changelist"),
        {"action": "publish", "_selected_action": [draft.pk]},
    )
    assert response.status_code == 302
    texts = [str(m) for m in get_messages(response.wsgi_request)]
    assert any("Belum lengkap" in t and "kategori" in t and "isi" in t for t in texts), texts
    draft.refresh_from_db()
    assert draft.status == Article.Status.DRAFT


def test_the_database_refuses_a_published_article_without_category_or_slug(editor_user):
    with pytest.raises(IntegrityError), transaction.atomic():
        Article.objects.create(
            title="Tanpa kategori", slug="x", editor=editor_user, status="published"
        )
    with pytest.raises(IntegrityError), transaction.atomic():
        make_article(slug="")


def test_a_draft_without_category_previews_and_has_no_address_yet(editor_client, editor_user):
    sluggish = Article.objects.create(title="Tanpa slug", editor=editor_user)
    assert sluggish.get_absolute_url() is None
    change = editor_client.get(reverse("admin:articles_article_change", args=[sluggish.pk]))
    assert change.status_code == 200
    preview = Article.objects.create(title="Pratinjau", slug="pratinjau", editor=editor_user)
    assert editor_client.get(preview.get_absolute_url()).status_code == 200


def test_a_refused_publication_keeps_the_publish_button(editor_client, editor_user):
    draft = Article.objects.create(title="Belum lengkap", editor=editor_user)
    change = reverse("admin:articles_article_change", args=[draft.pk])
    form = _form(editor_user, title="Belum lengkap", status="published")
    response = editor_client.post(change, {**form, "_publish": "1"})
    assert response.status_code == 200
    page = response.content.decode()
    assert REQUIRED in page
    assert 'id="desk-publish"' in page
    assert ">Terbitkan</button>" in page
    draft.refresh_from_db()
    assert draft.status == Article.Status.DRAFT


def test_a_published_article_has_no_publish_button(editor_client, editor_user, category):
    article = make_article(category=category, editor=editor_user)
    response = editor_client.get(reverse("admin:articles_article_change", args=[article.pk]))
    assert 'id="desk-publish"' not in response.content.decode()
