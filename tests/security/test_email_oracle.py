"""A commenter's email cannot be confirmed by reposting their public comment."""

import re

import pytest
from django.test import Client

from comments.models import Comment
from tests.comments.factories import make_comment, post_comment

pytestmark = pytest.mark.django_db

OWNER = "pemilik.komentar@contoh.example"
PUBLIC_TEXT = "Negosiasi damai harus segera dimulai."


@pytest.fixture
def public_comment(article):
    return make_comment(
        article=article, email=OWNER, body=PUBLIC_TEXT, status=Comment.Status.APPROVED
    )


def _shape(response) -> tuple:
    """What an onlooker can compare between two answers, with the new id masked."""
    location = re.sub(r"komentar-\d+", "komentar-N", response.get("Location", ""))
    return response.status_code, location


@pytest.mark.parametrize("guess", [OWNER, OWNER.upper(), "orang.lain@contoh.example"])
def test_reposting_a_public_comment_answers_the_same_whatever_the_email(
    article, public_comment, guess
):
    wrong = post_comment(Client(), article, email="tebakan.salah@contoh.example", body=PUBLIC_TEXT)
    probe = post_comment(Client(), article, email=guess, body=PUBLIC_TEXT)
    assert _shape(probe) == _shape(wrong)
    assert probe.status_code == 303
    assert "sudah mengirim" not in probe.content.decode()
    # Both were taken in as any new comment is: waiting for a moderator.
    assert Comment.objects.filter(body__contains="Negosiasi", status="pending").count() == 2


def test_the_guess_is_not_visible_on_the_page_either(article, public_comment):
    right, wrong = Client(), Client()
    post_comment(right, article, email=OWNER, body=PUBLIC_TEXT)
    post_comment(wrong, article, email="salah@contoh.example", body=PUBLIC_TEXT)
    pending = "Komentar Anda sedang menunggu moderasi"
    assert pending in right.get(article.get_absolute_url()).content.decode()
    assert pending in wrong.get(article.get_absolute_url()).content.decode()


def test_a_double_click_from_one_browser_leaves_one_comment(client, article):
    first = post_comment(client, article, email="budi@contoh.example", body="Sekali saja.")
    second = post_comment(client, article, email="budi@contoh.example", body="Sekali saja.")
    assert first.status_code == second.status_code == 303
    assert first["Location"] == second["Location"]
    assert Comment.objects.filter(body__contains="Sekali saja").count() == 1


def test_the_same_browser_may_say_something_new(client, article):
    post_comment(client, article, body="Pendapat pertama.")
    post_comment(client, article, body="Pendapat kedua.")
    assert Comment.objects.count() == 2
