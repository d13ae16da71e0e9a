"""Autosave keeps what is typed on the server as a revision, never publishing or touching caches."""

from datetime import timedelta

import pytest
from django.db.models.signals import post_save
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from reversion.models import Version

from articles.desk.history import AUTOSAVE_COMMENT
from articles.desk.models import NewArticleAutosave
from articles.models import Article
from articles.page_keys import ARTICLES, article_key
from portal.page_cache.store import generations
from tests.desk.forms import change_form
from tests.factories import make_editor, make_user

pytestmark = pytest.mark.django_db

TOKEN = "0123456789abcdef0123456789abcdef"


def _url(view, *args):
    return reverse(f"admin:articles_article_{view}", args=args)


def _autosave(client, article, **changes):
    current = Article.objects.get(pk=article.pk)
    return client.post(
        _url("autosave", article.pk), change_form(current, opened=current, **changes)
    )


def _autosaves(article):
    return Version.objects.get_for_object(article).filter(revision__comment=AUTOSAVE_COMMENT)


def test_an_autosave_is_a_revision_and_leaves_the_article_alone(editor_client, yesterdays_draft):
    stored = Article.objects.get(pk=yesterdays_draft.pk)
    keys = [article_key(stored.pk), ARTICLES]
    versions_before = generations(keys)
    saves = []
    post_save.connect(lambda **kw: saves.append(kw), sender=Article, weak=False, dispatch_uid="t")
    try:
        response = _autosave(
            editor_client,
            stored,
            title="Banjir Rob Meluas",
            body="<p>Air laut naik <script>x</script>setinggi lutut.</p>",
            status="published",
        )
    finally:
        post_save.disconnect(dispatch_uid="t", sender=Article)
    assert response.status_code == 200
    answer = response.json()
    assert answer["message"].startswith("Disimpan otomatis pukul")
    assert answer["conflict"] is None
    assert saves == []  # the article's row was not written
    assert generations(keys) == versions_before  # no kept page went stale
    after = Article.objects.get(pk=stored.pk)
    assert (after.title, after.body, after.status, after.updated_at) == (
        stored.title,
        stored.body,
        "draft",
        stored.updated_at,
    )
    kept = _autosaves(stored).get()
    assert kept.revision.user.username == "wil"
    assert kept.field_dict["title"] == "Banjir Rob Meluas"
    assert kept.field_dict["body"] == "<p>Air laut naik setinggi lutut.</p>"
    assert kept.field_dict["status"] == "draft"  # an autosave keeps words, never publishes


def test_each_autosave_replaces_the_editors_last(editor_client, yesterdays_draft):
    for title in ("Satu", "Dua", "Tiga"):
        assert _autosave(editor_client, yesterdays_draft, title=title).status_code == 200
    assert [v.field_dict["title"] for v in _autosaves(yesterdays_draft)] == ["Tiga"]


def test_a_colleagues_newer_save_is_reported_and_the_autosave_kept(editor_client, yesterdays_draft):
    opened = Article.objects.get(pk=yesterdays_draft.pk)
    colleague = Client()
    colleague.force_login(make_editor(username="rina", first_name="Rina", last_name="Kusuma"))
    theirs = change_form(opened, opened=opened, title="Versi Rina")
    assert colleague.post(_url("change", opened.pk), theirs).status_code == 302
    mine = change_form(opened, opened=opened, title="Versi saya")
    answer = editor_client.post(_url("autosave", opened.pk), mine).json()
    assert answer["conflict"]["name"] == "Rina Kusuma"
    assert Article.objects.get(pk=opened.pk).title == "Versi Rina"
    assert _autosaves(opened).get().field_dict["title"] == "Versi saya"


def test_an_own_newer_save_from_another_tab_is_reported_while_typing(
    editor_client, yesterdays_draft
):
    opened = Article.objects.get(pk=yesterdays_draft.pk)
    other_tab = change_form(opened, opened=opened, title="Versi tab lain")
    assert editor_client.post(_url("change", opened.pk), other_tab).status_code == 302
    stale = change_form(opened, opened=opened, title="Versi tab lama")
    answer = editor_client.post(_url("autosave", opened.pk), stale).json()
    assert answer["conflict"]["name"].startswith("Anda sendiri")
    beat = editor_client.post(
        _url("heartbeat", opened.pk), {"base_version": opened.updated_at.isoformat()}
    ).json()
    assert beat["newer"]["name"].startswith("Anda sendiri")


def test_the_form_offers_the_autosave_back_and_a_save_drops_it(editor_client, yesterdays_draft):
    _autosave(editor_client, yesterdays_draft, title="Judul yang belum disimpan")
    autosave = _autosaves(yesterdays_draft).get()
    page = editor_client.get(_url("change", yesterdays_draft.pk)).content.decode()
    assert "Pulihkan teks itu" in page
    assert f"?simpanan={autosave.pk}" in page

    restored = editor_client.get(_url("change", yesterdays_draft.pk), {"simpanan": autosave.pk})
    form = restored.context["adminform"].form
    assert form["title"].value() == "Judul yang belum disimpan"
    assert "Teks dari simpanan otomatis dimuat" in restored.content.decode()

    current = Article.objects.get(pk=yesterdays_draft.pk)
    saved = editor_client.post(
        _url("change", current.pk),
        change_form(current, opened=current, title="Judul yang belum disimpan"),
    )
    assert saved.status_code == 302
    assert not _autosaves(yesterdays_draft).exists()
    assert "Pulihkan teks itu" not in editor_client.get(_url("change", current.pk)).content.decode()


