"""The soft lock: a second editor is told who else has the article open."""

from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from articles.desk.models import EditLock
from articles.models import Article
from tests.desk.forms import change_form
from tests.factories import make_editor

pytestmark = pytest.mark.django_db


def _url(view, *args):
    return reverse(f"admin:articles_article_{view}", args=args)


@pytest.fixture
def rina():
    client = Client()
    client.force_login(make_editor(username="rina", first_name="Rina", last_name="Kusuma"))
    return client


def test_the_second_editor_is_told_who_else_is_editing(editor_client, rina, article):
    assert rina.get(_url("change", article.pk)).status_code == 200
    page = editor_client.get(_url("change", article.pk)).content.decode()
    assert "Sedang disunting juga oleh Rina Kusuma (sejak" in page
    answer = editor_client.post(_url("heartbeat", article.pk), {"base_version": ""}).json()
    assert answer["others"].startswith("Rina Kusuma (sejak")
    # ...and Rina hears of the editor in turn.
    assert "wil" in rina.post(_url("heartbeat", article.pk)).json()["others"]


def test_a_lock_lapses_without_a_heartbeat_and_leaving_releases_it(
    settings, editor_client, rina, article
):
    rina.get(_url("change", article.pk))
    EditLock.objects.update(
        seen_at=timezone.now() - timedelta(seconds=settings.DESK_LOCK_SECONDS + 1)
    )
    assert editor_client.post(_url("heartbeat", article.pk)).json()["others"] == ""
    rina.post(_url("heartbeat", article.pk))
    assert editor_client.post(_url("heartbeat", article.pk)).json()["others"]
    assert rina.post(_url("heartbeat", article.pk), {"lepas": "1"}).status_code == 204
    assert editor_client.post(_url("heartbeat", article.pk)).json()["others"] == ""


def test_a_visit_after_a_lapsed_lock_counts_from_its_own_start(
    settings, editor_client, rina, article
):
    rina.get(_url("change", article.pk))
    long_ago = timezone.now() - timedelta(hours=2)
    EditLock.objects.update(since=long_ago, seen_at=long_ago)
    before = timezone.now()
    rina.get(_url("change", article.pk))
    lock = EditLock.objects.get()
    assert lock.since >= before and lock.seen_at >= before
    # A heartbeat within the visit keeps its start.
    rina.post(_url("heartbeat", article.pk))
    assert EditLock.objects.get().since == lock.since


def test_the_heartbeat_reports_a_colleagues_newer_save(editor_client, rina, article):
    opened = Article.objects.get(pk=article.pk)
    assert (
        rina.post(
            _url("change", article.pk), change_form(opened, opened=opened, title="Baru")
        ).status_code
        == 302
    )
    answer = editor_client.post(
        _url("heartbeat", article.pk), {"base_version": opened.updated_at.isoformat()}
    ).json()
    assert answer["newer"]["name"] == "Rina Kusuma"


def test_one_lock_per_editor_however_many_tabs(editor_client, article):
    for _ in range(3):
        editor_client.get(_url("change", article.pk))
        editor_client.post(_url("heartbeat", article.pk))
    assert EditLock.objects.count() == 1
