"""The task queue's Redis is down: the reader's comment stands, the request answers as usual."""

import logging
import time

import pytest
from django.core import mail

from comments.models import Comment
from portal.page_cache.changes import pages_changed
from portal.page_cache.store import generations
from tests.comments.factories import post_comment
from tests.factories import make_article
from tests.tasks.helpers import silent_server

# Real commits, so that on_commit work runs within the request, as in production.
pytestmark = pytest.mark.django_db(transaction=True)


def _rq_backend(settings, url):
    """The production backend (django-tasks-rq) on the Redis at ``url``."""
    settings.RQ_QUEUES = {"default": {"URL": url}}
    settings.TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}}


@pytest.fixture
def queue_down(settings, closed_port):
    _rq_backend(settings, f"redis://127.0.0.1:{closed_port}/0")


def test_the_moderator_email_is_sent_in_the_request_instead(client, settings, queue_down, caplog):
    article = make_article()
    settings.MODERATOR_EMAILS = ["meja@redaksi.example"]
    with caplog.at_level(logging.WARNING):
        response = post_comment(
            client, article, email="rahasia.pembaca@contoh.example", REMOTE_ADDR="203.0.113.77"
        )
    assert response.status_code == 303
    comment = Comment.objects.get()
    [message] = mail.outbox
    assert message.to == ["meja@redaksi.example"]
    assert f"Could not queue the moderator email for comment {comment.pk}" in caplog.text
    assert "rahasia.pembaca" not in caplog.text + message.body
    assert "203.0.113.77" not in caplog.text + message.body


def test_with_the_mail_server_hanging_too_the_request_waits_only_the_short_timeout(
    client, settings, queue_down, silent_mail_server, caplog
):
    article = make_article()
    settings.MODERATOR_EMAILS = ["meja@redaksi.example"]
    # The usual timeout is long; the request may wait only the short one.
    settings.EMAIL_TIMEOUT = 30
    settings.MODERATOR_EMAIL_FALLBACK_TIMEOUT = 0.5
    started = time.monotonic()
    with caplog.at_level(logging.WARNING):
        response = post_comment(client, article)
    elapsed = time.monotonic() - started
    assert response.status_code == 303
    assert Comment.objects.count() == 1
    assert silent_mail_server, "the mail server was not asked"
    assert elapsed < settings.EMAIL_TIMEOUT / 2, f"the comment POST took {elapsed:.1f} s"
    assert "Could not send the moderator email for comment" in caplog.text


def test_a_hanging_redis_holds_the_request_only_for_its_timeout(client, settings, caplog):
    # The timeouts that settings add to TASKS_REDIS_URL (TASKS_REDIS_TIMEOUT).
    settings.MODERATOR_EMAILS = ["meja@redaksi.example"]
    article = make_article()
    with silent_server() as (port, held):
        _rq_backend(
            settings, f"redis://127.0.0.1:{port}/0?socket_connect_timeout=0.5&socket_timeout=0.5"
        )
        started = time.monotonic()
        with caplog.at_level(logging.WARNING):
            response = post_comment(client, article)
        elapsed = time.monotonic() - started
        assert held, "Redis was not asked"
    assert response.status_code == 303
    assert Comment.objects.count() == 1
    # Without its timeout the request would wait for Redis for good.
    assert elapsed < 10, f"the comment POST took {elapsed:.1f} s"
    assert len(mail.outbox) == 1  # sent in the request instead
    assert "TimeoutError" in caplog.text


def test_a_ban_is_dropped_with_a_log_line(settings, queue_down, caplog):
    settings.VARNISH_PURGE_URLS = ["http://127.0.0.1:9/"]
    before = generations(["article-7"])
    with caplog.at_level(logging.WARNING):
        pages_changed(["article-7"])  # autocommit: the purge is asked for at once
    assert generations(["article-7"]) != before
    assert "Could not queue the CDN purge of article-7" in caplog.text
