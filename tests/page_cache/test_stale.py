"""A stale page is rendered by one process; the others serve it stale meanwhile."""

import logging
import time

import pytest
import time_machine
from django.test import Client

from comments.models import Comment
from comments.services import comment_moderate
from portal.page_cache import middleware, store
from tests.poll.factories import cast_votes

from .conftest import pending_comment

pytestmark = pytest.mark.django_db


def _claim_rendering(url: str) -> str:
    """Act as another process that is rendering ``url`` again right now."""
    token = store.claim(middleware._name("http://testserver", url, {}))
    assert token
    return token


def test_an_expired_page_is_served_stale_while_another_process_renders_it(
    story, settings, django_assert_num_queries
):
    url = story.get_absolute_url()
    assert "data-poll-total>3<" in Client().get(url).content.decode()
    cast_votes(article=story, option=story.reaction_tallies.get().option, count=2)
    with time_machine.travel(store.clock() + settings.PAGE_CACHE_SECONDS + 1):
        _claim_rendering(url)
        with django_assert_num_queries(0):
            stale = Client().get(url)
    assert "data-poll-total>3<" in stale.content.decode()
    # The CDN may share a stale copy for a second at most.
    assert "s-maxage=1" in stale["Cache-Control"]
    assert "stale-while-revalidate=0" in stale["Cache-Control"]


def test_the_first_request_after_expiry_renders_the_page_again(story, settings):
    url = story.get_absolute_url()
    Client().get(url)
    cast_votes(article=story, option=story.reaction_tallies.get().option, count=2)
    with time_machine.travel(store.clock() + settings.PAGE_CACHE_SECONDS + 1):
        assert "data-poll-total>5<" in Client().get(url).content.decode()


def test_a_page_is_never_served_stale_past_its_stale_time(story, settings):
    url = story.get_absolute_url()
    Client().get(url)
    cast_votes(article=story, option=story.reaction_tallies.get().option, count=2)
    later = store.clock() + settings.PAGE_CACHE_SECONDS + settings.PAGE_STALE_SECONDS + 1
    settings.PAGE_LOCK_SECONDS = 0.3
    with time_machine.travel(later):
        _claim_rendering(url)
        assert "data-poll-total>5<" in Client().get(url).content.decode()


def _approve(story, body):
    waiting = pending_comment(story, body=body)
    comment_moderate(
        comments=Comment.objects.filter(pk=waiting.pk),
        status=Comment.Status.APPROVED,
        moderator=None,
    )


def test_a_changed_page_is_served_stale_only_while_another_process_renders_it(story):
    url = story.get_absolute_url()
    Client().get(url)
    _approve(story, "Komentar yang baru disetujui.")
    token = _claim_rendering(url)
    stale = Client().get(url)
    assert "Komentar yang baru disetujui." not in stale.content.decode()
    assert "s-maxage=1" in stale["Cache-Control"]
    store.release(middleware._name("http://testserver", url, {}), token)
    assert "Komentar yang baru disetujui." in Client().get(url).content.decode()


def test_without_a_stale_copy_a_request_waits_for_the_lock_never_renders_beside_it(story, settings):
    settings.PAGE_LOCK_SECONDS = 1
    url = story.get_absolute_url()
    _claim_rendering(url)  # a process that died while rendering: nothing comes
    started = time.monotonic()
    response = Client().get(url)
    # Rendered only once the dead process's lock expired, and kept.
    assert time.monotonic() - started >= 0.9
    assert response.status_code == 200
    assert "s-maxage=20" in response["Cache-Control"]


def test_a_page_kept_by_another_process_just_before_the_lock_was_taken_is_not_rendered_again(
    story, monkeypatch, caplog
):
    url = story.get_absolute_url()
    Client().get(url)
    _approve(story, "Komentar yang baru disetujui.")
    claim = store.claim
    first = [True]

    def another_process_renders_first(name):
        if first.pop() if first else False:
            # Between this request's stale read and its claim, another
            # process takes the lock, renders and keeps the page, and frees it.
            Client().get(url)
        return claim(name)

    monkeypatch.setattr(store, "claim", another_process_renders_first)
    caplog.clear()
    with caplog.at_level(logging.INFO, logger=middleware.__name__):
        response = Client().get(url)
    assert "Komentar yang baru disetujui." in response.content.decode()
    assert "s-maxage=20" in response["Cache-Control"]
    rendered = [r for r in caplog.records if r.getMessage().startswith("Rendered ")]
    assert len(rendered) == 1, [r.getMessage() for r in rendered]


def test_the_lock_is_released_when_the_rendering_fails(story, monkeypatch):
    url = story.get_absolute_url()

    def broken(*args, **kwargs):
        raise RuntimeError("template error")

    monkeypatch.setattr("articles.views.render", broken)
    with pytest.raises(RuntimeError):
        Client().get(url)
    assert store.claim(middleware._name("http://testserver", url, {}))
