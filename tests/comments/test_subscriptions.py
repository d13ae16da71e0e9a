"""Reply notifications: double opt-in per address, one notice a reply, one-click unsubscribe."""

import logging
import re
import time
import traceback
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from django.core import mail, signing
from django.core.cache import cache
from django.db import connection
from django.test import Client, TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from comments.mail_tasks import EmailAttemptFailed
from comments.models import Comment, NotificationAddress, ReplyNotification, ReplySubscription
from comments.moderation.views import UNDO_MINUTES
from comments.services import RequestMeta, comment_moderate, comment_submit
from comments.subscriptions import notifications
from comments.subscriptions.tasks import (
    email_confirmation,
    email_reply_notice,
    send_reply_notice_for,
)
from comments.subscriptions.tokens import unsubscribe_token
from comments.tasks import email_moderators
from tests.comments.factories import make_comment, post_comment
from tests.factories import make_article
from tests.tasks.conftest import recorded_tasks, silent_mail_server  # noqa: F401
from tests.tasks.helpers import run_as_worker

pytestmark = pytest.mark.django_db

SITE = "https://kabar.example"
READER = "Wati.Rahasia@Contoh.example"
REPLIER = "budi.rahasia@contoh.example"
CONFIRM_LINK = re.compile(r"https://kabar\.example/komentar/langganan/konfirmasi/[^/\s\"]+/")
UNSUBSCRIBE_LINK = re.compile(r"https://kabar\.example/komentar/langganan/berhenti/[^/\s\"]+/")
BROKEN_MAIL = "tests.comments.broken_mail.Backend"


@pytest.fixture(autouse=True)
def site(settings):
    settings.SITE_URL = SITE
    settings.MODERATOR_EMAILS = []


def committed():
    """Run what waits for the transaction's commit, as a real commit would."""
    return TestCase.captureOnCommitCallbacks(execute=True)


def follow(client, article, email=READER, **fields):
    """POST a comment with the notification box ticked; the stored comment."""
    fields.setdefault("body", "Komentar yang ingin tahu balasannya.")
    with committed():
        response = post_comment(client, article, email=email, notify_replies="on", **fields)
    assert response.status_code == 303
    return Comment.objects.latest("pk")


def approve(comments):
    with committed():
        return comment_moderate(comments=comments, status=Comment.Status.APPROVED, moderator=None)


def reply_to(parent, *, email=REPLIER, name="Budi", approved=True):
    reply = make_comment(
        article=parent.article,
        parent=parent,
        status=Comment.Status.PENDING,
        email=email,
        name=name,
        body="Saya setuju dengan Anda.",
    )
    if approved:
        approve(Comment.objects.filter(pk=reply.pk))
    return reply


def path_of(url: str) -> str:
    return urlsplit(url).path


def confirmed_follower(client, article):
    """A comment whose author ticked the box and confirmed; approved."""
    comment = follow(client, article)
    approve(Comment.objects.filter(pk=comment.pk))
    [confirmation] = mail.outbox
    client.post(path_of(CONFIRM_LINK.search(confirmation.body).group()))
    mail.outbox.clear()
    comment.refresh_from_db()
    return comment


# --- The form -----------------------------------------------------------------


def _checkbox(html):
    return BeautifulSoup(html, "html.parser").find("input", attrs={"name": "notify_replies"})


def test_the_form_offers_the_box_unticked(client, article):
    html = client.get(article.get_absolute_url()).content.decode()
    box = _checkbox(html)
    assert box["type"] == "checkbox"
    assert not box.has_attr("checked")
    assert "Beri tahu saya lewat email jika ada balasan" in box.find_parent("label").get_text()


def test_the_box_stays_ticked_when_the_form_comes_back(client, article):
    response = post_comment(client, article, body="", notify_replies="on")
    assert response.status_code == 400
    assert _checkbox(response.content.decode()).has_attr("checked")
    assert NotificationAddress.objects.count() == 0


