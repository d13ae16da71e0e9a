"""Page query counts stay fixed however many articles and tags there are."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import make_article, make_category, make_source, make_tag


def _newsroom(*, n_categories, n_articles, n_tags, n_related, editor):
    source = make_source()
    categories = [make_category() for _ in range(n_categories)]
    tags = [make_tag() for _ in range(n_tags)]
    articles = [
        make_article(category=categories[i % n_categories], editor=editor, source=source, tags=tags)
        for i in range(n_articles)
    ]
    articles[0].related.set(articles[1 : 1 + n_related])
    return {
        "home": "/",
        "article": articles[0].get_absolute_url(),
        "category": categories[0].get_absolute_url(),
        "tag": tags[0].get_absolute_url(),
        "source": source.get_absolute_url(),
    }


def _count(client, url) -> int:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(ctx.captured_queries)


@pytest.mark.django_db
def test_query_counts_do_not_grow_with_content(client, editor_user, django_assert_max_num_queries):
    small = _newsroom(n_categories=1, n_articles=2, n_tags=1, n_related=1, editor=editor_user)
    baseline = {page: _count(client, url) for page, url in small.items()}

    large = _newsroom(n_categories=6, n_articles=60, n_tags=10, n_related=8, editor=editor_user)
    for page, url in large.items():
        with django_assert_max_num_queries(baseline[page]):
            response = client.get(url)
        assert response.status_code == 200, page
