"""One-click decisions from the queue: plain POST and JSON, rights, CSRF."""

import json
from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django.utils.html import strip_tags

from comments.editing.services import comment_edit, comment_withdraw
from comments.models import Comment
from comments.moderation.queue import PER_PAGE
from tests import factories
from tests.comments.factories import make_comment
from tests.moderation.conftest import PENDING, decide_url, queue_url, staff_with, waiting

pytestmark = pytest.mark.django_db

JSON = {"HTTP_ACCEPT": "application/json"}


@pytest.mark.parametrize("status", ["approved", "spam", "rejected"])
def test_plain_post_decides_and_records_who_and_when(moderator_client, moderator, article, status):
    first, second, third = waiting(article, 3)
    response = moderator_client.post(decide_url(second), {"status": status})
    assert response.status_code == 302
    assert response["Location"] == f"{queue_url()}#{third.anchor}"
    second.refresh_from_db()
    assert second.status == status
    assert second.moderated_by == moderator and second.moderated_at is not None
    assert not second.auto_approved
    for untouched in (first, third):
        untouched.refresh_from_db()
        assert untouched.status == PENDING and untouched.moderated_by is None


def test_redirect_keeps_filters_and_page_and_points_at_the_next_row(moderator_client, article):
    comments = waiting(article, PER_PAGE + 5, flag=Comment.Flag.LINKS)
    waiting(article, 3)  # unflagged: not in this filtered queue
    on_page_2 = comments[PER_PAGE + 1]
    query = f"?flag=links&artikel={article.pk}&p=2"
    response = moderator_client.post(decide_url(on_page_2, query), {"status": "approved"})
    assert response["Location"] == f"{queue_url(query)}#{comments[PER_PAGE + 2].anchor}"
    page = moderator_client.get(response["Location"], follow=True)
    html = page.content.decode()
    assert "disetujui" in html and comments[PER_PAGE + 2].anchor in html
    assert f'id="{on_page_2.anchor}"' not in html


def test_last_comment_of_the_queue_goes_back_to_the_one_before(moderator_client, article):
    first, last = waiting(article, 2)
    response = moderator_client.post(decide_url(last), {"status": "rejected"})
    assert response["Location"] == f"{queue_url()}#{first.anchor}"
    response = moderator_client.post(decide_url(first), {"status": "rejected"})
    assert response["Location"] == queue_url()


def test_last_row_of_the_last_page_lands_on_the_page_before(moderator_client, article):
    comments = waiting(article, PER_PAGE + 1)
    response = moderator_client.post(decide_url(comments[-1], "?p=2"), {"status": "approved"})
    assert response["Location"] == f"{queue_url()}#{comments[-2].anchor}"


def test_message_says_what_was_decided(moderator_client, article):
    comment = make_comment(article=article, status=PENDING, name="Budi")
    response = moderator_client.post(decide_url(comment), {"status": "spam"}, follow=True)
    assert "Komentar dari Budi ditandai spam." in response.content.decode()


def test_json_answer_updates_counts_and_names_no_private_data(clerk_client, article):
    secret = "rahasia.sekali@contoh.example"
    comment, _other = waiting(article, 2, email=secret, name="Budi")
    response = clerk_client.post(decide_url(comment), {"status": "approved"}, **JSON)
    assert response.status_code == 200
    answer = response.json()
    assert answer["status"] == "approved" and answer["changed"] is True
    assert answer["status_label"] == "Disetujui"
    assert answer["message"] == "Komentar dari Budi disetujui."
    assert answer["pending"] == 1 and answer["pending_note"] == "1 menunggu"
    assert answer["nav"] == {
        queue_url(): "Antrean moderasi (1 menunggu)",
        reverse("admin:comments_comment_changelist"): "Komentar (1 menunggu)",
    }
    assert "rahasia" not in response.content.decode()