def test_without_the_box_nothing_is_followed_or_sent(client, article):
    with committed():
        post_comment(client, article, email=READER)
    assert ReplySubscription.objects.count() == NotificationAddress.objects.count() == 0
    assert mail.outbox == []


def test_a_comment_marked_spam_follows_nothing(client, article):
    follow(client, article, situs_web="http://spam.example/")
    assert Comment.objects.get().status == Comment.Status.SPAM
    assert ReplySubscription.objects.count() == 0
    assert mail.outbox == []


# --- Double opt-in ---------------------------------------------------------------


def test_a_new_address_gets_one_confirmation_and_nothing_else(client, reader_client, article):
    first = follow(client, article, body="Komentar pertama.")
    follow(reader_client, article, email=READER.upper(), body="Komentar kedua.")
    [confirmation] = mail.outbox
    assert confirmation.to == [READER.lower()]
    assert CONFIRM_LINK.search(confirmation.body)
    assert CONFIRM_LINK.search(confirmation.alternatives[0][0])
    address = NotificationAddress.objects.get()
    assert address.email == READER.lower() and address.confirmed_at is None
    assert ReplySubscription.objects.filter(address=address).count() == 2

    # Replies before the address is confirmed: nothing goes to it.
    approve(Comment.objects.filter(pk=first.pk))
    reply_to(first)
    assert len(mail.outbox) == 1
    assert not ReplyNotification.objects.filter(notified_at__isnull=False).exists()


def test_confirming_activates_the_address_and_its_subscriptions(client, reader_client, article):
    comment = follow(client, article)
    approve(Comment.objects.filter(pk=comment.pk))
    link = CONFIRM_LINK.search(mail.outbox[0].body).group()
    # Opening the link (or a mail scanner fetching it) confirms nothing.
    opened = reader_client.get(path_of(link))  # another browser, nobody logged in
    assert opened.status_code == 200
    assert "Ya, aktifkan pemberitahuan balasan" in opened.content.decode()
    assert not NotificationAddress.objects.get().is_active
    response = reader_client.post(path_of(link))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Pemberitahuan balasan aktif" in html
    assert "sudah dikonfirmasi" in html
    assert READER.lower() not in html.lower()
    assert response["Cache-Control"] == "private, no-store"
    assert response["Referrer-Policy"] == "no-referrer"
    assert NotificationAddress.objects.get().is_active

    # Asking again on another comment sends no new confirmation.
    follow(reader_client, article, body="Lagi.")
    assert len(mail.outbox) == 1
    reply_to(comment)
    assert len(mail.outbox) == 2


# --- The notice of a reply ---------------------------------------------------------


def test_the_notice_links_the_reply_and_hides_the_repliers_email(client, article):
    comment = confirmed_follower(client, article)
    reply = reply_to(comment, name="Budi Penjawab")
    [notice] = mail.outbox
    assert notice.to == [READER.lower()]
    assert article.title in notice.subject
    reply_url = f"{SITE}{article.get_absolute_url()}#komentar-{reply.pk}"
    html = notice.alternatives[0][0]
    assert reply_url in notice.body and reply_url in html
    assert "Budi Penjawab" in notice.body
    raw = notice.message().as_string()
    assert REPLIER not in raw and "budi.rahasia" not in raw
    # One-click unsubscribe (RFC 8058), and the same page linked in the body.
    stop = UNSUBSCRIBE_LINK.search(notice.body).group()
    assert notice.extra_headers["List-Unsubscribe"] == f"<{stop}>"
    assert notice.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert "List-Unsubscribe-Post: List-Unsubscribe=One-Click" in raw
    assert stop in html


def test_a_reply_to_yourself_sends_nothing(client, article):
    comment = confirmed_follower(client, article)
    reply_to(comment, email=READER.upper(), name="Wati")
    assert mail.outbox == []


def test_a_reply_approved_twice_is_announced_once(client, article):
    comment = confirmed_follower(client, article)
    reply = reply_to(comment)
    replies = Comment.objects.filter(pk=reply.pk)
    with committed():
        comment_moderate(comments=replies, status=Comment.Status.REJECTED, moderator=None)
    approve(replies)
    assert send_reply_notice_for(reply.pk) == 0  # a late duplicate task
    assert len(mail.outbox) == 1
    assert ReplyNotification.objects.get(reply=reply).notified_at is not None


