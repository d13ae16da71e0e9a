"""An expired page is rendered by one process; the others serve it stale meanwhile."""

from datetime import timedelta

import pytest
from django.core.cache import cache
from django.test import Client, RequestFactory
from django.utils import timezone

from articles.page_cache import decorators
from comments.models import Comment
from comments.services import comment_moderate
from tests.poll.factories import cast_votes

from .conftest import pending_comment

pytestmark = pytest.mark.django_db


def _claim_rendering(url: str) -> None:
    """Act as another process that is rendering ``url`` again right now."""
    name = decorators._page_name(RequestFactory().get(url))
    assert cache.add(decorators._RENDERING.format(name), 1, timeout=60)


def _at(monkeypatch, seconds: float) -> None:
    later = timezone.now() + timedelta(seconds=seconds)
    monkeypatch.setattr(timezone, "now", lambda: later)


def test_an_expired_page_is_served_stale_while_another_process_renders_it(
    story, settings, monkeypatch, django_assert_num_queries
):
    url = story.get_absolute_url()
    assert "data-poll-total>3<" in Client().get(url).content.decode()
    cast_votes(article=story, option=story.reaction_tallies.get().option, count=2)
    _at(monkeypatch, settings.PAGE_CACHE_SECONDS + 1)
    _claim_rendering(url)
    with django_assert_num_queries(0):
        stale = Client().get(url)
    assert "data-poll-total>3<" in stale.content.decode()
    assert "s-maxage=0" in stale["Cache-Control"]


def test_the_first_request_after_expiry_renders_the_page_again(story, settings, monkeypatch):
    url = story.get_absolute_url()
    Client().get(url)
    cast_votes(article=story, option=story.reaction_tallies.get().option, count=2)
    _at(monkeypatch, settings.PAGE_CACHE_SECONDS + 1)
    assert "data-poll-total>5<" in Client().get(url).content.decode()


def test_a_page_is_never_served_stale_past_its_stale_time(story, settings, monkeypatch):
    url = story.get_absolute_url()
    Client().get(url)
    cast_votes(article=story, option=story.reaction_tallies.get().option, count=2)
    _at(monkeypatch, settings.PAGE_CACHE_SECONDS + settings.PAGE_STALE_SECONDS + 1)
    _claim_rendering(url)
    assert "data-poll-total>5<" in Client().get(url).content.decode()


def test_a_change_is_never_served_stale(story, settings, monkeypatch):
    url = story.get_absolute_url()
    Client().get(url)
    waiting = pending_comment(story, body="Komentar yang baru disetujui.")
    comment_moderate(
        comments=Comment.objects.filter(pk=waiting.pk),
        status=Comment.Status.APPROVED,
        moderator=None,
    )
    _at(monkeypatch, settings.PAGE_CACHE_SECONDS + 1)
    _claim_rendering(url)
    assert "Komentar yang baru disetujui." in Client().get(url).content.decode()
