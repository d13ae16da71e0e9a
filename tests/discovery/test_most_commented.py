"""The home page's "Terbanyak dikomentari": approved comments of the last 7 days."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from comments.models import Comment
from comments.templatetags.comment_rankings import most_commented_articles
from tests.factories import make_article

from .factories import make_comment


def _home_list(client) -> list[str]:
    soup = BeautifulSoup(client.get("/").content, "html.parser")
    section = soup.find("section", attrs={"aria-labelledby": "terbanyak-komentar-judul"})
    return [a.get_text() for a in section.find_all("a")] if section else []


@pytest.mark.django_db
def test_ordered_by_approved_comments_of_the_week(category):
    one = make_article(category=category)
    three = make_article(category=category)
    for _ in range(3):
        make_comment(article=three)
    make_comment(article=one)
    result = most_commented_articles()
    assert result == [three, one]
    assert [a.recent_comments for a in result] == [3, 1]


@pytest.mark.django_db
def test_only_approved_and_recent_comments_count(category):
    article = make_article(category=category)
    for status in (Comment.Status.PENDING, Comment.Status.SPAM, Comment.Status.REJECTED):
        make_comment(article=article, status=status)
    make_comment(article=article, at=timezone.now() - timedelta(days=8))
    assert most_commented_articles() == []
    make_comment(article=article)
    assert [a.recent_comments for a in most_commented_articles()] == [1]


@pytest.mark.django_db
def test_unpublished_articles_never_listed(seed, hidden):
    make_comment(article=hidden["draft"])
    make_comment(article=hidden["scheduled"])
    make_comment(article=seed)
    assert most_commented_articles() == [seed]


@pytest.mark.django_db
def test_home_shows_the_list(client, demo):
    seed = demo["seed"]
    # The demo may bring comments of its own; this test counts only its own.
    Comment.objects.all().delete()
    assert _home_list(client) == []
    make_comment(article=seed)
    assert _home_list(client) == [seed.title]


@pytest.mark.django_db
def test_home_query_count_is_fixed_with_comments(client, category, django_assert_max_num_queries):
    make_comment(article=make_article(category=category))
    with CaptureQueriesContext(connection) as ctx:
        assert client.get("/").status_code == 200
    for _ in range(10):
        article = make_article(category=category)
        for _ in range(3):
            make_comment(article=article)
    with django_assert_max_num_queries(len(ctx.captured_queries)):
        client.get("/")
    assert len(most_commented_articles()) == 5