def test_a_reply_from_a_trusted_commenter_is_announced_at_once(
    client, reader_client, article, settings
):
    settings.COMMENTS_TRUSTED_AFTER_APPROVED = 1
    comment = confirmed_follower(client, article)
    make_comment(article=article, email=REPLIER)  # earns trust
    with committed():
        post_comment(reader_client, article, email=REPLIER, parent=comment.pk, body="Balasan.")
    reply = Comment.objects.latest("pk")
    assert reply.auto_approved
    [notice] = mail.outbox
    assert f"#komentar-{reply.pk}" in notice.body


def test_a_newsroom_reply_is_announced_at_once(client, article, editor_user):
    comment = confirmed_follower(client, article)
    with committed():
        reply = comment_submit(
            article=article,
            name="Redaksi Kabar",
            email=editor_user.email,
            url="",
            body="Terima kasih, sudah kami perbaiki.",
            parent=comment,
            request_meta=RequestMeta(ip_address=None, user_agent=""),
            newsroom_user=editor_user,
        )
    [notice] = mail.outbox
    assert f"#komentar-{reply.pk}" in notice.body
    assert editor_user.email not in notice.message().as_string()


def test_a_pending_or_rejected_reply_is_not_announced(client, article):
    comment = confirmed_follower(client, article)
    reply = reply_to(comment, approved=False)
    with committed():
        comment_moderate(
            comments=Comment.objects.filter(pk=reply.pk),
            status=Comment.Status.REJECTED,
            moderator=None,
        )
    assert send_reply_notice_for(reply.pk) == 0
    assert mail.outbox == []


# --- Unsubscribing ---------------------------------------------------------------


def test_the_unsubscribe_page_asks_then_a_tokenless_post_unsubscribes(client, article):
    comment = confirmed_follower(client, article)
    reply_to(comment)
    [notice] = mail.outbox
    stop = path_of(UNSUBSCRIBE_LINK.search(notice.body).group())
    browser = Client(enforce_csrf_checks=True)

    page = browser.get(stop)
    assert page.status_code == 200
    form = BeautifulSoup(page.content, "html.parser").find("form", attrs={"method": "post"})
    assert form.find("button").get_text(strip=True) == "Ya, berhenti berlangganan"
    assert form.get("action") == stop
    assert READER.lower() not in page.content.decode().lower()
    assert NotificationAddress.objects.get().is_active  # a GET changes nothing

    # What a mail client sends for one click: no cookie, no token of Django's.
    done = browser.post(stop, {"List-Unsubscribe": "One-Click"})
    assert done.status_code == 200
    assert "Anda sudah berhenti berlangganan" in done.content.decode()
    assert NotificationAddress.objects.get().unsubscribed_at is not None

    reply_to(comment, email="lain@contoh.example")
    assert len(mail.outbox) == 1
    # A second click (or a mail client's retry) is harmless.
    assert browser.post(stop).status_code == 200


def test_after_unsubscribing_the_old_confirmation_link_is_refused(client, article):
    follow(client, article)
    link = path_of(CONFIRM_LINK.search(mail.outbox[0].body).group())
    assert client.post(link).status_code == 200
    address = NotificationAddress.objects.get()
    client.post(reverse("comments:subscriptions:unsubscribe", args=[unsubscribe_token(address)]))
    response = client.post(link)
    assert response.status_code == 400
    assert "Tautan tidak berlaku" in response.content.decode()
    assert not NotificationAddress.objects.get().is_active


def _tampered(token: str) -> list[str]:
    value, _, signature = token.rpartition(":")
    pk, _, rest = value.partition(".")
    return [
        f"{value}:{signature[:-1]}{'A' if signature[-1] != 'A' else 'B'}",
        f"{int(pk) + 1}.{rest}:{signature}",
        "1.abc",
        "bukan-token",
    ]


