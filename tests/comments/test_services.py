"""``comment_submit`` and the other writes: validation, screening, side effects."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import timezone

from comments.models import Comment
from comments.services import RequestMeta, comment_moderate, comment_submit
from tests import factories
from tests.comments.factories import make_comment

pytestmark = pytest.mark.django_db

META = RequestMeta(ip_address="203.0.113.7", user_agent="Mozilla/5.0 Uji")


def submit(article, **kwargs):
    values = {
        "article": article,
        "name": "Sari",
        "email": "sari@contoh.example",
        "url": "",
        "body": "Tanggapan saya.",
        "request_meta": META,
    }
    values.update(kwargs)
    return comment_submit(**values)


def test_a_new_comment_waits_with_its_request_data(article):
    comment = submit(article, body="Halo\nsemua")
    assert comment.status == Comment.Status.PENDING
    assert comment.body == "<p>Halo<br>semua</p>"
    assert (comment.ip_address, comment.user_agent) == ("203.0.113.7", "Mozilla/5.0 Uji")
    assert comment.moderated_by is None


def test_moderators_are_emailed_after_commit(article, settings, django_capture_on_commit_callbacks):
    settings.MODERATOR_EMAILS = ["meja@redaksi.example"]
    factories.make_user(groups=["Moderator"], email="mod@redaksi.example")
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        submit(article)
    assert mail.outbox == []  # nothing before the commit
    for callback in callbacks:
        callback()
    # One message to each moderator: none sees another's address.
    assert sorted(message.to for message in mail.outbox) == [
        ["meja@redaksi.example"],
        ["mod@redaksi.example"],
    ]
    for message in mail.outbox:
        assert message.cc == message.bcc == []
        assert article.title in message.subject
        assert "sari@contoh.example" not in message.body  # no private data in mail
        assert "203.0.113.7" not in message.body


def test_a_failing_mail_server_does_not_fail_the_comment(
    article, settings, django_capture_on_commit_callbacks
):
    settings.MODERATOR_EMAILS = ["meja@redaksi.example"]
    settings.EMAIL_BACKEND = "tests.comments.broken_mail.Backend"
    with django_capture_on_commit_callbacks(execute=True):
        comment = submit(article)
    assert Comment.objects.filter(pk=comment.pk).exists()


def test_spam_does_not_email(article, settings, django_capture_on_commit_callbacks):
    settings.MODERATOR_EMAILS = ["meja@redaksi.example"]
    with django_capture_on_commit_callbacks(execute=True):
        comment = submit(article, trap_filled=True)
    assert comment.status == Comment.Status.SPAM
    assert comment.flag == Comment.Flag.HONEYPOT
    assert mail.outbox == []


def test_block_word_is_spam(article, settings):
    settings.COMMENTS_BLOCK_WORDS = ["judi"]
    comment = submit(article, body="Ayo main JUDI daring!")
    assert (comment.status, comment.flag) == (Comment.Status.SPAM, Comment.Flag.BLOCK_WORD)


def test_block_word_matches_words_not_parts(article, settings):
    settings.COMMENTS_BLOCK_WORDS = ["judi"]
    assert submit(article, body="Perjudian dibahas di artikel ini.").status == "pending"


def test_watch_word_is_held_with_a_flag(article, settings):
    settings.COMMENTS_WATCH_WORDS = ["pinjol"]
    comment = submit(article, body="Ada tawaran pinjol murah.")
    assert (comment.status, comment.flag) == (Comment.Status.PENDING, Comment.Flag.WATCH_WORD)


def test_more_than_two_links_is_held_with_a_flag(article):
    body = "https://a.co.id https://b.com https://c.org"
    comment = submit(article, body=body)
    assert (comment.status, comment.flag) == (Comment.Status.PENDING, Comment.Flag.LINKS)
    assert submit(article, body="https://a.co.id https://b.com").flag == ""


def test_a_repeat_of_the_posters_own_comment_returns_it(article):
    first = submit(article, body="Sama persis.")
    again = submit(
        article, email="SARI@contoh.example", body="Sama persis.", earlier_ids=[first.pk]
    )
    assert again.pk == first.pk
    assert Comment.objects.count() == 1


def test_the_same_text_from_someone_else_is_a_new_comment(article):
    first = submit(article, body="Sama persis.")
    # Another browser remembers other comments: the email is never compared.
    other = submit(article, email=first.email, body="Sama persis.", earlier_ids=[])
    assert other.pk != first.pk


def test_a_repeat_after_the_window_is_a_new_comment(article, settings):
    first = submit(article, body="Sama persis.")
    Comment.objects.filter(pk=first.pk).update(created_at=timezone.now() - timedelta(days=2))
    assert submit(article, body="Sama persis.", earlier_ids=[first.pk]).pk != first.pk


def test_closed_article_refuses(article):
    article.comments_open = False
    article.save()
    with pytest.raises(ValidationError) as excinfo:
        submit(article)
    assert excinfo.value.code == "closed"


def test_reply_only_to_an_approved_comment_of_the_article(article):
    waiting = make_comment(article=article, status=Comment.Status.PENDING)
    with pytest.raises(ValidationError):
        submit(article, parent=waiting)
    elsewhere = make_comment(article=factories.make_article())
    with pytest.raises(ValidationError):
        submit(article, parent=elsewhere)
    parent = make_comment(article=article)
    reply = submit(article, parent=parent)
    assert (reply.parent, reply.root, reply.depth) == (parent, parent, 1)


def test_empty_after_sanitizing_is_refused(article):
    with pytest.raises(ValidationError) as excinfo:
        submit(article, body="<script>alert(1)</script>")
    assert "body" in excinfo.value.message_dict


def test_moderate_records_who_and_when(article):
    moderator = factories.make_user(groups=["Moderator"], is_staff=True)
    waiting = [make_comment(article=article, status="pending") for _ in range(2)]
    already = make_comment(article=article, moderated_at=None)
    count = comment_moderate(
        comments=Comment.objects.all(), status=Comment.Status.APPROVED, moderator=moderator
    )
    assert count == 2
    for comment in waiting:
        comment.refresh_from_db()
        assert comment.status == "approved"
        assert comment.moderated_by == moderator
        assert comment.moderated_at is not None
    already.refresh_from_db()
    assert already.moderated_by is None