def test_a_comment_already_decided_is_left_as_it_is(moderator_client, article):
    other_moderator = factories.make_user(is_staff=True)
    comment = make_comment(
        article=article, status=Comment.Status.APPROVED, moderated_by=other_moderator
    )
    response = moderator_client.post(decide_url(comment), {"status": "spam"}, **JSON)
    assert response.status_code == 409
    assert response.json()["status"] == "approved" and response.json()["changed"] is False
    comment.refresh_from_db()
    assert comment.status == "approved" and comment.moderated_by == other_moderator
    response = moderator_client.post(decide_url(comment), {"status": "spam"}, follow=True)
    assert "sudah diputuskan sebelumnya: Disetujui" in response.content.decode()


def test_unknown_decision_changes_nothing(moderator_client, article):
    comment = make_comment(article=article, status=PENDING)
    for status in ("pending", "deleted", ""):
        response = moderator_client.post(decide_url(comment), {"status": status}, **JSON)
        assert response.status_code == 400
    response = moderator_client.post(decide_url(comment), {"status": "pending"})
    assert response["Location"] == f"{queue_url()}#{comment.anchor}"
    followed = moderator_client.post(decide_url(comment), {"status": "bogus"}, follow=True)
    assert "Keputusan tidak dikenal." in followed.content.decode()
    comment.refresh_from_db()
    assert comment.status == PENDING and comment.moderated_by is None


def test_only_post(moderator_client, article):
    comment = make_comment(article=article, status=PENDING)
    assert moderator_client.get(decide_url(comment)).status_code == 405


def test_unknown_comment_is_404(moderator_client):
    response = moderator_client.post(
        reverse("admin:comments_pendingcomment_decide", args=[999999]), {"status": "approved"}
    )
    assert response.status_code == 404


@pytest.mark.parametrize("codenames", [(), ("view_comment",), ("view_commenter_private_data",)])
def test_without_change_permission_is_403(article, codenames):
    comment = make_comment(article=article, status=PENDING)
    client = Client()
    client.force_login(staff_with(*codenames))
    assert client.post(decide_url(comment), {"status": "approved"}).status_code == 403
    response = client.post(decide_url(comment), {"status": "approved"}, **JSON)
    assert response.status_code == 403 and "error" in response.json()
    comment.refresh_from_db()
    assert comment.status == PENDING


def test_not_staff_cannot_decide(article):
    comment = make_comment(article=article, status=PENDING)
    client = Client()
    client.force_login(factories.make_user())
    response = client.post(decide_url(comment), {"status": "approved"})
    assert response.status_code == 302 and "/login/" in response["Location"]
    comment.refresh_from_db()
    assert comment.status == PENDING


def test_csrf_is_enforced(moderator, article):
    comment = make_comment(article=article, status=PENDING)
    client = Client(enforce_csrf_checks=True)
    client.force_login(moderator)
    assert client.post(decide_url(comment), {"status": "approved"}).status_code == 403
    response = client.post(decide_url(comment), {"status": "approved"}, **JSON)
    assert response.status_code == 403
    comment.refresh_from_db()
    assert comment.status == PENDING
    # With the token the queue page gives, the same POST goes through.
    page = BeautifulSoup(client.get(queue_url()).content, "html.parser")
    form = page.select_one(f"#{comment.anchor} form")
    token = form.select_one("input[name=csrfmiddlewaretoken]")["value"]
    response = client.post(form["action"], {"csrfmiddlewaretoken": token, "status": "approved"})
    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.status == Comment.Status.APPROVED


def test_approval_is_seen_by_readers_at_once(moderator_client, article, client):
    comment = make_comment(article=article, status=PENDING, body="Pendapat yang ditunggu.")
    assert "Pendapat yang ditunggu." not in client.get(article.get_absolute_url()).content.decode()
    moderator_client.post(decide_url(comment), {"status": "approved"}, **JSON)
    # The kept page went with the decision (comment_moderate): no cache clear here.
    assert "Pendapat yang ditunggu." in client.get(article.get_absolute_url()).content.decode()


