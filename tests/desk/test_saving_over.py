"""Saving asks first when it would overwrite a colleague's newer save or move a live article."""

from datetime import timedelta

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from articles.models import Article
from tests.desk.forms import change_form, local_fields
from tests.factories import make_editor

pytestmark = pytest.mark.django_db


def _change(article):
    return reverse("admin:articles_article_change", args=[article.pk])


def test_saving_over_a_newer_version_asks_first(editor_client, article):
    opened = Article.objects.get(pk=article.pk)
    colleague = Client()
    colleague.force_login(make_editor(username="rina", first_name="Rina", last_name="Kusuma"))
    theirs = change_form(opened, opened=opened, title="Judul Rina")
    assert colleague.post(_change(article), theirs).status_code == 302

    mine = change_form(opened, opened=opened, title="Judul saya")
    response = editor_client.post(_change(article), mine)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Rina Kusuma sudah menyimpan versi yang lebih baru" in html
    assert 'name="confirm_overwrite"' in html
    assert 'value="Judul saya"' in html  # what the editor typed is kept
    assert Article.objects.get(pk=article.pk).title == "Judul Rina"

    response = editor_client.post(_change(article), {**mine, "confirm_overwrite": "on"})
    assert response.status_code == 302
    assert Article.objects.get(pk=article.pk).title == "Judul saya"


def test_a_form_opened_on_the_current_version_saves_at_once(editor_client, article):
    response = editor_client.post(
        _change(article), change_form(article, opened=article, title="Baru")
    )
    assert response.status_code == 302
    assert Article.objects.get(pk=article.pk).title == "Baru"


def test_moving_a_live_article_asks_first_then_redirects_its_old_address(
    client, editor_client, article
):
    old_url = article.get_absolute_url()
    earlier = article.published_at - timedelta(days=3)
    form = change_form(article, opened=article, **local_fields(earlier))
    response = editor_client.post(_change(article), form)
    assert response.status_code == 200
    html = response.content.decode()
    assert "mengubah alamatnya" in html and old_url in html
    assert 'name="confirm_new_address"' in html
    assert Article.objects.get(pk=article.pk).get_absolute_url() == old_url
    # A question, asked beside its checkbox: not the admin's red list of errors.
    page = BeautifulSoup(html, "html.parser")
    assert page.select_one(".errornote") is None
    assert "mengubah alamatnya" in page.select_one(".desk-confirm").get_text()
    # A real error beside the question keeps the admin's note.
    broken = {**form, "title": ""}
    page = BeautifulSoup(editor_client.post(_change(article), broken).content, "html.parser")
    assert page.select_one(".errornote") is not None

    response = editor_client.post(_change(article), {**form, "confirm_new_address": "on"})
    assert response.status_code == 302
    moved = Article.objects.get(pk=article.pk)
    assert moved.publication_date == timezone.localdate(earlier)
    client.logout()
    response = client.get(old_url)
    assert response.status_code == 301
    assert response["Location"] == moved.get_absolute_url()


def test_a_new_time_on_the_same_day_asks_nothing(editor_client, article):
    local = timezone.localtime(article.published_at)
    same_day = local.replace(hour=0, minute=1) if local.hour else local.replace(minute=0)
    form = change_form(article, opened=article, **local_fields(same_day))
    assert editor_client.post(_change(article), form).status_code == 302


def test_an_own_newer_save_from_another_tab_asks_first_but_a_double_click_does_not(
    editor_client, article
):
    opened = Article.objects.get(pk=article.pk)
    tab_a = change_form(opened, opened=opened, dateline="Hanoi", form_nonce="a" * 32)
    assert editor_client.post(_change(article), tab_a).status_code == 302
    # The same form sent again (a double click) saves quietly over its own first send.
    assert editor_client.post(_change(article), tab_a).status_code == 302

    # Another tab, opened on the same version, a moment later: asked first.
    soon = timezone.now() + timedelta(seconds=3)
    with time_machine.travel(soon, tick=False):
        tab_b = change_form(
            opened, opened=opened, lead="Ringkasan dari tab lama.", form_nonce="b" * 32
        )
        response = editor_client.post(_change(article), tab_b)
        assert response.status_code == 200
        html = response.content.decode()
        assert "Anda sudah menyimpan versi yang lebih baru" in html
        assert "Ringkasan dari tab lama." in html
        assert Article.objects.get(pk=article.pk).dateline == "Hanoi"

        confirmed = {**tab_b, "confirm_overwrite": "on"}
        assert editor_client.post(_change(article), confirmed).status_code == 302
    assert Article.objects.get(pk=article.pk).lead == "Ringkasan dari tab lama."


def test_each_rendering_of_the_form_has_a_nonce_of_its_own(editor_client, article):
    def nonce():
        page = BeautifulSoup(editor_client.get(_change(article)).content, "html.parser")
        return page.select_one('input[name="form_nonce"]')["value"]

    first, second = nonce(), nonce()
    assert len(first) == 32 and first != second
