"""A page rendered again reuses what did not change: threads, article data, encodings."""

import gzip

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from articles.page_keys import comments_key
from comments.models import Comment
from comments.services import comment_moderate
from portal.page_cache import middleware, store
from tests import factories
from tests.comments.factories import make_comment

pytestmark = pytest.mark.django_db


@pytest.fixture
def threads(story):
    """Three threads, each a top-level comment with two replies."""
    made = {}
    for name in ("alfa", "bravo", "charlie"):
        top = make_comment(article=story, body=f"Utas {name}.")
        first = make_comment(article=story, parent=top, body=f"Balasan pertama {name}.")
        make_comment(article=story, parent=first, body=f"Balasan kedua {name}.")
        made[name] = top
    return made


@pytest.fixture
def moderator(db):
    user = factories.make_user(is_staff=True, username="moderator")
    user.groups.add(Group.objects.get(name="Moderator"))
    return user


def _get(path: str, **headers):
    return Client(headers=headers).get(path)


def _reply_queries(captured) -> list[str]:
    return [
        q["sql"]
        for q in captured
        if "comments_comment" in q["sql"] and "root_id" in q["sql"] and "body" in q["sql"]
    ]


def test_a_changed_thread_is_read_again_and_the_others_are_reused(story, threads, moderator):
    url = story.get_absolute_url()
    _get(url)
    waiting = make_comment(
        article=story,
        parent=threads["bravo"],
        body="Balasan yang baru disetujui.",
        status=Comment.Status.PENDING,
    )
    comment_moderate(
        comments=Comment.objects.filter(pk=waiting.pk),
        status=Comment.Status.APPROVED,
        moderator=moderator,
    )
    with CaptureQueriesContext(connection) as captured:
        page = _get(url).content.decode()
    assert "Balasan yang baru disetujui." in page
    for name in ("alfa", "bravo", "charlie"):
        assert f"Balasan kedua {name}." in page
    # Replies were read for the changed thread only.
    replies = [sql for sql in _reply_queries(captured) if '"root_id" IN (' in sql]
    assert len(replies) == 1
    assert f"({threads['bravo'].pk})" in replies[0]


@pytest.mark.parametrize("change", ["edit", "reject", "delete"])
def test_a_kept_thread_never_outlives_a_change_to_one_of_its_replies(story, threads, change):
    url = story.get_absolute_url()
    reply = threads["alfa"].replies.get()
    assert "Balasan pertama alfa." in _get(url).content.decode()
    if change == "edit":
        reply.body = "<p>Balasan yang disunting.</p>"
        reply.save()
    elif change == "reject":
        comment_moderate(
            comments=Comment.objects.filter(pk=reply.pk),
            status=Comment.Status.REJECTED,
            moderator=None,
        )
    else:
        reply.delete()
    page = _get(url).content.decode()
    assert "Balasan pertama alfa." not in page
    assert ("Balasan yang disunting." in page) == (change == "edit")
    # A reply under a refused or deleted comment is not shown either.
    assert ("Balasan kedua alfa." in page) == (change == "edit")
    assert "Balasan kedua bravo." in page


def test_the_threads_of_a_page_rendered_again_equal_a_fresh_rendering(story, threads, settings):
    url = story.get_absolute_url()
    first = _get(url).content
    store.announce([comments_key(story.pk)])
    again = _get(url).content
    assert again == first


def test_an_article_page_rendered_again_reads_no_article_row(story, threads):
    url = story.get_absolute_url()
    _get(url)
    store.announce([comments_key(story.pk)])
    with CaptureQueriesContext(connection) as captured:
        assert _get(url).status_code == 200
    # Only the one question every rendering asks: when the next article is due.
    read = [q["sql"] for q in captured if 'FROM "articles_article"' in q["sql"]]
    assert len(read) == 1 and '"due"' in read[0], read


def test_a_page_is_compressed_once_when_kept_never_per_request(story, monkeypatch):
    calls = []
    real = middleware.compress_all

    def counting(body):
        calls.append(len(body))
        return real(body)

    monkeypatch.setattr(middleware, "compress_all", counting)
    url = story.get_absolute_url()
    plain = _get(url).content
    zipped = _get(url, accept_encoding="gzip")
    assert zipped["Content-Encoding"] == "gzip"
    assert gzip.decompress(zipped.content) == plain
    _get(url, accept_encoding="br, gzip")
    _get(url, accept_encoding="gzip, br")
    assert calls == [len(plain)]