def test_pending_count_in_the_admin_follows_decisions(moderator_client, article):
    comments = waiting(article, 3)
    moderator_client.post(decide_url(comments[0]), {"status": "approved"})
    index = moderator_client.get(reverse("admin:index")).content.decode()
    assert "Antrean moderasi (2 menunggu)" in index and "Komentar (2 menunggu)" in index
    page = moderator_client.get(queue_url()).content.decode()
    assert "Antrean moderasi (2 menunggu)" in page  # the sidebar
    assert "<span data-pending-count>2</span> menunggu" in page


def test_json_error_keeps_shape_for_the_script(moderator_client, article):
    comment = make_comment(article=article, status=PENDING)
    response = moderator_client.post(decide_url(comment), {"status": "x"}, **JSON)
    assert set(json.loads(response.content)) == {"error"}


def _form_fields(client, comment) -> dict:
    """The hidden fields of ``comment``'s decision form, as the queue page gives them."""
    soup = BeautifulSoup(client.get(queue_url()).content, "html.parser")
    form = soup.select_one(f"#{comment.anchor} form[data-decide]")
    return {field["name"]: field.get("value", "") for field in form.select("input[type=hidden]")}


@pytest.mark.parametrize("accept", [{}, JSON])
def test_a_comment_edited_after_the_queue_showed_it_is_not_decided(
    moderator_client, article, accept
):
    comment = make_comment(article=article, status=PENDING, name="Budi", body="<p>Sopan.</p>")
    fields = _form_fields(moderator_client, comment)
    comment_edit(comment=comment, body="Teks yang lain sama sekali.")
    response = moderator_client.post(
        decide_url(comment), {**fields, "status": "approved"}, follow=not accept, **accept
    )
    comment.refresh_from_db()
    assert comment.status == PENDING and comment.moderated_by is None
    page = response.content.decode()
    assert "disunting penulisnya setelah halaman ini dibuka" in page
    if accept:
        assert response.status_code == 409 and response.json()["edited"] is True
    else:
        # Back on the queue, whose card now shows the new text and says it was edited.
        assert "Teks yang lain sama sekali." in page and "disunting penulisnya" in page
        fields = _form_fields(moderator_client, comment)
        moderator_client.post(decide_url(comment), {**fields, "status": "approved"})
        comment.refresh_from_db()
        assert comment.status == "approved"


def test_a_comment_never_edited_is_decided_with_the_queue_s_fields(moderator_client, article):
    comment = make_comment(article=article, status=PENDING)
    fields = _form_fields(moderator_client, comment)
    assert fields["disunting"] == ""
    response = moderator_client.post(decide_url(comment), {**fields, "status": "rejected"}, **JSON)
    assert response.status_code == 200
    comment.refresh_from_db()
    assert comment.status == "rejected"


def undo_url(comment) -> str:
    return reverse("admin:comments_pendingcomment_undo", args=[comment.pk])


@pytest.mark.parametrize("decision", ["approved", "spam", "rejected"])
def test_a_moderator_takes_back_their_own_decision(moderator_client, article, decision):
    comment = make_comment(article=article, status=PENDING, name="Budi")
    moderator_client.post(decide_url(comment), {"status": decision}, **JSON)
    response = moderator_client.post(undo_url(comment), **JSON)
    assert response.status_code == 200
    answer = response.json()
    assert answer["changed"] is True and answer["pending"] == 1
    assert answer["message"].startswith("Keputusan atas komentar dari Budi diurungkan")
    assert answer["location"] == f"{queue_url()}#{comment.anchor}"
    comment.refresh_from_db()
    assert comment.status == PENDING and comment.moderated_by is None
    assert comment.spam_learned == ""
    steps = list(comment.transitions.order_by("pk").values_list("from_status", "to_status"))
    assert steps == [(PENDING, decision), (decision, PENDING)]


