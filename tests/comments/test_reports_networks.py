"""Reports moderators can see from the first one, counted per network, and immunity
after a moderator's approval."""

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.urls import reverse

from comments.models import Comment
from comments.reports.networks import network_of
from tests.comments.factories import make_comment
from tests.comments.test_reports import report

pytestmark = pytest.mark.django_db
CHANGELIST = "admin:comments_comment_changelist"


def test_networks_are_slash_24_and_slash_48():
    assert network_of("203.0.113.77") == "203.0.113.0/24"
    assert network_of("::ffff:203.0.113.77") == "203.0.113.0/24"
    assert network_of("2001:db8:1:2:3::9") == "2001:db8:1::/48"
    assert network_of("nonsense") == ""


def test_addresses_in_one_slash_56_count_as_one_network(article, settings):
    settings.COMMENTS_REPORTS_TO_HIDE = 3
    comment = make_comment(article=article)
    # Three /64s of one /56: one customer.
    for n in range(3):
        report(Client(), comment, address=f"2001:db8:aa:{n:x}00::1")
    comment.refresh_from_db()
    assert comment.status == Comment.Status.APPROVED


def test_addresses_in_one_slash_24_count_once(article, settings):
    settings.COMMENTS_REPORTS_TO_HIDE = 2
    comment = make_comment(article=article)
    for n in range(4):
        report(Client(), comment, address=f"203.0.113.{n + 10}")
    comment.refresh_from_db()
    assert comment.status == Comment.Status.APPROVED
    report(Client(), comment, address="198.51.100.1")
    comment.refresh_from_db()
    assert comment.status == Comment.Status.PENDING


def test_after_approval_the_same_reporters_cannot_hide_it_again(
    moderator_client, article, settings
):
    settings.COMMENTS_REPORTS_TO_HIDE = 2
    comment = make_comment(article=article)
    first = ["198.51.1.1", "198.51.2.1"]
    for address in first:
        report(Client(), comment, address=address)
    comment.refresh_from_db()
    assert comment.status == Comment.Status.PENDING
    moderator_client.post(
        reverse(CHANGELIST), {"action": "approve", "_selected_action": [comment.pk]}
    )
    # The same networks, new browsers and new addresses in them.
    for address in ["198.51.1.7", "198.51.2.9", "198.51.1.8"]:
        report(Client(), comment, address=address)
    comment.refresh_from_db()
    assert comment.status == Comment.Status.APPROVED
    # Two networks that had not reported before.
    for address in ["192.0.2.1", "203.0.113.1"]:
        report(Client(), comment, address=address)
    comment.refresh_from_db()
    assert comment.status == Comment.Status.PENDING


def test_moderators_see_a_comment_from_its_first_report(moderator_client, article, settings):
    settings.COMMENTS_REPORTS_TO_HIDE = 3
    comment = make_comment(article=article, body="Komentar yang dilaporkan sekali.")
    make_comment(article=article, body="Komentar yang tidak dilaporkan.")
    report(Client(), comment, reason="abusive", address="198.51.100.1")
    comment.refresh_from_db()
    assert comment.status == Comment.Status.APPROVED
    response = moderator_client.get(reverse(CHANGELIST), {"laporan": "dilaporkan"})
    page = response.content.decode()
    assert "Komentar yang dilaporkan sekali." in page
    assert "Komentar yang tidak dilaporkan." not in page
    soup = BeautifulSoup(page, "html.parser")
    assert "Dilaporkan (1)" in soup.get_text()
    cell = soup.select_one(".comment-reports-count").parent.get_text(" ", strip=True)
    assert "1 laporan" in cell and "Kasar/ujaran kebencian" in cell


def test_a_decision_takes_it_off_the_reported_list(moderator_client, article):
    comment = make_comment(article=article, body="Sudah diperiksa moderator.")
    report(Client(), comment, address="198.51.100.1")
    moderator_client.post(
        reverse(CHANGELIST), {"action": "approve", "_selected_action": [comment.pk]}
    )
    # Already approved: the action changes nothing, so the decision is made
    # in the change form.
    moderator_client.post(
        reverse("admin:comments_comment_change", args=[comment.pk]), {"status": "rejected"}
    )
    moderator_client.post(
        reverse("admin:comments_comment_change", args=[comment.pk]), {"status": "approved"}
    )

    def rows(laporan):
        page = moderator_client.get(reverse(CHANGELIST), {"laporan": laporan}).content
        results = BeautifulSoup(page, "html.parser").find(id="result_list")
        return results.get_text() if results else ""

    assert "Sudah diperiksa moderator." not in rows("dilaporkan")
    assert "Sudah diperiksa moderator." in rows("pernah")


def test_the_reporter_is_thanked(article):
    comment = make_comment(article=article)
    response = report(Client(), comment, address="198.51.100.1")
    assert "Laporan Anda sudah kami terima" in response.content.decode()


def test_one_click_rescues_a_comment_from_spam(moderator_client, moderator, article):
    from comments.models import CommentTransition

    comment = make_comment(
        article=article, status=Comment.Status.SPAM, body="Bukan spam, pendapat biasa."
    )
    page = moderator_client.get(reverse(CHANGELIST), {"status": "spam"}).content.decode()
    soup = BeautifulSoup(page, "html.parser")
    button = soup.find("button", string="Bukan spam")
    assert button["form"] == "comment-rescue"
    assert soup.find("form", id="comment-rescue").find("input", {"name": "csrfmiddlewaretoken"})
    response = moderator_client.post(button["formaction"])
    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.status == Comment.Status.APPROVED and comment.moderated_by == moderator
    assert comment.spam_learned == "ham"
    assert CommentTransition.objects.filter(comment=comment, reason="moderator").exists()
    assert moderator_client.get(button["formaction"]).status_code == 405


def test_the_reported_list_costs_the_same_with_3_and_30_comments(moderator_client, article):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def reported_page(count):
        for n in range(count):
            comment = make_comment(article=article, body=f"Komentar dilaporkan {n}.")
            report(Client(), comment, reason="spam", address=f"198.51.{n}.1")
        with CaptureQueriesContext(connection) as queries:
            response = moderator_client.get(reverse(CHANGELIST), {"laporan": "dilaporkan"})
        assert response.status_code == 200
        return len(queries)

    few = reported_page(3)
    many = reported_page(27)
    assert many == few


def test_the_queue_points_to_reported_comments(moderator_client, article):
    queue = reverse("admin:comments_pendingcomment_changelist")
    assert "dilaporkan pembaca" not in moderator_client.get(queue).content.decode()
    comment = make_comment(article=article)
    report(Client(), comment, address="198.51.100.1")
    soup = BeautifulSoup(moderator_client.get(queue).content, "html.parser")
    link = soup.select_one(".queue__reported a")
    assert link.get_text(strip=True).startswith("1 komentar tayang dilaporkan pembaca")
    assert link["href"].endswith("?laporan=dilaporkan")
