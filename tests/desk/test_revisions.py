"""Revisions in Indonesian: history, a word-level compare, a restore that lands on the article."""

import re

import pytest
import reversion
from bs4 import BeautifulSoup
from django.contrib.messages import get_messages
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from reversion.models import Version

from articles.models import Article
from tests.desk.forms import change_form
from tests.factories import make_article, make_category, make_tag, make_user

pytestmark = pytest.mark.django_db

ENGLISH = re.compile(
    r"\b(Date/time|User|Action|Comment|compare|Revert|Recover|Choose a date|History|"
    r"Initial version|Reverted|Press the save button|Save)\b"
)


def _url(view, *args):
    return reverse(f"admin:articles_article_{view}", args=args)


def _visible_text(html: str) -> str:
    html = re.sub(r"<(script|style)\b.*?</\1>", "", html, flags=re.S)
    return re.sub(r"<[^>]+>", " ", html)


@pytest.fixture
def story(editor_client, category, editor_user):
    """A live story saved twice through the admin: a first version and a correction."""
    article = make_article(
        title="Harga Beras Naik",
        lead="Harga beras medium naik di pasar.",
        body="<p>Harga beras medium naik dua persen pekan ini.</p><p>Pedagang mengeluh.</p>",
        category=category,
        editor=editor_user,
    )
    for changes in (
        {},
        {
            "title": "Harga Beras Naik Lagi",
            "body": (
                "<p>Harga beras medium naik tiga persen pekan ini.</p><p>Pedagang mengeluh.</p>"
            ),
            "category": make_category(name="Ekonomi", slug="ekonomi").pk,
        },
    ):
        current = Article.objects.get(pk=article.pk)
        response = editor_client.post(
            _url("change", article.pk), change_form(current, opened=current, **changes)
        )
        assert response.status_code == 302, response.content.decode()[:2000]
    return Article.objects.get(pk=article.pk)


def _versions(article):
    newer, older = Version.objects.get_for_object(article).order_by("-pk")[:2]
    return older, newer


def test_the_history_is_in_indonesian_and_labels_every_choice(editor_client, story):
    response = editor_client.get(_url("history", story.pk))
    assert response.status_code == 200
    html = response.content.decode()
    assert not ENGLISH.findall(_visible_text(html)), ENGLISH.findall(_visible_text(html))
    assert "Bandingkan versi terpilih" in html and "Pulihkan" in html
    older, newer = _versions(story)
    # Every radio button has a label of its own; the newest two are picked.
    for name, version in (("version_id1", older), ("version_id2", newer)):
        radio = re.search(
            rf'<input type="radio" name="{name}" value="{version.pk}" id="([^"]+)"[^>]*>', html
        )
        assert radio and "checked" in radio.group(0)
        assert f'<label for="{radio.group(1)}"' in html
    assert 'style="' not in html  # the site's CSP refuses inline styles


