"""Posting, editing and withdrawing entries, ending the report: services, revisions, checks."""

import pytest
from django.core.exceptions import ValidationError
from reversion.models import Version

from articles.live.models import LiveEntry
from articles.live.services import (
    live_entry_edit,
    live_entry_withdraw,
    live_report_end,
)
from tests import factories

pytestmark = pytest.mark.django_db


def test_a_posted_entry_is_cleaned_like_an_article_body(post, report, editor_user):
    entry = post('<p onclick="x()">Gempa <script>alert(1)</script><b>5,6</b> SR.</p>')
    entry.refresh_from_db()
    assert entry.article == report and entry.author == editor_user
    assert "<script" not in entry.body and "onclick" not in entry.body
    assert "<b>5,6</b>" in entry.body
    assert entry.posted_at is not None and not entry.key_event and not entry.pinned


@pytest.mark.parametrize("body", ["", "   ", "<p></p>", "<script>x</script>"])
def test_an_empty_entry_is_refused_with_a_message(post, body):
    with pytest.raises(ValidationError) as raised:
        post(body)
    assert "Isi pembaruan wajib diisi." in str(raised.value)
    assert not LiveEntry.objects.exists()


def test_only_a_running_live_report_takes_entries(post, editor_user, category):
    plain = factories.make_article(category=category)
    with pytest.raises(ValidationError):
        post(article=plain)
    report = post().article
    live_report_end(article=report, user=editor_user)
    with pytest.raises(ValidationError):
        post()
    assert LiveEntry.objects.count() == 1


def test_each_change_is_a_revision_with_its_author(post, editor_user):
    entry = post("<p>Pertama.</p>", key_event=True)
    other = factories.make_editor(initials="ANA")
    live_entry_edit(entry=entry, user=other, body="<p>Pertama, diralat.</p>")
    live_entry_withdraw(entry=entry, user=other)
    versions = Version.objects.get_for_object(entry).select_related("revision")
    comments = [(v.revision.comment, v.revision.user) for v in versions]
    assert comments == [
        ("Pembaruan ditarik", other),
        ("Pembaruan disunting", other),
        ("Pembaruan ditambahkan", editor_user),
    ]
    assert "diralat" in versions[1].field_dict["body"]


def test_edit_keeps_the_time_and_changes_the_marks(post, editor_user):
    entry = post("<p>Awal.</p>")
    posted_at = entry.posted_at
    live_entry_edit(entry=entry, user=editor_user, key_event=True, pinned=True)
    entry.refresh_from_db()
    assert entry.key_event and entry.pinned and entry.posted_at == posted_at
    assert entry.body == "<p>Awal.</p>"


def test_a_withdrawn_entry_stays_stored_and_cannot_be_edited(post, editor_user):
    entry = post()
    live_entry_withdraw(entry=entry, user=editor_user)
    assert LiveEntry.objects.get(pk=entry.pk).withdrawn_at is not None
    assert not LiveEntry.objects.visible().exists()
    with pytest.raises(ValidationError):
        live_entry_edit(entry=entry, user=editor_user, body="<p>Lagi.</p>")


def test_ending_records_the_time_and_keeps_the_entries(post, report, editor_user):
    post()
    live_report_end(article=report, user=editor_user)
    report.refresh_from_db()
    assert report.is_live and report.live_ended_at is not None
    assert not report.is_live_now
    assert report.live_entries.visible().count() == 1
    versions = Version.objects.get_for_object(report).select_related("revision")
    assert versions[0].revision.comment == "Laporan langsung diakhiri"
    ended_at = report.live_ended_at
    live_report_end(article=report, user=editor_user)  # a second end changes nothing
    report.refresh_from_db()
    assert report.live_ended_at == ended_at
