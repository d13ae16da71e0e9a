"""The newsroom replies to readers from the site or the admin: published at once, "Redaksi"."""

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.urls import reverse

from comments.models import Comment
from tests import factories
from tests.comments.factories import make_comment

pytestmark = pytest.mark.django_db


def reply_url(comment):
    return reverse("comments:newsroom_reply", args=[comment.pk])


def admin_reply_url(comment):
    return reverse("admin:comments_comment_newsroom_reply", args=[comment.pk])


@pytest.fixture
def journalist(db):
    return factories.make_user(
        groups=["Moderator"],
        is_staff=True,
        username="redaktur",
        first_name="Dewi",
        last_name="Lestari",
        email="dewi.redaktur@redaksi.example",
    )


def test_a_newsroom_reply_from_the_site_is_published_at_once(client, journalist, article):
    parent = make_comment(article=article, name="Budi", body="Kapan jalan itu diperbaiki?")
    anonymous = Client()
    anonymous.get(article.get_absolute_url())  # the shared page is kept now
    client.force_login(journalist)
    form = client.get(reply_url(parent))
    assert form.status_code == 200
    assert "no-store" in form["Cache-Control"]
    response = client.post(reply_url(parent), {"body": "Pekan depan, menurut dinas PU."})
    reply = Comment.objects.get(parent=parent)
    assert response.status_code == 303
    assert response["Location"].endswith(f"#komentar-{reply.pk}")
    assert reply.status == Comment.Status.APPROVED
    assert reply.by_newsroom and reply.posted_by == journalist
    assert reply.moderated_by == journalist and reply.moderated_at is not None
    assert reply.name == "Dewi Lestari"
    html = anonymous.get(article.get_absolute_url()).content.decode()
    card = BeautifulSoup(html, "html.parser").find(id=f"komentar-{reply.pk}")
    assert "Pekan depan, menurut dinas PU." in card.get_text()
    badge = card.find(class_="comment__badge")
    assert badge.get_text() == "Redaksi"
    assert "dewi.redaktur" not in html
    assert "@redaksi.example" not in html


def test_a_newsroom_reply_without_a_name_shows_the_newsroom(client, moderator, article):
    parent = make_comment(article=article)
    client.force_login(moderator)
    client.post(reply_url(parent), {"body": "Terima kasih atas masukannya."})
    reply = Comment.objects.get(parent=parent)
    assert reply.name == "Redaksi Kabar"
    client.logout()
    html = client.get(article.get_absolute_url()).content.decode()
    assert "Redaksi Kabar" in html
    assert moderator.email not in html and "redaksi@localhost" not in html


def test_a_newsroom_reply_is_not_reportable(client, moderator, article):
    parent = make_comment(article=article)
    client.force_login(moderator)
    client.post(reply_url(parent), {"body": "Jawaban redaksi."})
    reply = Comment.objects.get(parent=parent)
    client.logout()
    html = client.get(article.get_absolute_url()).content.decode()
    assert reverse("comments:report", args=[parent.pk]) in html
    assert reverse("comments:report", args=[reply.pk]) not in html
    assert client.get(reverse("comments:report", args=[reply.pk])).status_code == 404


def test_staff_pages_link_to_the_newsroom_reply_and_shared_pages_do_not(client, moderator, article):
    parent = make_comment(article=article)
    assert reply_url(parent) not in client.get(article.get_absolute_url()).content.decode()
    client.force_login(moderator)
    html = client.get(article.get_absolute_url()).content.decode()
    assert f'href="{reply_url(parent)}"' in html
    assert "Balas sebagai Redaksi" in html


def test_only_the_newsroom_may_reply_as_the_newsroom(client, article):
    parent = make_comment(article=article)
    anonymous = client.get(reply_url(parent))
    assert anonymous.status_code == 302
    assert reverse("admin:login") in anonymous["Location"]
    assert client.post(reply_url(parent), {"body": "Palsu."}).status_code == 302
    reader = factories.make_user(username="pembaca-biasa")
    client.force_login(reader)
    assert client.post(reply_url(parent), {"body": "Palsu."}).status_code == 403
    editor = factories.make_editor(username="editor-artikel")
    client.force_login(editor)
    assert client.post(reply_url(parent), {"body": "Palsu."}).status_code == 403
    assert not Comment.objects.filter(parent=parent).exists()


def test_a_newsroom_reply_needs_an_approved_parent_and_a_text(client, moderator, article):
    pending = make_comment(article=article, status=Comment.Status.PENDING)
    client.force_login(moderator)
    assert client.get(reply_url(pending)).status_code == 404
    parent = make_comment(article=article)
    response = client.post(reply_url(parent), {"body": "  "})
    assert response.status_code == 400
    assert "Tuliskan balasan Anda." in response.content.decode()
    assert not Comment.objects.filter(parent=parent).exists()


def test_a_newsroom_reply_is_sanitized(client, moderator, article):
    parent = make_comment(article=article)
    client.force_login(moderator)
    client.post(reply_url(parent), {"body": "<script>alert(1)</script>Aman."})
    reply = Comment.objects.get(parent=parent)
    assert "<script" not in reply.body and "Aman." in reply.body


def test_a_newsroom_reply_from_the_admin(client, journalist, article):
    parent = make_comment(article=article, body="Pertanyaan pembaca.")
    client.force_login(journalist)
    change = client.get(reverse("admin:comments_comment_change", args=[parent.pk]))
    assert f'href="{admin_reply_url(parent)}"' in change.content.decode()
    form = client.get(admin_reply_url(parent))
    assert form.status_code == 200
    assert "Pertanyaan pembaca." in form.content.decode()
    response = client.post(admin_reply_url(parent), {"body": "Jawaban dari admin."})
    reply = Comment.objects.get(parent=parent)
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:comments_comment_change", args=[reply.pk])
    assert (reply.status, reply.by_newsroom, reply.moderated_by) == (
        Comment.Status.APPROVED,
        True,
        journalist,
    )
    client.logout()
    html = client.get(article.get_absolute_url()).content.decode()
    assert "Jawaban dari admin." in html


def test_the_admin_reply_needs_the_moderators_permission(client, article):
    parent = make_comment(article=article)
    editor = factories.make_editor(username="editor-lain")
    client.force_login(editor)
    # Staff, so the admin lets the request in; the page itself refuses.
    assert client.post(admin_reply_url(parent), {"body": "Tidak boleh."}).status_code == 403
    assert not Comment.objects.filter(parent=parent).exists()
