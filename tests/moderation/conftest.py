"""Fixtures for the moderation queue tests: people with and without the rights."""

import pytest
from django.contrib.auth.models import Permission
from django.test import Client
from django.urls import reverse

from comments.models import Comment
from tests import factories
from tests.comments.factories import make_comment

QUEUE = "admin:comments_pendingcomment_changelist"
PENDING = Comment.Status.PENDING


def queue_url(query: str = "") -> str:
    return reverse(QUEUE) + query


def decide_url(comment, query: str = "") -> str:
    return reverse("admin:comments_pendingcomment_decide", args=[comment.pk]) + query


def staff_with(*codenames, **kwargs):
    user = factories.make_user(is_staff=True, **kwargs)
    user.user_permissions.add(*Permission.objects.filter(codename__in=codenames))
    return user


def waiting(article, count, **kwargs):
    return [make_comment(article=article, status=PENDING, **kwargs) for _ in range(count)]


@pytest.fixture
def moderator(db):
    """A member of the Moderator group: decides and sees private data."""
    return factories.make_user(groups=["Moderator"], is_staff=True, username="moderator-antrean")


@pytest.fixture
def moderator_client(moderator):
    client = Client()
    client.force_login(moderator)
    return client


@pytest.fixture
def clerk(db):
    """Decides, but may not see commenters' emails."""
    return staff_with("view_comment", "change_comment", username="staf-antrean")


@pytest.fixture
def clerk_client(clerk):
    client = Client()
    client.force_login(clerk)
    return client


@pytest.fixture
def viewer_client(db):
    """Sees the queue, may not decide."""
    client = Client()
    client.force_login(staff_with("view_comment", username="pengamat-antrean"))
    return client


@pytest.fixture
def reader_client():
    """A reader's browser, unrelated to the commenter's."""
    return Client()
