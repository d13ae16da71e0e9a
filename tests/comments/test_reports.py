"""Readers report comments: once per browser, enough of them hide it, moderators see why."""

import time

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from comments.models import Comment, CommentReport
from comments.tickets import new_ticket_value
from tests.comments.factories import give_ticket, make_comment

pytestmark = pytest.mark.django_db


def report_url(comment):
    return reverse("comments:report", args=[comment.pk])


def report(client, comment, *, reason="spam", note="", address="203.0.113.1", **meta):
    """POST the report form as a browser that opened the report page would (and follow it)."""
    give_ticket(client)
    data = {"reason": reason, "note": note}
    return client.post(report_url(comment), data, REMOTE_ADDR=address, follow=True, **meta)


def comments_region(client, article) -> str:
    html = client.get(article.get_absolute_url()).content.decode()
    return str(BeautifulSoup(html, "html.parser").find(id="komentar"))


def test_the_report_page_is_private_with_a_form(client, article):
    comment = make_comment(article=article, body="Komentar biasa.")
    response = client.get(report_url(comment))
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    soup = BeautifulSoup(response.content, "html.parser")
    form = soup.find("form", action=report_url(comment))
    assert form["method"] == "post"
    assert form.find("input", {"name": "csrfmiddlewaretoken"})
    labels = form.get_text()
    for label in ("Spam", "Kasar/ujaran kebencian", "Informasi keliru", "Lainnya"):
        assert label in labels
    assert "kabar_tiket" in response.cookies


def test_every_approved_comment_links_to_its_report_page_the_same_for_everyone(
    client, reader_client, article
):
    comment = make_comment(article=article)
    pending = make_comment(article=article, status=Comment.Status.PENDING)
    first = client.get(article.get_absolute_url())
    cache.clear()
    second = reader_client.get(article.get_absolute_url())
    assert first.content == second.content
    html = first.content.decode()
    assert f'href="{report_url(comment)}"' in html
    assert report_url(pending) not in html
    assert ">Laporkan</a>" in html


def test_a_report_is_thanked_and_stored_without_the_reader_id(client, article):
    comment = make_comment(article=article)
    response = report(client, comment, reason="abusive", note="Menghina pembaca lain.")
    assert response.status_code == 200
    assert "Terima kasih" in response.content.decode()
    stored = CommentReport.objects.get()
    assert (stored.comment, stored.reason, stored.note) == (
        comment,
        "abusive",
        "Menghina pembaca lain.",
    )
    assert len(stored.reader_hash) == 64
    assert stored.reader_hash not in client.cookies["kabar_pembaca"].value
    # Thanked by a GET of the report's address: a reload sends nothing again.
    assert response.redirect_chain == [(report_url(comment), 303)]
    assert len(stored.address_bucket) == 5


def test_reports_from_one_browser_count_once(client, article, settings):
    settings.COMMENTS_REPORTS_TO_HIDE = 2
    comment = make_comment(article=article)
    for n in range(3):
        response = report(client, comment, address=f"198.51.100.{n + 1}")
        assert response.status_code == 200
    assert CommentReport.objects.count() == 1
    comment.refresh_from_db()
    assert comment.status == Comment.Status.APPROVED


def test_reports_from_different_browsers_hide_the_comment(client, article, settings):
    settings.COMMENTS_REPORTS_TO_HIDE = 3
    comment = make_comment(article=article, body="Komentar yang dilaporkan.")
    other = make_comment(article=article, body="Komentar lain tetap.")
    assert "Komentar yang dilaporkan." in comments_region(client, article)  # now kept
    for n in range(2):
        report(Client(), comment, address=f"198.51.{n + 1}.1")
    comment.refresh_from_db()
    assert comment.status == Comment.Status.APPROVED
    report(Client(), comment, address="198.51.3.1")
    comment.refresh_from_db()
    assert (comment.status, comment.flag) == (Comment.Status.PENDING, Comment.Flag.REPORTED)
    region = comments_region(client, article)
    assert "Komentar yang dilaporkan." not in region
    assert "Komentar lain tetap." in region
    other.refresh_from_db()
    assert other.status == Comment.Status.APPROVED


def test_browsers_behind_one_address_count_once(article, settings):
    settings.COMMENTS_REPORTS_TO_HIDE = 2
    comment = make_comment(article=article)
    for _ in range(3):
        report(Client(), comment, address="198.51.100.7")
    assert CommentReport.objects.count() == 3
    comment.refresh_from_db()
    assert comment.status == Comment.Status.APPROVED


def test_a_comment_approved_again_needs_new_reports(moderator_client, article, settings):
    settings.COMMENTS_REPORTS_TO_HIDE = 2
    comment = make_comment(article=article)
    for n in range(2):
        report(Client(), comment, address=f"198.51.{n + 1}.1")
    comment.refresh_from_db()
    assert comment.status == Comment.Status.PENDING
    moderator_client.post(
        reverse("admin:comments_comment_changelist"),
        {"action": "approve", "_selected_action": [comment.pk]},
    )
    report(Client(), comment, address="198.51.9.1")
    comment.refresh_from_db()
    assert comment.status == Comment.Status.APPROVED


def test_reports_are_rate_limited_per_address(article, settings):
    settings.COMMENTS_REPORT_RATE_LIMIT = "2/m"
    comments = [make_comment(article=article) for _ in range(3)]
    answers = [report(Client(), c, address="198.51.100.20").status_code for c in comments]
    assert answers == [200, 200, 429]
    assert CommentReport.objects.count() == 2
    elsewhere = report(Client(), comments[2], address="198.51.100.21")
    assert elsewhere.status_code == 200


