"""Deep listing pages: the page's ids first, then its rows, in the same order."""

import pytest
from django.core.paginator import Paginator

from articles.models import Article
from articles.pagination import DeferredJoinPaginator
from tests.factories import make_article, make_tag

pytestmark = pytest.mark.django_db


def test_every_page_holds_what_a_plain_paginator_gives(category):
    tag = make_tag()
    for _ in range(16):
        make_article(category=category, tags=[tag])
    articles = Article.objects.published().filter(category=category).for_listing()
    plain, deferred = (
        Paginator(articles, 5, orphans=1),
        DeferredJoinPaginator(articles, 5, orphans=1),
    )
    assert deferred.num_pages == plain.num_pages == 3
    for number in plain.page_range:
        assert list(deferred.page(number)) == list(plain.page(number))


def test_a_page_costs_the_same_queries_however_deep(
    client, category, django_assert_max_num_queries
):
    for _ in range(30):
        make_article(category=category, tags=[make_tag(), make_tag()])
    url = category.get_absolute_url()
    with django_assert_max_num_queries(12) as first:
        client.get(url)
    with django_assert_max_num_queries(len(first.captured_queries)):
        response = client.get(url, {"page": 3})
    assert response.status_code == 200
    assert len(response.context["page_obj"].object_list) == 6