def test_tampered_tokens_are_refused(client, article):
    follow(client, article)
    confirm = path_of(CONFIRM_LINK.search(mail.outbox[0].body).group())
    token = confirm.rstrip("/").rsplit("/", 1)[1]
    address = NotificationAddress.objects.get()
    stop_token = unsubscribe_token(address)
    for bad in _tampered(token):
        url = reverse("comments:subscriptions:confirm", args=[bad])
        assert client.get(url).status_code == 400, bad
        assert client.post(url).status_code == 400, bad
    for bad in _tampered(stop_token):
        url = reverse("comments:subscriptions:unsubscribe", args=[bad])
        assert Client(enforce_csrf_checks=True).post(url).status_code == 400, bad
    # One kind of token is not the other.
    assert (
        client.get(reverse("comments:subscriptions:confirm", args=[stop_token])).status_code == 400
    )
    wrong = reverse("comments:subscriptions:unsubscribe", args=[token])
    assert client.post(wrong).status_code == 400
    address.refresh_from_db()
    assert address.confirmed_at is None and address.unsubscribed_at is None


def test_an_expired_confirmation_is_refused(client, article, monkeypatch):
    follow(client, article)
    link = path_of(CONFIRM_LINK.search(mail.outbox[0].body).group())
    later = time.time() + 4 * 24 * 3600
    monkeypatch.setattr(signing.time, "time", lambda: later)
    assert client.post(link).status_code == 400
    assert NotificationAddress.objects.get().confirmed_at is None


# --- In the background ------------------------------------------------------------


def test_the_emails_are_enqueued_with_ids_only(client, article, recorded_tasks):  # noqa: F811
    comment = follow(client, article)
    [queued] = [r for r in recorded_tasks if r.task.func is not email_moderators.func]
    address = NotificationAddress.objects.get()
    assert queued.task.func is email_confirmation.func
    assert (list(queued.args), queued.kwargs) == ([address.pk], {})
    assert mail.outbox == []
    run_as_worker(queued)
    assert len(mail.outbox) == 1

    NotificationAddress.objects.update(confirmed_at=address.created_at)
    ReplySubscription.objects.update(confirmed_at=address.created_at)
    Comment.objects.filter(pk=comment.pk).update(status=Comment.Status.APPROVED)
    recorded_tasks.clear()
    reply = reply_to(comment)
    [notice_task] = [r for r in recorded_tasks if r.task.func is email_reply_notice.func]
    assert list(notice_task.args) == [reply.pk]
    assert len(mail.outbox) == 1  # nothing sent by the approval itself
    run_as_worker(notice_task)
    assert len(mail.outbox) == 2


def test_a_reply_notice_waits_so_an_undone_approval_sends_nothing(
    client,
    article,
    settings,
    recorded_tasks,  # noqa: F811
):
    # As long as the queue offers to undo the approval.
    delay = settings.REPLY_NOTICE_DELAY_SECONDS
    assert delay >= UNDO_MINUTES * 60
    before = time.time()
    reply, queued = _queued_reply_notice(client, article, recorded_tasks)
    assert before + delay - 1 <= queued.task.run_after.timestamp() <= time.time() + delay + 1

    # The moderator undoes the approval before the worker takes the task.
    with committed():
        comment_moderate(
            comments=Comment.objects.filter(pk=reply.pk),
            status=Comment.Status.PENDING,
            moderator=None,
        )
    sent = len(mail.outbox)
    assert run_as_worker(queued) == 0
    assert len(mail.outbox) == sent
    assert ReplyNotification.objects.filter(notified_at__isnull=False).count() == 0


def _queued_reply_notice(client, article, tasks):
    """A confirmed follower's approved comment and a reply to it: the reply and its notice task."""
    comment = follow(client, article)
    NotificationAddress.objects.update(confirmed_at=Comment.objects.get().created_at)
    ReplySubscription.objects.update(confirmed_at=Comment.objects.get().created_at)
    Comment.objects.filter(pk=comment.pk).update(status=Comment.Status.APPROVED)
    tasks.clear()
    reply = reply_to(comment)
    [queued] = [r for r in tasks if r.task.func is email_reply_notice.func]
    return reply, queued


