""" "Terbitkan" means now: a draft's placeholder time never dates the story."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from articles.models import Article
from articles.publishing import articles_publish, publication_plan
from tests.desk.forms import change_form, local_fields
from tests.factories import make_article

pytestmark = pytest.mark.django_db

CHANGELIST = "admin:articles_article_changelist"


def _change(article):
    return reverse("admin:articles_article_change", args=[article.pk])


def _publish_from_list(client, *articles):
    return client.post(
        reverse(CHANGELIST),
        {"action": "publish", "_selected_action": [a.pk for a in articles]},
        follow=True,
    )


def _is_now(moment, before):
    return before <= moment <= timezone.now()


def test_publishing_yesterdays_draft_from_the_list_dates_it_now(editor_client, yesterdays_draft):
    before = timezone.now()
    response = _publish_from_list(editor_client, yesterdays_draft)
    assert "1 artikel diterbitkan." in response.content.decode()
    yesterdays_draft.refresh_from_db()
    assert yesterdays_draft.is_published
    assert _is_now(yesterdays_draft.published_at, before)
    assert yesterdays_draft.publication_date == timezone.localdate(yesterdays_draft.published_at)
    assert yesterdays_draft.get_absolute_url().startswith(
        timezone.localtime(yesterdays_draft.published_at).strftime("/%Y/%m/%d/")
    )


@pytest.mark.parametrize("button", ["_publish", "_continue"])
def test_publishing_yesterdays_draft_from_its_form_dates_it_now(
    editor_client, yesterdays_draft, button
):
    form = change_form(yesterdays_draft, opened=yesterdays_draft)
    assert form["published_at_0"] == ""  # the placeholder is not shown as a chosen time
    if button == "_continue":
        form["status"] = Article.Status.PUBLISHED
    before = timezone.now()
    response = editor_client.post(_change(yesterdays_draft), {**form, button: "1"})
    assert response.status_code == 302, response.content.decode()[:2000]
    assert response.url == _change(yesterdays_draft)
    yesterdays_draft.refresh_from_db()
    assert yesterdays_draft.is_published
    assert _is_now(yesterdays_draft.published_at, before)


def test_the_form_says_beforehand_what_saving_does(editor_client, yesterdays_draft, category):
    page = editor_client.get(_change(yesterdays_draft)).content.decode()
    assert "Draf; terbit saat diterbitkan" in page
    form = editor_client.get(_change(yesterdays_draft)).context["adminform"].form
    assert form["published_at"].value() is None
    scheduled = make_article(
        category=category, published_at=timezone.now() + timedelta(days=1, hours=2)
    )
    local = timezone.localtime(scheduled.published_at)
    page = editor_client.get(_change(scheduled)).content.decode()
    assert f"Terjadwal {local:%Y}" not in page  # the weekday and date come first
    assert "Terjadwal " in page and f"{local:%Y} {local:%H:%M} WIB" in page
    live = make_article(category=category)
    assert "Sudah terbit sejak" in editor_client.get(_change(live)).content.decode()
    assert (
        "Draf; terbit saat diterbitkan"
        in editor_client.get(reverse("admin:articles_article_add")).content.decode()
    )


def test_the_discussion_switch_says_it_closes_the_poll_too(editor_client, yesterdays_draft):
    page = editor_client.get(_change(yesterdays_draft)).content.decode()
    assert "Komentar dan tanggapan dibuka" in page
    assert "tidak dapat lagi berkomentar maupun memilih tanggapan" in page


def test_the_plan_in_words():
    now = timezone.now()
    draft = Article(status="draft", published_at=now - timedelta(days=1), title="x")
    assert publication_plan(stored=draft, status="published", chosen=None, now=now).text == (
        "Terbit sekarang"
    )
    ahead = now + timedelta(days=2)
    plan = publication_plan(stored=draft, status="published", chosen=ahead, now=now)
    assert plan.kind == "scheduled" and plan.text.startswith("Terjadwal ")
    assert plan.text.endswith(" WIB")
    back = now - timedelta(days=30)
    plan = publication_plan(stored=None, status="published", chosen=back, now=now)
    assert plan.text.startswith("Tanggal terbit diatur manual")
    assert plan.published_at == back


def test_a_time_chosen_ahead_stays_scheduled(editor_client, yesterdays_draft):
    ahead = timezone.now() + timedelta(days=2)
    form = change_form(yesterdays_draft, opened=yesterdays_draft, **local_fields(ahead))
    response = editor_client.post(_change(yesterdays_draft), {**form, "_publish": "1"})
    assert response.status_code == 302
    yesterdays_draft.refresh_from_db()
    assert yesterdays_draft.is_scheduled
    assert yesterdays_draft.published_at.replace(microsecond=0) == ahead.replace(microsecond=0)


def test_a_draft_saved_with_a_time_keeps_it_when_published_from_the_list(
    editor_client, yesterdays_draft
):
    # The editor types a time for the draft, saves it as a draft, publishes later.
    back = timezone.now() - timedelta(days=3)
    form = change_form(yesterdays_draft, opened=yesterdays_draft, **local_fields(back))
    assert editor_client.post(_change(yesterdays_draft), form).status_code == 302
    yesterdays_draft.refresh_from_db()
    assert yesterdays_draft.status == "draft" and yesterdays_draft.published_at_set
    _publish_from_list(editor_client, yesterdays_draft)
    yesterdays_draft.refresh_from_db()
    assert yesterdays_draft.is_published
    assert timezone.localdate(yesterdays_draft.published_at) == timezone.localdate(back)


def test_the_list_schedules_a_draft_whose_time_is_ahead(editor_client, category, editor_user):
    ahead = timezone.now() + timedelta(days=2)
    draft = make_article(status="draft", category=category, published_at=ahead)
    response = _publish_from_list(editor_client, draft)
    assert "dijadwalkan terbit" in response.content.decode()
    draft.refresh_from_db()
    assert draft.is_scheduled and draft.published_at == ahead


def test_saving_a_draft_keeps_its_placeholder_and_address(editor_client, yesterdays_draft):
    form = change_form(yesterdays_draft, opened=yesterdays_draft, title="Judul baru")
    assert editor_client.post(_change(yesterdays_draft), form).status_code == 302
    stored = Article.objects.get(pk=yesterdays_draft.pk)
    assert stored.published_at == yesterdays_draft.published_at
    assert not stored.published_at_set


def test_a_new_article_left_without_a_time_goes_live_when_saved(
    editor_client, editor_user, category
):
    before = timezone.now()
    response = editor_client.post(
        reverse("admin:articles_article_add"),
        {
            "title": "Langsung terbit",
            "slug": "langsung-terbit",
            "lead": "Ringkas.",
            "body": "<p>Isi.</p>",
            "status": "draft",
            "published_at_0": "",
            "published_at_1": "",
            "editor": editor_user.pk,
            "comments_open": "on",
            "category": category.pk,
            "_publish": "1",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    article = Article.objects.get(slug="langsung-terbit")
    assert article.is_published and _is_now(article.published_at, before)


def test_publish_service_reports_each_outcome(category, yesterdays_draft):
    incomplete = Article.objects.create(title="Hanya judul", editor=yesterdays_draft.editor)
    ahead = make_article(
        status="draft", category=category, published_at=timezone.now() + timedelta(hours=5)
    )
    live = make_article(category=category)
    outcome = articles_publish(articles=[yesterdays_draft, incomplete, ahead, live])
    assert outcome.published == [yesterdays_draft]
    assert outcome.scheduled == [ahead]
    assert [a for a, _ in outcome.incomplete] == [incomplete]
    assert outcome.refused == []


def test_a_refused_publish_shows_the_form_again_as_a_draft(editor_client, yesterdays_draft):
    form = change_form(yesterdays_draft, opened=yesterdays_draft, lead="")
    response = editor_client.post(_change(yesterdays_draft), {**form, "_publish": "1"})
    assert response.status_code == 200
    adminform = response.context["adminform"].form
    assert adminform.errors
    # The status box still says draft: a plain save of this form keeps it one.
    assert adminform["status"].value() == Article.Status.DRAFT
    fixed = change_form(yesterdays_draft, opened=yesterdays_draft, lead="Ringkasan.")
    fixed["status"] = adminform["status"].value()
    assert editor_client.post(_change(yesterdays_draft), {**fixed, "_save": "1"}).status_code == 302
    yesterdays_draft.refresh_from_db()
    assert not yesterdays_draft.is_published and yesterdays_draft.lead == "Ringkasan."
