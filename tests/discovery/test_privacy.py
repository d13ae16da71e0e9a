"""A commenter's email never reaches what other sites and readers read."""

import pytest

from .factories import make_comment

EMAIL = "ratna.rahasia.4821@surel-pribadi.example"
LOCAL_PART = EMAIL.split("@")[0]


@pytest.fixture
def commented(seed):
    make_comment(
        article=seed,
        name="Ratna",
        email=EMAIL,
        body="<p>Stoltenberg benar soal nuklir.</p>",
    )
    return seed


@pytest.mark.django_db
def test_email_appears_in_no_feed_sitemap_robots_or_search(client, commented):
    urls = [
        "/feed/",
        f"/kategori/{commented.category.slug}/feed/",
        "/sitemap.xml",
        "/sitemap-news.xml",
        "/robots.txt",
        "/cari/?q=Stoltenberg",
        "/cari/?q=nuklir",
        "/cari/?q=Ratna",
        "/",
        commented.get_absolute_url(),
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        text = response.content.decode().lower()
        assert EMAIL not in text, url
        assert LOCAL_PART not in text, url
        assert "surel-pribadi" not in text, url


@pytest.mark.django_db
@pytest.mark.parametrize("q", [EMAIL, LOCAL_PART, "surel-pribadi"])
def test_searching_for_the_email_finds_nothing(client, commented, q):
    response = client.get("/cari/", {"q": q})
    assert response.status_code == 200
    assert list(response.context["articles"]) == []
