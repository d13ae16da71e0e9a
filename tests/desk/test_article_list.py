"""The article list at 1280 px: a wide title, a thumbnail, the state with its time; the schedule."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from articles.desk.changelist import editor_name
from articles.models import Article
from tests.factories import make_article, make_editor, make_user

pytestmark = pytest.mark.django_db

CHANGELIST = "admin:articles_article_changelist"
SCHEDULED = "admin:articles_article_scheduled"


@pytest.fixture
def desk(category, editor_user):
    now = timezone.now()
    return {
        "live": make_article(title="Sudah tayang", category=category, editor=editor_user),
        "soon": make_article(
            title="Tayang besok pagi", category=category, published_at=now + timedelta(hours=20)
        ),
        "later": make_article(
            title="Tayang lusa", category=category, published_at=now + timedelta(days=2)
        ),
        "draft": make_article(title="Masih draf", status="draft", category=category),
    }


def test_the_list_shows_the_state_with_its_time(editor_client, desk):
    response = editor_client.get(reverse(CHANGELIST))
    html = response.content.decode()
    for title in ("Sudah tayang", "Tayang besok pagi", "Masih draf"):
        assert title in html
    assert 'class="status status--scheduled">Terjadwal</span>' in html
    local = timezone.localtime(desk["soon"].published_at)
    assert f"{local:%H:%M} WIB" in html
    assert reverse(SCHEDULED) in html  # the schedule's link
    assert "Recover" not in html  # no stock English from django-reversion


@pytest.mark.parametrize(
    ("state", "titles"),
    [
        ("scheduled", {"Tayang besok pagi", "Tayang lusa"}),
        ("draft", {"Masih draf"}),
        ("published", {"Sudah tayang"}),
    ],
)
def test_the_list_filters_by_state(editor_client, desk, state, titles):
    response = editor_client.get(reverse(CHANGELIST), {"keadaan": state})
    shown = {article.title for article in response.context["cl"].result_list}
    assert shown == titles


def test_the_list_filters_by_editor(editor_client, desk, editor_user):
    response = editor_client.get(reverse(CHANGELIST), {"editor__id__exact": editor_user.pk})
    assert [a.title for a in response.context["cl"].result_list] == ["Sudah tayang"]


def test_the_editor_filter_offers_only_those_who_edited_an_article(editor_client, desk):
    make_editor(username="moderasi", first_name="Mira", last_name="Moderator")
    response = editor_client.get(reverse(CHANGELIST))
    html = response.content.decode()
    assert "Mira Moderator" not in html
    editors = {article.editor for article in Article.objects.all()}
    for editor in editors:
        assert editor_name(editor) in html


def _list_queries(client) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(reverse(CHANGELIST)).status_code == 200
    return len(queries)


def test_the_list_reads_nothing_per_row(editor_client, desk, category):
    few = _list_queries(editor_client)
    for n in range(12):
        make_article(title=f"Lagi {n}", category=category)
    assert _list_queries(editor_client) == few


def test_the_schedule_lists_what_waits_by_time(editor_client, desk):
    response = editor_client.get(reverse(SCHEDULED))
    assert response.status_code == 200
    html = response.content.decode()
    assert html.index("Tayang besok pagi") < html.index("Tayang lusa")
    assert "Sudah tayang" not in html and "Masih draf" not in html
    assert reverse("admin:articles_article_change", args=[desk["soon"].pk]) in html
    assert "Artikel terjadwal" in html


def test_the_schedule_costs_the_same_with_more_stories(editor_client, desk, category):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            editor_client.get(reverse(SCHEDULED))
        return len(captured)

    before = queries()
    for n in range(10):
        make_article(
            title=f"Nanti {n}",
            category=category,
            published_at=timezone.now() + timedelta(hours=n + 1),
        )
    assert queries() == before


def test_someone_without_access_gets_no_schedule(client, desk):
    client.force_login(make_user(is_staff=True))
    assert client.get(reverse(SCHEDULED)).status_code == 403
