"""Every public page: language, title, description, one h1, landmarks."""

import pytest
from bs4 import BeautifulSoup


def public_urls(demo):
    seed = demo["seed"]
    return [
        "/",
        seed.get_absolute_url(),
        seed.category.get_absolute_url(),
        seed.tags.first().get_absolute_url(),
        seed.source.get_absolute_url(),
        "/tidak-ada/",
    ]


@pytest.mark.django_db
def test_public_pages_are_well_formed(client, demo):
    for url in public_urls(demo):
        response = client.get(url)
        assert response.status_code in (200, 404), url
        soup = BeautifulSoup(response.content, "html.parser")
        assert soup.html["lang"] == "id", url
        assert soup.title and soup.title.string.strip(), url
        description = soup.find("meta", attrs={"name": "description"})
        assert description and description["content"].strip(), url
        assert len(soup.find_all("h1")) == 1, url
        for landmark in ("header", "nav", "main", "footer"):
            assert soup.find(landmark), (url, landmark)
        assert soup.find("meta", attrs={"name": "viewport"}), url


@pytest.mark.django_db
def test_server_error_page_is_indonesian(rf):
    from articles.views import server_error

    response = server_error(rf.get("/"))
    assert response.status_code == 500
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == "id"
    assert soup.h1.string == "Terjadi kesalahan"
