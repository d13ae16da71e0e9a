"""Migration 0005 rebuilds the comments table on SQLite: the database checks stay."""

import pytest
from django.db import IntegrityError, connection, transaction

from comments.models import Comment
from tests.comments.factories import make_comment
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_same_article_checks_are_in_place():
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        else:
            cursor.execute(
                "SELECT conname FROM pg_constraint WHERE conrelid = 'comments_comment'::regclass"
            )
        names = {row[0] for row in cursor.fetchall()}
    expected = (
        {"comment_parent_same_article_insert", "comment_parent_same_article_update"}
        if connection.vendor == "sqlite"
        else {"comment_parent_same_article", "comment_root_same_article"}
    )
    assert expected <= names


def test_a_reply_cannot_move_to_another_article(article):
    reply = make_comment(article=article, parent=make_comment(article=article))
    with pytest.raises(IntegrityError), transaction.atomic():
        Comment.objects.filter(pk=reply.pk).update(article=make_article())
