"""Every public page: language, title, description, one h1, landmarks."""

import pytest
from bs4 import BeautifulSoup


def public_urls(demo):
    """Each public page with the one status it answers: the demo's seed article
    is published (2022) so it and its listings are 200; only the unknown path
    is the 404 page."""
    seed = demo["seed"]
    return [
        ("/", 200),
        (seed.get_absolute_url(), 200),
        (seed.category.get_absolute_url(), 200),
        (seed.tags.first().get_absolute_url(), 200),
        (seed.source.get_absolute_url(), 200),
        ("/cari/?q=NATO", 200),
        ("/tidak-ada/", 404),
    ]


@pytest.mark.django_db
def test_public_pages_are_well_formed(client, demo):
    for url, status in public_urls(demo):
        response = client.get(url)
        assert response.status_code == status, url
        soup = BeautifulSoup(response.content, "html.parser")
        assert soup.html["lang"] == "id", url
        assert soup.title and soup.title.string.strip(), url
        description = soup.find("meta", attrs={"name": "description"})
        assert description and description["content"].strip(), url
        assert len(soup.find_all("h1")) == 1, url
        for landmark in ("header", "nav", "main", "footer"):
            assert soup.find(landmark), (url, landmark)
        assert soup.find("meta", attrs={"name": "viewport"}), url
        # Two search landmarks on one page are told apart by their names.
        searches = [form.get("aria-label") for form in soup.find_all(attrs={"role": "search"})]
        assert all(searches) and len(set(searches)) == len(searches), (url, searches)


@pytest.mark.django_db
def test_server_error_page_is_indonesian(rf):
    from portal.errors import server_error

    response = server_error(rf.get("/"))
    assert response.status_code == 500
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == "id"
    assert soup.h1.string == "Terjadi kesalahan"
