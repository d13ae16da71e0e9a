"""An approved comment its author edits keeps its place only while the new text is clean."""

import pytest

from comments.models import Comment, CommentTransition
from tests.comments.test_editing import edit_url, page_text, posted

pytestmark = pytest.mark.django_db


def test_a_typo_fix_stays_published(client, reader_client, article):
    comment = posted(client, article, body="Semoga korban cepat ditemukan.")
    client.post(edit_url(comment), {"body": "Semoga para korban cepat ditemukan."})
    comment.refresh_from_db()
    assert comment.status == Comment.Status.APPROVED
    assert "para korban" in page_text(reader_client, article)


def test_rewritten_into_a_disguised_promotion_it_leaves_the_page(
    client, reader_client, article, settings, mailoutbox
):
    settings.MODERATOR_EMAILS = ["moderator@redaksi.example"]
    comment = posted(client, article, body="Setuju dengan artikel ini.")
    client.post(
        edit_url(comment),
        {"body": "Setuju. 𝗦𝗟𝗢𝗧 𝗚𝗔𝗖𝗢𝗥 pasti maxwin, daftar di ｇａｃｏｒ８８．ｃｏｍ"},
    )
    comment.refresh_from_db()
    assert comment.status in (Comment.Status.SPAM, Comment.Status.PENDING)
    assert comment.status != Comment.Status.APPROVED
    assert "maxwin" not in page_text(reader_client, article).lower()
    entry = CommentTransition.objects.get(comment=comment)
    assert (entry.from_status, entry.reason) == ("approved", "edit")


def test_a_likely_spam_edit_is_held_with_its_score(client, reader_client, article, settings):
    settings.COMMENTS_SPAM_HOLD_SCORE = 3
    settings.COMMENTS_SPAM_SCORE = 1000
    comment = posted(client, article, body="Tanggapan saya soal banjir.")
    client.post(edit_url(comment), {"body": "Butuh dana? Pinjaman tunai cair cepat tanpa jaminan."})
    comment.refresh_from_db()
    assert (comment.status, comment.flag) == (Comment.Status.PENDING, Comment.Flag.LIKELY_SPAM)
    assert comment.spam_score >= 3 and comment.spam_reasons
    assert "Pinjol" not in page_text(reader_client, article)


def test_adding_a_link_sends_it_back_to_the_moderators(client, reader_client, article):
    comment = posted(client, article, body="Informasi yang bagus.")
    client.post(
        edit_url(comment), {"body": "Informasi yang bagus, lihat juga https://contoh.co.id/a"}
    )
    comment.refresh_from_db()
    assert (comment.status, comment.flag) == (Comment.Status.PENDING, Comment.Flag.EDITED)
    assert "contoh.co.id" not in page_text(reader_client, article)
    assert "contoh.co.id" in page_text(client, article)