def test_compare_marks_changed_words_and_lists_other_fields(editor_client, story):
    older, newer = _versions(story)
    response = editor_client.get(
        _url("compare", story.pk), {"version_id1": older.pk, "version_id2": newer.pk}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "<pre" not in html
    assert re.search(r"<ins>.*?Lagi</ins>", html)  # the title's new word
    assert re.search(r"<del>.*?dua</del>", html) and re.search(r"<ins>.*?tiga</ins>", html)
    assert "Ringkasan" in html and "(tidak berubah)" in html
    fields = response.context["fields"]
    assert [(f.label, f.before, f.after) for f in fields] == [
        ("Kategori", "Internasional", "Ekonomi")
    ]
    assert not ENGLISH.findall(_visible_text(html))
    # Either order of the two versions compares oldest to newest.
    swapped = editor_client.get(
        _url("compare", story.pk), {"version_id1": newer.pk, "version_id2": older.pk}
    )
    assert swapped.context["older"]["version"] == older


def test_compare_refuses_versions_of_another_article(editor_client, story, category):
    other = make_article(category=category)
    with reversion.create_revision():
        other.save()
    foreign = Version.objects.get_for_object(other).get()
    older, _ = _versions(story)
    response = editor_client.get(
        _url("compare", story.pk), {"version_id1": older.pk, "version_id2": foreign.pk}
    )
    assert response.status_code == 404


def test_compare_reads_the_same_with_many_tags(editor_client, story):
    older, _ = _versions(story)

    def queries_against(count):
        story.tags.set([make_tag() for _ in range(count)])
        with reversion.create_revision():
            story.save()
        newer = Version.objects.get_for_object(story).order_by("-pk").first()
        with CaptureQueriesContext(connection) as captured:
            response = editor_client.get(
                _url("compare", story.pk), {"version_id1": older.pk, "version_id2": newer.pk}
            )
        assert "Tag" in [field.label for field in response.context["fields"]]
        return len(captured)

    assert queries_against(1) == queries_against(8)


def test_restore_lands_on_the_article_and_is_itself_a_revision(editor_client, story):
    older, newer = _versions(story)
    published_at, slug = story.published_at, story.slug
    response = editor_client.post(_url("restore", story.pk, older.pk))
    assert response.status_code == 302
    assert response.url == _url("change", story.pk)
    said = " ".join(str(m) for m in get_messages(response.wsgi_request))
    # It names what it brought back: the words and the filing.
    assert "dipulihkan" in said and "yang berubah: judul, " in said, said
    assert "kategori" in said, said
    restored = Article.objects.get(pk=story.pk)
    assert restored.title == "Harga Beras Naik"
    assert restored.revised_at is not None  # the live page says "Diperbarui"
    assert "dua persen" in restored.body
    assert restored.category.slug == "internasional"
    # Its publication and address stay as they are.
    assert (restored.published_at, restored.slug, restored.status) == (
        published_at,
        slug,
        "published",
    )
    latest = Version.objects.get_for_object(story).order_by("-pk").first()
    assert latest.revision.comment.startswith("Dipulihkan dari versi")
    # ...so it can be undone: restore the version it replaced.
    editor_client.post(_url("restore", story.pk, newer.pk))
    assert Article.objects.get(pk=story.pk).title == "Harga Beras Naik Lagi"


def test_restoring_what_the_article_already_says_says_so(editor_client, story):
    _older, newer = _versions(story)
    response = editor_client.post(_url("restore", story.pk, newer.pk))
    said = " ".join(str(m) for m in get_messages(response.wsgi_request))
    assert "tidak ada yang berubah" in said, said


def test_restore_needs_a_post(editor_client, story):
    older, _ = _versions(story)
    assert editor_client.get(_url("restore", story.pk, older.pk)).status_code == 405


def test_restoring_words_a_live_article_cannot_go_without_is_refused(editor_client, story):
    with reversion.create_revision():
        Article.objects.filter(pk=story.pk).update(lead="")
        reversion.add_to_revision(Article.objects.get(pk=story.pk))
    Article.objects.filter(pk=story.pk).update(lead="Ringkasan ada.")
    empty = Version.objects.get_for_object(story).order_by("-pk").first()
    response = editor_client.post(_url("restore", story.pk, empty.pk), follow=True)
    assert "tidak dapat dipulihkan" in response.content.decode()
    assert Article.objects.get(pk=story.pk).lead == "Ringkasan ada."


def test_the_revision_form_saves_back_onto_the_article_in_indonesian(editor_client, story):
    older, _ = _versions(story)
    page = editor_client.get(_url("revision", story.pk, older.pk))
    assert page.status_code == 200
    assert "Formulir ini memuat versi" in page.content.decode()
    current = Article.objects.get(pk=story.pk)
    response = editor_client.post(
        _url("revision", story.pk, older.pk),
        change_form(current, title="Harga Beras Naik", _save="1"),
    )
    assert response.status_code == 302
    assert response.url == _url("change", story.pk)
    latest = Version.objects.get_for_object(story).order_by("-pk").first()
    assert latest.revision.comment.startswith("Dipulihkan dari versi")


def test_the_history_names_what_a_save_changed_not_the_forms_questions(
    editor_client, category, editor_user
):
    from datetime import timedelta

    from django.utils import timezone

    from tests.desk.forms import local_fields

    article = make_article(
        category=category, editor=editor_user, published_at=timezone.now() - timedelta(days=3)
    )
    moved = local_fields(timezone.now() - timedelta(days=1))
    form = change_form(article, opened=article, confirm_new_address="on", **moved)
    assert editor_client.post(_url("change", article.pk), form).status_code == 302
    comment = Version.objects.get_for_object(article).first().revision.comment
    assert "Waktu terbit" in comment
    assert "ubah alamat" not in comment
    # A save that leaves the time as it was does not name it.
    article.refresh_from_db()
    form = change_form(article, opened=article, lead="Ringkasan yang diperbaiki.")
    assert editor_client.post(_url("change", article.pk), form).status_code == 302
    comment = Version.objects.get_for_object(article).first().revision.comment
    assert "Ringkasan" in comment
    assert "Waktu terbit" not in comment


def test_publishing_a_draft_is_in_the_history_and_its_placeholder_time_is_not(
    editor_client, yesterdays_draft
):
    draft = yesterdays_draft
    first = change_form(draft, opened=draft, lead="Ringkasan baru.")
    assert editor_client.post(_url("change", draft.pk), first).status_code == 302
    draft.refresh_from_db()
    form = change_form(draft, opened=draft)
    response = editor_client.post(_url("change", draft.pk), {**form, "_publish": "1"})
    assert response.status_code == 302
    older, newer = _versions(draft)
    assert "Status" in newer.revision.comment and "Waktu terbit" in newer.revision.comment
    compared = editor_client.get(
        _url("compare", draft.pk), {"version_id1": older.pk, "version_id2": newer.pk}
    )
    fields = {f.label: (f.before, f.after) for f in compared.context["fields"]}
    # The draft's time was its creation's, which nobody chose.
    before, after = fields["Waktu terbit"]
    assert before == "(saat diterbitkan)"
    assert after.endswith("WIB")
    assert fields["Status"] == ("Draf", "Terbit")


def test_the_revision_form_keeps_an_editor_who_no_longer_writes(editor_client, story):
    # The byline's editor left the Editor group: still the article's, and the version's.
    byline = make_user(is_staff=True, username="mantan-redaktur")
    Article.objects.filter(pk=story.pk).update(editor=byline)
    with reversion.create_revision():
        Article.objects.get(pk=story.pk).save()
    version = Version.objects.get_for_object(story).order_by("-pk").first()
    page = editor_client.get(_url("revision", story.pk, version.pk))
    editor = BeautifulSoup(page.content, "html.parser").select_one("select[name=editor]")
    assert editor.select_one("option[selected]")["value"] == str(byline.pk)


def test_versions_saved_within_one_minute_are_told_apart_by_their_seconds(editor_client, story):
    older, newer = _versions(story)
    minute = older.revision.date_created.replace(second=5, microsecond=0)
    older.revision.__class__.objects.filter(pk=older.revision.pk).update(date_created=minute)
    later = minute.replace(second=41)
    newer.revision.__class__.objects.filter(pk=newer.revision.pk).update(date_created=later)
    html = editor_client.get(_url("history", story.pk)).content.decode()
    text = _visible_text(html)
    assert re.search(r"\d\d:\d\d:05 WIB", text) and re.search(r"\d\d:\d\d:41 WIB", text), text
