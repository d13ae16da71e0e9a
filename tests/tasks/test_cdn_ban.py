"""A page-cache invalidation bumps versions at once and leaves the CDN ban to a task."""

import http.server
import threading

import pytest

from articles.page_cache.invalidation import pages_changed
from articles.page_cache.keys import current_versions
from articles.page_cache.tasks import ban_pages

pytestmark = pytest.mark.django_db


def test_an_invalidation_enqueues_a_ban_with_the_keys(
    settings, recorded_tasks, django_capture_on_commit_callbacks
):
    settings.VARNISH_PURGE_URLS = ["http://127.0.0.1:9/"]
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        pages_changed(["article-7", "articles", "article-7"])
        # Versions go up at once, inside the transaction; the ban waits.
        assert current_versions(["article-7", "articles"]) == {"article-7": 1, "articles": 1}
        assert recorded_tasks == []
    for callback in callbacks:
        callback()
    assert current_versions(["article-7", "articles"]) == {"article-7": 2, "articles": 2}
    [queued] = recorded_tasks
    assert queued.task.func is ban_pages.func
    assert (list(queued.args), queued.kwargs) == ([["article-7", "articles"]], {})


def test_without_cdn_nodes_no_ban_is_enqueued(
    settings, recorded_tasks, django_capture_on_commit_callbacks
):
    settings.VARNISH_PURGE_URLS = []
    with django_capture_on_commit_callbacks(execute=True):
        pages_changed(["articles"])
    assert current_versions(["articles"]) == {"articles": 2}
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
        ban_pages.call(["article-7", "articles"])
    finally:
        node.shutdown()
        node.server_close()
    assert seen == [("article-7 articles", "rahasia-cdn")]
