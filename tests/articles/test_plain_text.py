"""Control characters pasted by editors never reach pages, feeds or sitemaps."""

import xml.etree.ElementTree as ET

import pytest

from articles.plain_text import strip_control_characters
from tests.factories import make_article, make_tag


def test_strip_keeps_tabs_and_line_breaks():
    assert strip_control_characters("a\x00b\x0bc\x0cd\x1fe\x7ff\tg\nh\r") == "abcdef\tg\nh\r"
    assert strip_control_characters("") == ""


@pytest.mark.django_db
def test_pasted_control_characters_are_removed_on_save(category, editor_user):
    tag = make_tag(name="Ru\x0bsia", slug="rusia")
    article = make_article(
        category=category,
        editor=editor_user,
        title="Judul\x0b dengan\x0c kontrol",
        lead="Ringkasan\x00 kotor",
        dateline="Brus\x08sels",
        body="<p>Isi\x0b berita</p>",
        tags=[tag],
    )
    article.refresh_from_db()
    tag.refresh_from_db()
    assert article.title == "Judul dengan kontrol"
    assert article.lead == "Ringkasan kotor"
    assert article.dateline == "Brussels"
    assert article.body == "<p>Isi berita</p>"
    assert tag.name == "Rusia"


@pytest.mark.django_db
def test_feeds_and_news_sitemap_stay_well_formed(client, category, editor_user):
    make_article(category=category, editor=editor_user, title="Tab\x0bulasi", lead="Le\x0cad")
    for url in ["/feed/", f"/kategori/{category.slug}/feed/", "/sitemap-news.xml"]:
        response = client.get(url)
        assert response.status_code == 200, url
        ET.fromstring(response.content)
