"""Share links: plain links to each network, the shared address tagged, the page cacheable."""

from urllib.parse import parse_qs, urlsplit

import pytest
from bs4 import BeautifulSoup

from articles.discovery.share import share_links, shared_url

pytestmark = pytest.mark.django_db
BASE = "http://testserver"


def _share(client, article):
    response = client.get(article.get_absolute_url())
    return response, BeautifulSoup(response.content, "html.parser")


def test_every_network_gets_the_canonical_url_and_title_tagged_with_its_source():
    canonical = "https://kabar.example/2026/12/05/banjir/"
    links = {
        link.network: urlsplit(link.url)
        for link in share_links(canonical=canonical, title="Banjir & longsor")
    }
    assert set(links) == {"whatsapp", "facebook", "x", "telegram"}
    assert links["whatsapp"].netloc == "wa.me"
    text = parse_qs(links["whatsapp"].query)["text"][0]
    assert text == f"Banjir & longsor {canonical}?utm_source=whatsapp&utm_medium=social"
    assert parse_qs(links["facebook"].query)["u"] == [
        f"{canonical}?utm_source=facebook&utm_medium=social"
    ]
    assert parse_qs(links["x"].query)["url"] == [f"{canonical}?utm_source=x&utm_medium=social"]
    assert parse_qs(links["x"].query)["text"] == ["Banjir & longsor"]
    assert parse_qs(links["telegram"].query)["url"] == [
        f"{canonical}?utm_source=telegram&utm_medium=social"
    ]


def test_shared_url_keeps_an_existing_query():
    assert shared_url("https://k.example/a/?page=2", "x") == (
        "https://k.example/a/?page=2&utm_source=x&utm_medium=social"
    )


def test_article_page_has_the_share_links_and_no_script_from_elsewhere(client, article):
    response, soup = _share(client, article)
    share = soup.select_one("nav.share")
    hosts = {urlsplit(a["href"]).netloc for a in share.select("a.share__link")}
    assert hosts == {"wa.me", "www.facebook.com", "x.com", "t.me"}
    for link in share.select("a.share__link"):
        assert "noopener" in link["rel"]
    # "Salin tautan" shows the address to copy without JavaScript.
    copy = share.select_one("details.share__copy")
    assert copy.summary.get_text(strip=True) == "Salin tautan"
    assert copy.input["value"] == (
        f"{BASE}{article.get_absolute_url()}?utm_source=salin&utm_medium=social"
    )
    for script in soup.find_all("script", src=True):
        assert script["src"].startswith("/static/")


def test_canonical_url_never_carries_utm(client, article):
    response = client.get(article.get_absolute_url() + "?utm_source=whatsapp&utm_medium=social")
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.find("link", rel="canonical")["href"] == BASE + article.get_absolute_url()
    assert "utm_" not in soup.find("meta", property="og:url")["content"]


def test_shared_address_is_answered_with_the_kept_page(client, article):
    first = client.get(article.get_absolute_url())
    shared = client.get(article.get_absolute_url() + "?utm_source=whatsapp&utm_medium=social")
    assert shared.content == first.content
    assert "public" in shared["Cache-Control"]
