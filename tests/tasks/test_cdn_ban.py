"""A change announces new generations at once and leaves the CDN purge to a task."""

import http.server
import threading

import pytest
from django.db import transaction

from portal.page_cache.changes import pages_changed, purge_pages
from portal.page_cache.store import generations

pytestmark = pytest.mark.django_db


@pytest.mark.django_db(transaction=True)
def test_a_change_is_announced_and_purged_once_its_transaction_commits(settings, recorded_tasks):
    settings.VARNISH_PURGE_URLS = ["http://127.0.0.1:9/"]
    before = generations(["article-7", "articles"])
    with transaction.atomic():
        pages_changed(["article-7", "articles", "article-7"])
        # Nothing before the commit: a rendering meanwhile reads the old rows.
        assert generations(["article-7", "articles"]) == before
        assert recorded_tasks == []
    after = generations(["article-7", "articles"])
    assert all(after[key] != before[key] for key in before)
    [queued] = recorded_tasks
    assert queued.task.func is purge_pages.func
    assert (list(queued.args), queued.kwargs) == ([["article-7", "articles"]], {})


def test_without_cdn_nodes_no_ban_is_enqueued(
    settings, recorded_tasks, django_capture_on_commit_callbacks
):
    settings.VARNISH_PURGE_URLS = []
    before = generations(["articles"])
    with django_capture_on_commit_callbacks(execute=True):
        pages_changed(["articles"])
    assert generations(["articles"]) != before
    assert recorded_tasks == []


def test_the_ban_task_sends_ban_to_every_node(settings):
    seen = []

    class Node(http.server.BaseHTTPRequestHandler):
        def do_BAN(self):  # noqa: N802 (the HTTP method's name)
            seen.append((self.headers["X-Kabar-Ban-Keys"], self.headers["X-Kabar-Purge-Secret"]))
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    node = http.server.HTTPServer(("127.0.0.1", 0), Node)
    thread = threading.Thread(target=node.serve_forever, daemon=True)
    thread.start()
    try:
        settings.VARNISH_PURGE_URLS = [f"http://127.0.0.1:{node.server_port}/"]
        settings.VARNISH_PURGE_SECRET = "rahasia-cdn"
        purge_pages.call(["article-7", "articles"])
    finally:
        node.shutdown()
        node.server_close()
    assert seen == [("article-7 articles", "rahasia-cdn")]
