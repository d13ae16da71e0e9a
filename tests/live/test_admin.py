"""The desk: the "Tambah pembaruan" panel, the entry's admin page, ending the report."""

import pytest
from django.urls import reverse

from articles.live.models import LiveEntry
from tests import factories

pytestmark = pytest.mark.django_db


def _change_url(article):
    return reverse("admin:articles_article_change", args=[article.pk])


def test_the_live_reports_admin_page_has_the_panel(editor_client, report, post):
    post("<p>Tim SAR tiba.</p>", key_event=True)
    html = editor_client.get(_change_url(report)).content.decode()
    assert 'id="tambah-pembaruan"' in html
    assert "Tambah pembaruan" in html and "Kirim pembaruan" in html
    assert reverse("admin:articles_liveentry_post", args=[report.pk]) in html
    assert "Tim SAR tiba." in html and "Akhiri laporan langsung" in html
    assert 'data-live-autosave="kabar-pembaruan-' in html


def test_a_normal_articles_page_has_no_panel(editor_client, article):
    html = editor_client.get(_change_url(article)).content.decode()
    assert "tambah-pembaruan" not in html


def test_posting_from_the_panel(editor_client, report, editor_user):
    url = reverse("admin:articles_liveentry_post", args=[report.pk])
    text = "Jalan ke Cugenang tertutup longsor.\n\nInfo: https://bnpb.go.id/info <b>x</b>"
    response = editor_client.post(url, {"text": text, "key_event": "on"})
    assert response.status_code == 302
    assert response["Location"] == _change_url(report) + "#tambah-pembaruan"
    entry = LiveEntry.objects.get()
    assert entry.key_event and entry.author == editor_user and entry.article == report
    assert entry.body.startswith("<p>Jalan ke Cugenang tertutup longsor.</p>")
    assert 'href="https://bnpb.go.id/info"' in entry.body
    assert "&lt;b&gt;x&lt;/b&gt;" in entry.body  # typed text, never markup
    follow = editor_client.get(response["Location"]).content.decode()
    assert "diterbitkan" in follow


def test_an_empty_post_keeps_the_form_and_says_why(editor_client, report):
    url = reverse("admin:articles_liveentry_post", args=[report.pk])
    response = editor_client.post(url, {"text": "   ", "key_event": "on"})
    assert response.status_code == 200
    assert "Isi pembaruan wajib diisi." in response.content.decode()
    assert not LiveEntry.objects.exists()


def test_a_post_to_an_ended_report_is_refused_and_the_text_kept(editor_client, report, post):
    from articles.live.services import live_report_end

    live_report_end(article=report, user=report.editor)
    url = reverse("admin:articles_liveentry_post", args=[report.pk])
    response = editor_client.post(url, {"text": "Terlambat."})
    assert response.status_code == 200
    html = response.content.decode()
    assert "bukan laporan langsung yang sedang berjalan" in html
    assert not LiveEntry.objects.exists()


def test_ending_asks_first_then_ends(editor_client, report):
    url = reverse("admin:articles_liveentry_end", args=[report.pk])
    page = editor_client.get(url)
    assert page.status_code == 200 and "Akhiri laporan langsung" in page.content.decode()
    report.refresh_from_db()
    assert report.is_live_now
    response = editor_client.post(url)
    assert response.status_code == 302
    report.refresh_from_db()
    assert report.live_ended_at is not None and report.is_live


def test_editing_and_withdrawing_an_entry_in_its_admin(editor_client, report, post):
    entry = post("<p>Korban 10.</p>")
    url = reverse("admin:articles_liveentry_change", args=[entry.pk])
    assert editor_client.get(url).status_code == 200
    response = editor_client.post(url, {"body": "<p>Korban 12.</p>", "pinned": "on"})
    assert response.status_code == 302, response.content.decode()[:2000]
    entry.refresh_from_db()
    assert entry.body == "<p>Korban 12.</p>" and entry.pinned
    withdraw = reverse("admin:articles_liveentry_withdraw", args=[entry.pk])
    assert editor_client.get(withdraw).status_code == 405
    assert editor_client.post(withdraw).status_code == 302
    entry.refresh_from_db()
    assert entry.withdrawn_at is not None
    changelist = editor_client.get(reverse("admin:articles_liveentry_changelist"))
    assert changelist.status_code == 200


def test_without_the_permission_nothing_is_posted_or_ended(client, report):
    user = factories.make_user(is_staff=True)  # staff, in no group
    client.force_login(user)
    post_url = reverse("admin:articles_liveentry_post", args=[report.pk])
    assert client.post(post_url, {"text": "Tidak boleh."}).status_code == 403
    assert client.post(reverse("admin:articles_liveentry_end", args=[report.pk])).status_code == 403
    assert not LiveEntry.objects.exists()
    report.refresh_from_db()
    assert report.is_live_now


def test_the_preview_of_a_live_report_shows_its_entries_and_does_not_poll(
    editor_client, report, post
):
    from tests.desk.forms import change_form

    entry = post("<p>Tim SAR tiba di Cugenang.</p>")
    form = change_form(report, title="Judul baru yang belum disimpan")
    response = editor_client.post(reverse("admin:articles_article_preview", args=[report.pk]), form)
    html = response.content.decode()
    assert response.status_code == 200 and "Judul baru yang belum disimpan" in html
    assert f'id="pembaruan-{entry.pk}"' in html and "Tim SAR tiba" in html
    assert "data-live-url" not in html and "js/live.js" not in html
