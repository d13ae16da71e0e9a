"""A new article restored from its autosave drops that autosave once it is saved."""

import pytest
from django.urls import reverse

from articles.desk.models import NewArticleAutosave
from articles.models import Article

pytestmark = pytest.mark.django_db

TOKEN = "0123456789abcdef0123456789abcdef"


def _url(view):
    return reverse(f"admin:articles_article_{view}")


def _typed(client):
    """What the editor typed in a tab since closed: kept under that tab's token."""
    data = {
        "title": "Gempa Guncang Cianjur",
        "slug": "gempa-guncang-cianjur",
        "lead": "",
        "body": "<p>Warga berhamburan.</p>",
        "tags": [],
        "autosave_token": TOKEN,
    }
    assert client.post(_url("autosave_new"), data).status_code == 200
    return NewArticleAutosave.objects.get()


def _restored_form(client, autosave):
    return client.get(_url("add"), {"simpanan": autosave.pk}).context["adminform"].form


def test_the_restored_form_goes_on_under_the_autosaves_token(editor_client):
    autosave = _typed(editor_client)
    form = _restored_form(editor_client, autosave)
    assert form["autosave_token"].value() == TOKEN
    assert form["title"].value() == "Gempa Guncang Cianjur"


def test_saving_a_restored_draft_discards_the_autosave_it_came_from(editor_client, editor_user):
    autosave = _typed(editor_client)
    form = _restored_form(editor_client, autosave)
    saved = editor_client.post(
        _url("add"),
        {
            "title": form["title"].value(),
            "slug": form["slug"].value(),
            "lead": "",
            "body": form["body"].value(),
            "dateline": "",
            "status": "draft",
            "editor": editor_user.pk,
            "comments_open": "on",
            "published_at_0": "",
            "published_at_1": "",
            # As the restored page posts it back.
            "autosave_token": form["autosave_token"].value(),
        },
    )
    assert saved.status_code == 302, saved.content.decode()[:1500]
    assert Article.objects.filter(slug="gempa-guncang-cianjur").exists()
    assert not NewArticleAutosave.objects.exists()
    add = editor_client.get(_url("add")).content.decode()
    assert "Pulihkan “Gempa Guncang Cianjur”" not in add


def test_a_new_form_still_gets_a_token_of_its_own(editor_client):
    _typed(editor_client)
    token = editor_client.get(_url("add")).context["adminform"].form["autosave_token"].value()
    assert len(token) == 32 and token != TOKEN
