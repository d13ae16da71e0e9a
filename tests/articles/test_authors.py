"""Bylines: the editor's display name on the article, linking to their author page."""

import json

import pytest
from bs4 import BeautifulSoup
from django.db import IntegrityError

from articles.models import EditorProfile
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def author(editor_user):
    profile = editor_user.editor_profile
    profile.display_name = "Wilda Rahma"
    profile.slug = "wilda-rahma"
    profile.save()
    return profile


def test_article_shows_the_byline_linking_to_the_author_page(client, article, author):
    soup = BeautifulSoup(client.get(article.get_absolute_url()).content, "html.parser")
    link = soup.select_one(".article__byline a")
    assert link.get_text(strip=True) == "Wilda Rahma"
    assert link["href"] == "/penulis/wilda-rahma/"
    data = json.loads(soup.find("script", type="application/ld+json").string)
    assert data["author"] == {
        "@type": "Person",
        "name": "Wilda Rahma",
        "url": "http://testserver/penulis/wilda-rahma/",
    }


def test_without_a_display_name_there_is_no_byline_link(client, article):
    soup = BeautifulSoup(client.get(article.get_absolute_url()).content, "html.parser")
    assert soup.select_one(".article__byline") is None
    assert soup.select_one(".article__editor").get_text(strip=True) == "(WIL)"


def test_author_page_lists_their_published_articles_only(client, article, author, editor_user):
    factories.make_article(title="Tulisan orang lain")
    factories.make_article(title="Draf Wilda", editor=editor_user, status="draft")
    response = client.get("/penulis/wilda-rahma/")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.h1.get_text(strip=True) == "Wilda Rahma"
    titles = [a.get_text(strip=True) for a in soup.select(".card__title a")]
    assert titles == [article.title]


def test_unknown_author_is_404(client):
    assert client.get("/penulis/tidak-ada/").status_code == 404


def test_author_page_queries_do_not_grow_with_articles(
    client, author, editor_user, django_assert_max_num_queries, settings
):
    settings.ARTICLES_PER_PAGE = 5
    for _ in range(2):
        factories.make_article(editor=editor_user)
    with django_assert_max_num_queries(12) as few:
        assert client.get("/penulis/wilda-rahma/").status_code == 200
    count = len(few.captured_queries)
    assert count > 2
    for _ in range(12):
        factories.make_article(editor=editor_user, tags=[factories.make_tag()])
    from django.core.cache import cache

    cache.clear()
    with django_assert_max_num_queries(count):
        response = client.get("/penulis/wilda-rahma/")
    assert response.status_code == 200
    assert len(BeautifulSoup(response.content, "html.parser").select(".card")) == 5


def test_author_slugs_are_unique_but_may_be_blank(editor_user):
    other = factories.make_user(initials="ABC")
    EditorProfile.objects.filter(user=other).update(slug="")
    EditorProfile.objects.filter(user=editor_user).update(slug="")
    EditorProfile.objects.filter(user=editor_user).update(slug="sama")
    with pytest.raises(IntegrityError):
        EditorProfile.objects.filter(user=other).update(slug="sama")
