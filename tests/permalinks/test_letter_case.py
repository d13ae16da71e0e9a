"""An address typed or shared with capitals leads to the page in small letters (301)."""

import pytest

from tests.factories import make_article, make_source, make_tag

pytestmark = pytest.mark.django_db


def _capitalised(url: str) -> str:
    head, slug = url.rstrip("/").rsplit("/", 1)
    return f"{head}/{slug.title()}/"


def test_an_article_address_with_capitals_redirects_to_the_article(client, article):
    url = article.get_absolute_url()
    for typed in (_capitalised(url), url.upper()):
        response = client.get(typed)
        assert response.status_code == 301, typed
        assert response["Location"] == url


def test_an_address_with_capitals_and_no_article_stays_404(client, article):
    head = article.get_absolute_url().rstrip("/").rsplit("/", 1)[0]
    assert client.get(f"{head}/Tidak-Ada-Artikel-Ini/").status_code == 404


def test_an_editors_own_capitals_still_answer_as_they_are(client, category, editor_user):
    story = make_article(category=category, editor=editor_user, slug="NATO-dan-Rusia")
    assert client.get(story.get_absolute_url()).status_code == 200


@pytest.mark.parametrize("kind", ["category", "tag", "source"])
def test_a_listing_address_with_capitals_redirects(client, category, kind):
    subject = {
        "category": category,
        "tag": make_tag(name="Perang Ukraina", slug="perang-ukraina"),
        "source": make_source(name="Medcom", slug="medcom"),
    }[kind]
    response = client.get(_capitalised(subject.get_absolute_url()))
    assert response.status_code == 301
    assert response["Location"] == subject.get_absolute_url()


def test_a_listing_that_does_not_exist_in_any_letters_is_404(client, category):
    assert client.get("/kategori/Tidak-Ada/").status_code == 404
    assert client.get("/kategori/tidak-ada/").status_code == 404
