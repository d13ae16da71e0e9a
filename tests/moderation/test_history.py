"""A commenter's history beside each queued comment, and where its link leads."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import timezone

from comments.models import Comment
from comments.moderation.history import commenter_key, commenter_tag, queue_order, with_history
from tests.comments.factories import make_comment
from tests.moderation.conftest import PENDING, queue_url

pytestmark = pytest.mark.django_db

EMAIL = "Budi.Santoso@Contoh.example"
CHANGELIST = "admin:comments_comment_changelist"


def at(minutes_ago, **kwargs):
    comment = make_comment(**kwargs)
    Comment.objects.filter(pk=comment.pk).update(
        created_at=timezone.now() - timedelta(minutes=minutes_ago)
    )
    comment.refresh_from_db()
    return comment


@pytest.fixture
def budi(article):
    """Budi's comments, his email written in several cases, oldest first."""
    return {
        "approved": [
            at(60, article=article, email=EMAIL.lower()),
            at(50, article=article, email=EMAIL.upper()),
            at(45, article=article, email=EMAIL),
        ],
        "spam": at(40, article=article, email=EMAIL, status=Comment.Status.SPAM),
        "rejected": at(35, article=article, email=EMAIL.lower(), status=Comment.Status.REJECTED),
        "pending": at(30, article=article, email=EMAIL, status=PENDING),
        "queued": at(20, article=article, email=EMAIL.lower(), status=PENDING),
        # Later than the one in the queue: not part of its history.
        "later": at(10, article=article, email=EMAIL, status=Comment.Status.APPROVED),
        "someone_else": at(55, article=article, email="budi.santoso@lain.example"),
    }


def counts(comment):
    loaded = with_history(Comment.objects.filter(pk=comment.pk)).get()
    return {
        status: getattr(loaded, f"history_{status}")
        for status in ("approved", "pending", "spam", "rejected")
    }


def test_a_comment_its_author_withdrew_is_not_counted_as_rejected(budi, article):
    at(25, article=article, email=EMAIL, status=Comment.Status.REJECTED, flag="withdrawn")
    later = at(5, article=article, email=EMAIL, status=PENDING)
    assert counts(later)["rejected"] == 1


def test_counts_the_earlier_comments_by_email_whatever_its_case(budi):
    assert counts(budi["queued"]) == {"approved": 3, "pending": 1, "spam": 1, "rejected": 1}
    assert counts(budi["pending"]) == {"approved": 3, "pending": 0, "spam": 1, "rejected": 1}
    assert counts(budi["approved"][0]) == {"approved": 0, "pending": 0, "spam": 0, "rejected": 0}
    assert counts(budi["someone_else"])["approved"] == 0


def test_queue_row_shows_the_counts(moderator_client, budi):
    page = BeautifulSoup(moderator_client.get(queue_url()).content, "html.parser")
    history = page.select_one(f"#{budi['queued'].anchor} .queue-item__history")
    shown = [li.get_text(" ", strip=True) for li in history.select("li")]
    assert shown == ["Disetujui 3", "Menunggu moderasi 1", "Spam 1", "Ditolak 1"]
    assert history.select_one(".queue-item__count--spam.queue-item__count--some")


def history_link(client, comment):
    page = BeautifulSoup(client.get(queue_url()).content, "html.parser")
    return page.select_one(f"#{comment.anchor} .queue-item__history a")["href"]


def test_history_link_lists_every_comment_of_the_commenter(moderator_client, budi):
    link = history_link(moderator_client, budi["queued"])
    assert link.startswith(reverse(CHANGELIST) + "?pengomentar=")
    response = moderator_client.get(link)
    assert response.status_code == 200
    listed = set(response.context["cl"].result_list)
    theirs = {*budi["approved"], budi["spam"], budi["rejected"], budi["pending"]}
    assert listed == theirs | {budi["queued"], budi["later"]}
    assert "Pengomentar yang sama" in response.content.decode()


def test_a_tampered_key_lists_nothing(moderator_client, budi):
    key = commenter_key(budi["queued"])
    pk, signature = key.split(":")
    forged = f"{budi['someone_else'].pk}:{signature}"
    response = moderator_client.get(reverse(CHANGELIST), {"pengomentar": forged})
    assert list(response.context["cl"].result_list) == []
    response = moderator_client.get(reverse(CHANGELIST), {"pengomentar": "budi@contoh"})
    assert list(response.context["cl"].result_list) == []


def test_the_filter_is_hidden_until_used(moderator_client, budi):
    html = moderator_client.get(reverse(CHANGELIST)).content.decode()
    assert "pengomentar" not in html.lower()


def test_email_stays_private_without_the_permission(clerk_client, budi):
    variants = {EMAIL, EMAIL.lower(), EMAIL.upper(), "contoh.example", "budi.santoso"}
    queue_html = clerk_client.get(queue_url()).content.decode()
    link = history_link(clerk_client, budi["queued"])
    listed_html = clerk_client.get(link).content.decode()
    for text in (queue_html, link, listed_html):
        for variant in variants:
            assert variant.lower() not in text.lower()


def test_moderator_with_the_permission_sees_the_email(moderator_client, budi):
    page = BeautifulSoup(moderator_client.get(queue_url()).content, "html.parser")
    row = page.select_one(f"#{budi['queued'].anchor}")
    assert row.select_one(".queue-item__email").get_text() == EMAIL.lower()
    # Never in a URL, even for those who may see it.
    assert all("contoh.example" not in a["href"] for a in page.select("a[href]"))


def test_cards_by_one_author_share_a_tag_that_does_not_spell_the_email(article):
    earlier = at(5, article=article, email=EMAIL, status=PENDING)
    later = at(1, article=article, email=EMAIL.lower(), status=PENDING)
    other = at(3, article=article, email="lain@contoh.example", status=PENDING)
    assert commenter_tag(earlier) == commenter_tag(later) != commenter_tag(other)
    for part in ("budi", "santoso", "contoh"):
        assert part not in commenter_tag(earlier).lower()
    # Sorted as the histories count: by time written, then by id.
    assert sorted([later, other, earlier], key=queue_order) == [earlier, other, later]
