"""The article page costs the same number of queries whatever its comments."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from comments.models import Comment
from tests.comments.factories import make_comment

pytestmark = pytest.mark.django_db

# Measured: see the report. Leaves no room for a query per comment.
MAX_QUERIES = 12


def add_threads(article, total):
    """``total`` approved comments: a third top-level, each with two nested replies."""
    made = 0
    while made < total:
        top = make_comment(article=article)
        made += 1
        if made < total:
            reply = make_comment(article=article, parent=top)
            made += 1
            if made < total:
                make_comment(article=article, parent=reply)
                made += 1


def queries_for(client, article):
    cache.clear()  # count a rendering, not the kept page
    with CaptureQueriesContext(connection) as captured:
        response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    return len(captured)


@pytest.mark.parametrize("total", [0, 10, 300])
def test_article_page_queries_are_fixed(client, article, total, django_assert_max_num_queries):
    add_threads(article, total)
    assert Comment.objects.approved().count() == total
    with django_assert_max_num_queries(MAX_QUERIES):
        response = client.get(article.get_absolute_url())
    assert response.content.decode().count('class="comment comment--level') == min(total, 150)


def test_queries_do_not_grow_from_10_to_300_comments(client, article):
    add_threads(article, 10)
    with_10 = queries_for(client, article)
    add_threads(article, 290)
    assert queries_for(client, article) == with_10


def test_the_authors_own_view_costs_the_same(client, article):
    add_threads(article, 30)
    from tests.comments.factories import post_comment

    post_comment(client, article)
    baseline = queries_for(client, article)
    add_threads(article, 60)
    post_comment(client, article)
    assert queries_for(client, article) == baseline


def test_a_later_page_skips_the_earlier_threads_by_id_alone(client, article, settings):
    """The threads before the page are skipped in a query of ids: no text, no reply counts."""
    settings.COMMENTS_PER_PAGE = 2
    add_threads(article, 15)
    cache.clear()
    with CaptureQueriesContext(connection) as captured:
        response = client.get(article.get_absolute_url() + "?page=3")
    assert response.status_code == 200
    skipping = [q["sql"] for q in captured if "OFFSET" in q["sql"]]
    assert skipping
    for sql in skipping:
        selected = sql.split(" FROM ")[0]
        assert selected == 'SELECT "comments_comment"."id" AS "pk"', sql
    assert response.content.decode().count('class="comment comment--level-1') == 1