def test_someone_elses_autosave_is_not_offered_nor_restorable(editor_client, yesterdays_draft):
    colleague = Client()
    colleague.force_login(make_editor(username="budi"))
    _autosave(colleague, yesterdays_draft, title="Punya Budi")
    theirs = _autosaves(yesterdays_draft).get()
    page = editor_client.get(_url("change", yesterdays_draft.pk), {"simpanan": theirs.pk})
    assert page.context["adminform"].form["title"].value() == yesterdays_draft.title
    assert "Pulihkan teks itu" not in page.content.decode()


def test_an_old_autosave_is_not_offered_after_a_later_save(editor_client, yesterdays_draft):
    _autosave(editor_client, yesterdays_draft, title="Lama")
    Article.objects.filter(pk=yesterdays_draft.pk).update(
        updated_at=timezone.now() + timedelta(seconds=5)
    )
    page = editor_client.get(_url("change", yesterdays_draft.pk)).content.decode()
    assert "Pulihkan teks itu" not in page


def test_a_new_article_autosave_waits_for_its_first_save(editor_client, editor_user, category):
    data = {
        "title": "Artikel baru",
        "body": "<p>Baru diketik.</p>",
        "lead": "",
        "slug": "artikel-baru",
        "tags": [],
        "autosave_token": TOKEN,
    }
    response = editor_client.post(_url("autosave_new"), data)
    assert response.status_code == 200
    kept = NewArticleAutosave.objects.get()
    assert kept.title == "Artikel baru" and kept.data["body"] == "<p>Baru diketik.</p>"
    assert not Article.objects.exists()

    add = editor_client.get(_url("add")).content.decode()
    assert "Pulihkan “Artikel baru”" in add
    restored = editor_client.get(_url("add"), {"simpanan": kept.pk})
    form = restored.context["adminform"].form
    assert form["title"].value() == "Artikel baru"
    assert form["body"].value() == "<p>Baru diketik.</p>"

    saved = editor_client.post(
        _url("add"),
        {
            **data,
            "status": "draft",
            "editor": editor_user.pk,
            "comments_open": "on",
            "published_at_0": "",
            "published_at_1": "",
        },
    )
    assert saved.status_code == 302, saved.content.decode()[:1500]
    assert not NewArticleAutosave.objects.exists()


def test_a_new_article_autosave_needs_its_forms_token(editor_client):
    response = editor_client.post(_url("autosave_new"), {"title": "x", "autosave_token": "../"})
    assert response.status_code == 400
    assert not NewArticleAutosave.objects.exists()


def test_autosave_is_for_editors_and_only_by_post(client, editor_client, yesterdays_draft):
    assert editor_client.get(_url("autosave", yesterdays_draft.pk)).status_code == 405
    client.logout()
    response = client.post(_url("autosave", yesterdays_draft.pk), {"title": "x"})
    assert response.status_code == 302 and "/login/" in response.url
    client.force_login(make_user(is_staff=True))
    assert client.post(_url("autosave", yesterdays_draft.pk), {"title": "x"}).status_code == 403
    assert not _autosaves(yesterdays_draft).exists()


def test_the_history_marks_autosaves(editor_client, yesterdays_draft):
    _autosave(editor_client, yesterdays_draft, title="Sementara")
    page = editor_client.get(_url("history", yesterdays_draft.pk)).content.decode()
    assert "Simpanan otomatis" in page


def test_a_new_articles_autosave_can_be_dropped(editor_client):
    editor_client.post(_url("autosave_new"), {"title": "Coretan", "autosave_token": TOKEN})
    assert "Buang “Coretan”" in editor_client.get(_url("add")).content.decode()
    response = editor_client.post(_url("autosave_discard_new"), {"autosave_token": TOKEN})
    assert response.status_code == 302 and response.url == _url("add")
    assert not NewArticleAutosave.objects.exists()


def test_an_autosave_offered_back_can_be_dropped(editor_client, yesterdays_draft):
    _autosave(editor_client, yesterdays_draft, title="Tidak jadi")
    response = editor_client.post(_url("autosave_discard", yesterdays_draft.pk))
    assert response.status_code == 302
    assert response.url == _url("change", yesterdays_draft.pk)
    assert not _autosaves(yesterdays_draft).exists()
    assert Article.objects.get(pk=yesterdays_draft.pk).title == yesterdays_draft.title


def test_a_form_sent_back_does_not_offer_the_text_it_holds(editor_client, yesterdays_draft):
    _autosave(editor_client, yesterdays_draft, title="Judul yang sedang diketik")
    current = Article.objects.get(pk=yesterdays_draft.pk)
    # Refused (no title): the form comes back with what was typed, not an offer of it.
    answer = editor_client.post(
        _url("change", current.pk), change_form(current, opened=current, title="")
    )
    assert answer.status_code == 200
    assert "Pulihkan teks itu" not in answer.content.decode()
    assert "Pulihkan teks itu" in editor_client.get(_url("change", current.pk)).content.decode()