def test_a_mail_server_that_is_down_fails_the_task_and_retries_later(
    client,
    article,
    settings,
    recorded_tasks,  # noqa: F811
    caplog,
):
    reply, queued = _queued_reply_notice(client, article, recorded_tasks)
    settings.EMAIL_BACKEND = BROKEN_MAIL
    with caplog.at_level(logging.WARNING, logger="comments"):
        with pytest.raises(EmailAttemptFailed):
            run_as_worker(queued)
    retry = recorded_tasks[-1]
    assert retry.task.func is email_reply_notice.func
    assert (list(retry.args), retry.kwargs) == ([reply.pk], {"attempt": 2})
    assert retry.task.run_after is not None
    assert ReplyNotification.objects.get().notified_at is None  # released for the retry
    assert f"Reply notice for comment {reply.pk}" in caplog.text
    assert "budi.rahasia" not in caplog.text.lower() and "wati.rahasia" not in caplog.text.lower()

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert run_as_worker(retry) == 1
    assert len(mail.outbox) == 1


def test_a_server_refusing_the_reader_keeps_their_address_out_of_the_failed_task(
    client,
    article,
    settings,
    recorded_tasks,  # noqa: F811
    caplog,
):
    _, queued = _queued_reply_notice(client, article, recorded_tasks)
    settings.EMAIL_BACKEND = "tests.comments.broken_mail.RefusingBackend"
    with caplog.at_level(logging.DEBUG):
        with pytest.raises(EmailAttemptFailed) as failed:
            run_as_worker(queued)
    shown = "".join(traceback.format_exception(failed.value)) + caplog.text
    assert "SMTPRecipientsRefused" in shown
    assert "wati.rahasia" not in shown.lower()


def test_a_down_mail_server_neither_fails_the_post_nor_the_approval(
    client, article, settings, caplog
):
    settings.EMAIL_BACKEND = BROKEN_MAIL
    with caplog.at_level(logging.WARNING):
        comment = follow(client, article)  # asserts the 303
        assert Comment.objects.filter(pk=comment.pk).exists()
        NotificationAddress.objects.update(confirmed_at=comment.created_at)
        ReplySubscription.objects.update(confirmed_at=comment.created_at)
        approve(Comment.objects.filter(pk=comment.pk))
        reply = reply_to(comment)
    assert Comment.objects.get(pk=reply.pk).status == Comment.Status.APPROVED
    assert mail.outbox == []
    assert "not retried" in caplog.text
    assert "wati.rahasia" not in caplog.text.lower() and "budi.rahasia" not in caplog.text.lower()
    # The notice was not lost: it goes once the server is back.
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert send_reply_notice_for(reply.pk) == 1


def test_when_the_queue_is_down_the_mail_is_sent_at_once(client, article, monkeypatch, caplog):
    class Unreachable:
        def enqueue(self, *args, **kwargs):
            raise ConnectionError("queue down")

    monkeypatch.setattr(notifications, "email_confirmation", Unreachable())
    with caplog.at_level(logging.WARNING):
        follow(client, article)
    assert len(mail.outbox) == 1
    assert "Could not queue the confirmation email for address" in caplog.text
    assert "wati.rahasia" not in caplog.text.lower()