def test_the_rate_limit_answer_says_when_to_retry(article, settings):
    settings.COMMENTS_REPORT_RATE_LIMIT = "1/m"
    comment = make_comment(article=article)
    report(Client(), comment)
    response = report(Client(), comment)
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    assert "Terlalu banyak permintaan" in response.content.decode()


def test_a_report_needs_a_reason_and_a_ticket(client, article):
    comment = make_comment(article=article)
    response = report(client, comment, reason="")
    assert response.status_code == 400
    assert "Pilih alasan laporan Anda." in response.content.decode()
    give_ticket(client, None)
    response = client.post(report_url(comment), {"reason": "spam"})
    assert response.status_code == 400
    assert "Formulir tidak sah" in response.content.decode()
    assert not CommentReport.objects.exists()


def test_a_ticket_carries_one_report(article):
    first, second = make_comment(article=article), make_comment(article=article)
    ticket = new_ticket_value(now=time.time() - 60)
    robot, replay = Client(), Client()
    give_ticket(robot, ticket)
    assert robot.post(report_url(first), {"reason": "spam"}).status_code == 303
    give_ticket(replay, ticket)
    response = replay.post(report_url(second), {"reason": "spam"})
    assert response.status_code == 400
    assert "Formulir ini sudah dipakai" in response.content.decode()
    assert CommentReport.objects.count() == 1


def test_a_cross_site_report_is_refused(article):
    comment = make_comment(article=article)
    browser = Client(enforce_csrf_checks=True)
    page = browser.get(report_url(comment))
    token = page.cookies["csrftoken"].value
    give_ticket(browser)
    data = {"reason": "spam", "csrfmiddlewaretoken": token}
    forged = browser.post(report_url(comment), data, HTTP_ORIGIN="https://jahat.example")
    assert forged.status_code == 403
    no_token = browser.post(
        report_url(comment), {"reason": "spam"}, HTTP_ORIGIN="http://testserver"
    )
    assert no_token.status_code == 403
    assert not CommentReport.objects.exists()
    good = browser.post(report_url(comment), data, HTTP_ORIGIN="http://testserver")
    assert good.status_code == 303
    assert CommentReport.objects.count() == 1


@pytest.mark.parametrize("status", [Comment.Status.PENDING, Comment.Status.SPAM])
def test_only_approved_comments_can_be_reported(client, article, status):
    comment = make_comment(article=article, status=status)
    assert client.get(report_url(comment)).status_code == 404
    assert report(client, comment).status_code == 404
    assert client.get(reverse("comments:report", args=[999999])).status_code == 404


def test_reasons_are_shown_to_moderators_and_never_to_readers(
    moderator_client, reader_client, article, settings
):
    settings.COMMENTS_REPORTS_TO_HIDE = 5
    comment = make_comment(article=article, body="Komentar bermasalah.")
    report(Client(), comment, reason="misinformation", note="Angka korban keliru.")
    report(Client(), comment, reason="other", note="Catatan kedua.", address="198.51.100.2")
    public = reader_client.get(article.get_absolute_url()).content.decode()
    again = reader_client.get(report_url(comment)).content.decode()
    for html in (public, again):
        assert "Angka korban keliru." not in html
        assert "Informasi keliru:" not in html
    admin = moderator_client.get(reverse("admin:comments_comment_change", args=[comment.pk]))
    text = admin.content.decode()
    assert "2 laporan pembaca" in text
    assert "Informasi keliru" in text and "Angka korban keliru." in text
    assert "Lainnya" in text and "Catatan kedua." in text
    for stored in CommentReport.objects.all():
        assert stored.reader_hash not in text


def test_a_note_is_escaped_for_moderators(moderator_client, article):
    comment = make_comment(article=article)
    report(Client(), comment, reason="other", note="<script>alert(1)</script>")
    text = moderator_client.get(
        reverse("admin:comments_comment_change", args=[comment.pk])
    ).content.decode()
    assert "<script>alert(1)</script>" not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text


def test_a_hidden_comment_is_in_the_queue_marked_reported(moderator_client, article, settings):
    settings.COMMENTS_REPORTS_TO_HIDE = 1
    comment = make_comment(article=article, body="Komentar yang dilaporkan.")
    report(Client(), comment)
    response = moderator_client.get(
        reverse("admin:comments_comment_changelist"), {"status": "pending"}
    )
    assert comment in response.context["cl"].result_list
    assert "Dilaporkan pembaca" in response.content.decode()


def _article_page_queries(client, article) -> int:
    cache.clear()
    with CaptureQueriesContext(connection) as captured:
        response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    return len(captured)


def test_the_article_page_costs_the_same_with_0_and_300_reports(
    client, article, settings, django_assert_max_num_queries
):
    settings.COMMENTS_REPORTS_TO_HIDE = 1000
    comments = [make_comment(article=article) for _ in range(30)]
    without = _article_page_queries(client, article)
    CommentReport.objects.bulk_create(
        CommentReport(
            comment=comment,
            reason="spam",
            reader_hash=f"{comment.pk:032d}{n:032d}",
            address_bucket=f"{n:05x}",
        )
        for comment in comments
        for n in range(10)
    )
    assert CommentReport.objects.count() == 300
    assert _article_page_queries(client, article) == without
    cache.clear()
    with django_assert_max_num_queries(without):
        client.get(article.get_absolute_url())