def test_a_plain_undo_comes_back_to_the_queue_with_a_message(moderator_client, article):
    comment = make_comment(article=article, status=PENDING, name="Budi")
    moderator_client.post(decide_url(comment), {"status": "approved"})
    queue = moderator_client.get(queue_url()).content.decode()
    assert "Keputusan terakhir Anda di antrean: komentar dari Budi, disetujui." in queue
    response = moderator_client.post(undo_url(comment), follow=True)
    assert "Keputusan atas komentar dari Budi diurungkan" in response.content.decode()
    comment.refresh_from_db()
    assert comment.status == PENDING


def test_another_s_decision_or_an_old_one_is_not_taken_back_here(
    moderator_client, clerk_client, article
):
    theirs = make_comment(article=article, status=PENDING)
    clerk_client.post(decide_url(theirs), {"status": "spam"})
    old = make_comment(article=article, status=PENDING)
    moderator_client.post(decide_url(old), {"status": "approved"})
    eleven_minutes_ago = timezone.now() - timedelta(minutes=11)
    old.transitions.update(at=eleven_minutes_ago)
    for comment, status in ((theirs, "spam"), (old, "approved")):
        response = moderator_client.post(undo_url(comment), **JSON)
        assert response.status_code == 409
        assert "tidak dapat diurungkan di sini" in response.json()["message"]
        comment.refresh_from_db()
        assert comment.status == status


def test_undo_is_post_only_and_for_those_who_decide(client, article):
    comment = make_comment(article=article, status="approved")
    viewer = staff_with("view_comment")
    client.force_login(viewer)
    assert client.get(undo_url(comment)).status_code == 405
    assert client.post(undo_url(comment), **JSON).status_code == 403


@pytest.mark.parametrize("change", ["withdrawn", "edited"])
def test_a_decision_the_author_has_since_changed_is_not_taken_back(
    moderator_client, article, change
):
    comment = make_comment(article=article, status=PENDING, name="Budi")
    moderator_client.post(decide_url(comment), {"status": "approved"})
    if change == "withdrawn":
        comment_withdraw(comment=Comment.objects.get(pk=comment.pk))
    else:
        # A typo fixed: the comment stays approved, with its decision last.
        old = Comment.objects.get(pk=comment.pk)
        comment_edit(comment=old, body=strip_tags(old.body).replace(".", "!", 1) + "!")
    status = Comment.objects.get(pk=comment.pk).status
    response = moderator_client.post(undo_url(comment), **JSON)
    assert response.status_code == 409
    assert "sudah berubah sejak keputusan itu" in response.json()["message"]
    assert Comment.objects.get(pk=comment.pk).status == status != PENDING


@pytest.mark.parametrize("seen", ["bukan-tanggal", "2026-13-45T99:00:00"])
def test_a_decision_on_an_unreadable_edit_time_waits(moderator_client, article, seen):
    comment = make_comment(article=article, status=PENDING)
    response = moderator_client.post(
        decide_url(comment), {"status": "approved", "disunting": seen}, **JSON
    )
    assert response.status_code == 409 and response.json()["edited"] is True
    comment.refresh_from_db()
    assert comment.status == PENDING


def test_a_decision_that_does_not_say_which_text_was_read_decides_no_edited_comment(
    moderator_client, article
):
    edited = make_comment(article=article, status=PENDING)
    Comment.objects.filter(pk=edited.pk).update(edited_at=timezone.now())
    never = make_comment(article=article, status=PENDING)
    response = moderator_client.post(decide_url(edited), {"status": "approved"}, **JSON)
    assert response.status_code == 409 and response.json()["edited"] is True
    response = moderator_client.post(decide_url(never), {"status": "approved"}, **JSON)
    assert response.status_code == 200
    assert Comment.objects.get(pk=edited.pk).status == PENDING
    assert Comment.objects.get(pk=never.pk).status == "approved"
