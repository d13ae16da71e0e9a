"""Reader pages: the current section marked, photo classes where the layout needs them,
one photo per home category block, "Komentar (N)" near the top."""

import pytest
from bs4 import BeautifulSoup

from articles.photos.markup import picture_html
from tests import factories

pytestmark = pytest.mark.django_db


def _soup(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_category_page_marks_its_section_in_the_menu(client, article, category):
    other = factories.make_category(name="Olahraga", slug="olahraga")
    factories.make_article(category=other)
    soup = _soup(client, category.get_absolute_url())
    current = soup.select(".site-nav a[aria-current]")
    assert [(a.get_text(strip=True), a["aria-current"]) for a in current] == [
        ("Internasional", "page")
    ]


def test_article_marks_its_section_in_the_menu(client, article):
    soup = _soup(client, article.get_absolute_url())
    current = soup.select(".site-nav a[aria-current]")
    assert [a.get_text(strip=True) for a in current] == ["Internasional"]


def test_home_marks_no_section(client, article):
    assert not _soup(client, "/").select(".site-nav a[aria-current]")


def test_picture_class_goes_on_the_picture(monkeypatch):
    class Photo:
        alt_text = "Foto"

        def widths(self, kind):
            return [{"width": 360, "height": 360, "name": f"a.{kind}"}]

        def url(self, rendition):
            return "/media/" + rendition["name"]

    html = str(picture_html(Photo(), sizes="6rem", picture_class="search-result__photo"))
    soup = BeautifulSoup(html, "html.parser")
    assert soup.picture["class"] == ["search-result__photo"]
    assert not soup.img.get("class")


def test_comment_count_near_the_top_links_to_the_discussion(client, article):
    soup = _soup(client, article.get_absolute_url())
    link = soup.select_one(".article__header .article__comment-count a")
    assert link.get_text(strip=True) == "Komentar (0)"
    assert link["href"] == "#komentar"
    assert soup.find(id="komentar") is not None


def test_home_category_blocks_show_one_photo_each(client, settings, tmp_path):
    from tests.photos.conftest import make_photo

    settings.MEDIA_ROOT = tmp_path
    settings.HOME_PER_CATEGORY = 3
    for name in ("Ekonomi", "Olahraga"):
        category = factories.make_category(name=name)
        for _ in range(3):
            factories.make_article(category=category, featured_photo=make_photo())
    soup = _soup(client, "/")
    sections = soup.select(".home-section")
    assert sections
    photos = [len(section.select(".card__photo")) for section in sections]
    assert max(photos) == 1, photos
    for section in sections:
        cards = section.select(".card")
        if section.select(".card__photo"):
            assert cards[0].select_one(".card__photo") is not None