def test_without_queue_nor_mail_server_a_bulk_approval_tries_the_server_once(
    client, article, settings, monkeypatch, caplog
):
    class Unreachable:
        def enqueue(self, *args, **kwargs):
            raise ConnectionError("queue down")

    comment = confirmed_follower(client, article)
    other = make_comment(article=article, email=READER)
    ReplySubscription.objects.create(comment=other, address=NotificationAddress.objects.get())
    replies = [reply_to(parent, approved=False) for parent in (comment, comment, other)]
    monkeypatch.setattr(notifications, "email_reply_notice", Unreachable())
    settings.EMAIL_BACKEND = BROKEN_MAIL
    tried = []

    def send_now(reply_id, *, timeout):
        tried.append(reply_id)
        return send_reply_notice_for(reply_id, timeout=timeout)

    monkeypatch.setattr(notifications, "send_reply_notice_for", send_now)
    with caplog.at_level(logging.WARNING):
        assert approve(Comment.objects.filter(pk__in=[r.pk for r in replies])) == 3
    assert len(tried) == 1  # the mail server is asked once, not once a reply
    assert mail.outbox == []
    assert caplog.text.count("Could not queue the reply notice") == 1
    assert caplog.text.count("was not sent") == 2


@pytest.mark.django_db(transaction=True)
def test_the_post_and_the_approval_answer_at_once_while_the_mail_server_hangs(
    settings,
    recorded_tasks,  # noqa: F811
    silent_mail_server,  # noqa: F811
):
    # Real commits: the on_commit work runs within the request, as in production.
    settings.SITE_URL = SITE
    # A send would wait out this timeout: no request waits it, nor calls the server.
    settings.EMAIL_TIMEOUT = 30
    article = make_article()
    client = Client()
    client.get(article.get_absolute_url())  # a warm process
    post_comment(Client(), article, body="Komentar pembaca lain.")
    started = time.monotonic()
    response = post_comment(client, article, email=READER, notify_replies="on")
    elapsed = time.monotonic() - started
    assert response.status_code == 303
    assert silent_mail_server == []  # the mail server was not called
    assert email_confirmation.func in [r.task.func for r in recorded_tasks]
    assert elapsed < settings.EMAIL_TIMEOUT / 2, f"the comment POST took {elapsed:.1f} s"
    comment = Comment.objects.latest("pk")
    assert ReplySubscription.objects.filter(comment=comment).exists()

    NotificationAddress.objects.update(confirmed_at=comment.created_at)
    ReplySubscription.objects.update(confirmed_at=comment.created_at)
    Comment.objects.filter(pk=comment.pk).update(status=Comment.Status.APPROVED)
    reply = make_comment(
        article=article, parent=comment, status=Comment.Status.PENDING, email=REPLIER
    )
    started = time.monotonic()
    comment_moderate(
        comments=Comment.objects.filter(pk=reply.pk),
        status=Comment.Status.APPROVED,
        moderator=None,
    )
    elapsed = time.monotonic() - started
    assert elapsed < settings.EMAIL_TIMEOUT / 2, f"the approval took {elapsed:.1f} s"
    assert silent_mail_server == []  # the mail server was not even called
    assert [r.task.func for r in recorded_tasks if r.task.func is email_reply_notice.func] == [
        email_reply_notice.func
    ]


# --- Privacy and cost ---------------------------------------------------------------


def test_the_address_stays_hidden_on_the_page(client, reader_client, article):
    comment = confirmed_follower(client, article)
    reply_to(comment)
    for browser in (client, reader_client):
        cache.clear()
        html = browser.get(article.get_absolute_url()).content.decode().lower()
        assert "wati.rahasia" not in html and "budi.rahasia" not in html
    stop = path_of(UNSUBSCRIBE_LINK.search(mail.outbox[0].body).group())
    assert "wati.rahasia" not in reader_client.get(stop).content.decode().lower()


def _queries(client, article) -> int:
    cache.clear()
    with CaptureQueriesContext(connection) as captured:
        response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    return len(captured)


def test_the_article_page_costs_the_same_with_0_or_300_subscriptions(client, article):
    comments = [make_comment(article=article) for _ in range(300)]
    without = _queries(client, article)
    addresses = NotificationAddress.objects.bulk_create(
        NotificationAddress(email=f"pengikut{n}@contoh.example") for n in range(300)
    )
    ReplySubscription.objects.bulk_create(
        ReplySubscription(comment=comment, address=address)
        for comment, address in zip(comments, addresses, strict=True)
    )
    assert ReplySubscription.objects.count() == 300
    assert _queries(client, article) == without
