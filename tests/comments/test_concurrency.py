"""Twenty readers posting at the same moment: every comment is stored."""

import re

import pytest
from django.test import Client

from comments.models import Comment
from tests.comments.factories import make_comment, post_comment
from tests.concurrency import run_at_once
from tests.factories import make_article

THREADS = 20


def post_all_at_once(article, **fields):
    """Post one comment from each of ``THREADS`` threads, released together.

    Each thread has its own client (its own address, so no rate limit is
    shared) and its own database connection.
    """

    def reader(n):
        client = Client(REMOTE_ADDR=f"198.51.100.{n + 1}")
        response = post_comment(
            client,
            article,
            body=f"Komentar serentak {n}",
            email=f"serentak{n}@contoh.id",
            **fields,
        )
        if response.status_code != 303:
            # What the refusal said, for the failure message.
            refusal = re.findall(r'role="alert">(.*?)</', response.content.decode(), re.DOTALL)
            return (response.status_code, refusal)
        return response.status_code

    return run_at_once(reader, THREADS)


@pytest.mark.django_db(transaction=True)
def test_twenty_concurrent_comments_are_all_stored():
    article = make_article()
    codes = post_all_at_once(article)
    assert codes == [303] * THREADS
    bodies = set(Comment.objects.filter(article=article).values_list("body", flat=True))
    assert bodies == {f"<p>Komentar serentak {n}</p>" for n in range(THREADS)}


@pytest.mark.django_db(transaction=True)
def test_twenty_concurrent_replies_to_one_comment_are_all_stored():
    article = make_article()
    parent = make_comment(article=article)
    codes = post_all_at_once(article, parent=parent.pk)
    assert codes == [303] * THREADS
    assert Comment.objects.filter(parent=parent, root=parent, depth=1).count() == THREADS
