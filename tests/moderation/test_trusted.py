"""Trusted commenters: published at once after enough approvals and no spam."""

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.core import mail
from django.urls import reverse

from comments.models import Comment
from comments.services import RequestMeta, comment_submit
from tests.comments.factories import make_comment, post_comment

pytestmark = pytest.mark.django_db

EMAIL = "Sari.Dewi@Contoh.example"
META = RequestMeta(ip_address="203.0.113.5", user_agent="Uji")


def submit(article, email=EMAIL, body="Tanggapan baru.", **kwargs):
    return comment_submit(
        article=article, name="Sari", email=email, url="", body=body, request_meta=META, **kwargs
    )


def approved_before(article, count, email=EMAIL):
    return [make_comment(article=article, email=email) for _ in range(count)]


def test_off_by_default(article):
    assert settings.COMMENTS_TRUSTED_AFTER_APPROVED == 0
    approved_before(article, 10)
    comment = submit(article)
    assert comment.status == Comment.Status.PENDING and not comment.auto_approved


def test_published_at_once_after_n_approved_whatever_the_case(article, settings):
    settings.COMMENTS_TRUSTED_AFTER_APPROVED = 3
    approved_before(article, 2, email=EMAIL.lower())
    approved_before(article, 1, email=EMAIL.upper())
    mail.outbox.clear()
    comment = submit(article)
    comment.refresh_from_db()
    assert comment.status == Comment.Status.APPROVED
    assert comment.auto_approved is True
    assert comment.moderated_by is None and comment.moderated_at is not None
    # No moderator is asked about it.
    assert mail.outbox == []


def test_fewer_than_n_approved_waits(article, settings):
    settings.COMMENTS_TRUSTED_AFTER_APPROVED = 3
    approved_before(article, 2)
    make_comment(article=article, email=EMAIL, status=Comment.Status.PENDING)
    make_comment(article=article, email=EMAIL, status=Comment.Status.REJECTED)
    comment = submit(article)
    assert comment.status == Comment.Status.PENDING and not comment.auto_approved


def test_any_spam_refuses_trust(article, settings):
    settings.COMMENTS_TRUSTED_AFTER_APPROVED = 2
    approved_before(article, 20)
    make_comment(article=article, email=EMAIL.upper(), status=Comment.Status.SPAM)
    comment = submit(article)
    assert comment.status == Comment.Status.PENDING and not comment.auto_approved


def test_screening_flag_still_waits(article, settings):
    settings.COMMENTS_TRUSTED_AFTER_APPROVED = 1
    settings.COMMENTS_WATCH_WORDS = ["korupsi"]
    settings.COMMENTS_MAX_LINKS = 0
    approved_before(article, 5)
    watched = submit(article, body="Soal korupsi itu.")
    assert (watched.status, watched.flag) == (Comment.Status.PENDING, Comment.Flag.WATCH_WORD)
    linked = submit(article, body='<a href="https://contoh.example/">tautan</a>')
    assert (linked.status, linked.flag) == (Comment.Status.PENDING, Comment.Flag.LINKS)
    assert not watched.auto_approved and not linked.auto_approved


def test_screening_spam_stays_spam(article, settings):
    settings.COMMENTS_TRUSTED_AFTER_APPROVED = 1
    settings.COMMENTS_BLOCK_WORDS = ["obral"]
    approved_before(article, 5)
    comment = submit(article, body="Obral murah!")
    assert comment.status == Comment.Status.SPAM and not comment.auto_approved


def test_reader_sees_it_at_once_through_the_form(article, settings, client, reader_client):
    settings.COMMENTS_TRUSTED_AFTER_APPROVED = 2
    approved_before(article, 2)
    # A stranger's kept copy of the page, rendered before the comment.
    assert (
        "Langsung tampil untuk semua."
        not in reader_client.get(article.get_absolute_url()).content.decode()
    )
    response = post_comment(client, article, email=EMAIL, body="Langsung tampil untuk semua.")
    assert response.status_code == 303
    comment = Comment.objects.get(body__contains="Langsung tampil")
    assert comment.auto_approved
    html = reader_client.get(article.get_absolute_url()).content.decode()
    assert "Langsung tampil untuk semua." in html


def test_changelist_filters_the_automatic_approvals(moderator_client, article, settings):
    settings.COMMENTS_TRUSTED_AFTER_APPROVED = 1
    approved_before(article, 1)
    automatic = submit(article)
    changelist = reverse("admin:comments_comment_changelist")
    response = moderator_client.get(changelist, {"auto_approved__exact": "1"})
    assert list(response.context["cl"].result_list) == [automatic]
    assert "disetujui otomatis" in response.content.decode().lower()
    response = moderator_client.get(changelist, {"auto_approved__exact": "0"})
    assert automatic not in response.context["cl"].result_list


def test_a_comment_s_page_says_in_words_whether_it_was_approved_automatically(
    moderator_client, article, settings
):
    settings.COMMENTS_TRUSTED_AFTER_APPROVED = 1
    earlier = approved_before(article, 1)
    automatic = submit(article)
    for comment, words in (
        (automatic, "Ya: langsung tampil karena pengirimnya sudah tepercaya."),
        (earlier[0], "Tidak"),
    ):
        page = moderator_client.get(reverse("admin:comments_comment_change", args=[comment.pk]))
        field = BeautifulSoup(page.content, "html.parser").select_one(
            ".field-auto_approved_text .readonly"
        )
        assert field.get_text(strip=True) == words
        assert 'alt="False"' not in str(field) and 'alt="True"' not in str(field)
