"""Photos on the pages: the featured photo, sharing tags, JSON-LD, RSS and cards."""

import importlib
import io
import json
import xml.etree.ElementTree as ET

import pytest
from bs4 import BeautifulSoup
from django.core.files.storage import default_storage
from django.urls import clear_url_caches
from PIL import Image

from tests.factories import make_article, make_tag
from tests.photos.conftest import make_photo


def _soup(client, url) -> BeautifulSoup:
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def _meta(soup, key):
    tag = soup.find("meta", attrs={"property": key}) or soup.find("meta", attrs={"name": key})
    return tag["content"] if tag else None


@pytest.fixture
def photo(db):
    return make_photo(
        alt_text="Warga mengantre bantuan di Cianjur",
        caption="Warga mengantre bantuan di posko pengungsian.",
        credit="Foto: Antara/Nama Fotografer",
    )


@pytest.mark.django_db
def test_featured_photo_under_the_headline_loads_first_and_keeps_its_place(client, photo):
    article = make_article(featured_photo=photo)
    soup = _soup(client, article.get_absolute_url())
    figure = soup.select_one("article.article > figure.article__photo")
    assert figure is not None
    assert figure.find_previous_sibling("header").find("h1")
    img = figure.select_one("picture > img")
    assert (img["width"], img["height"]) == ("1200", "800")
    assert img["fetchpriority"] == "high"
    assert "loading" not in img.attrs
    assert img["alt"] == "Warga mengantre bantuan di Cianjur"
    assert img["src"].endswith("-1200.jpg")
    assert [c.split()[1] for c in img["srcset"].split(", ")] == [
        f"{w}w" for w in (360, 480, 720, 960, 1200, 1600)
    ]
    source = figure.select_one("picture > source")
    assert source["type"] == "image/webp" and ".webp 360w" in source["srcset"]
    assert source["sizes"] == img["sizes"]
    caption = figure.find("figcaption")
    # The newsroom's one caption style: "Keterangan. (Foto: Kredit)".
    assert caption.get_text(" ", strip=True) == (
        "Warga mengantre bantuan di posko pengungsian. (Foto: Antara/Nama Fotografer)"
    )
    assert caption.select_one(".photo__credit").text == "(Foto: Antara/Nama Fotografer)"


@pytest.mark.django_db
def test_sharing_tags_name_an_absolute_jpeg_of_at_least_1200_px(client, photo):
    article = make_article(featured_photo=photo)
    soup = _soup(client, article.get_absolute_url())
    url = _meta(soup, "og:image")
    assert url.startswith("http://testserver/media/") and url.endswith(".jpg")
    assert _meta(soup, "twitter:image") == url
    assert (_meta(soup, "og:image:width"), _meta(soup, "og:image:height")) == ("1200", "800")
    assert _meta(soup, "og:image:type") == "image/jpeg"
    assert _meta(soup, "og:image:alt") == "Warga mengantre bantuan di Cianjur"

    # Read through the storage...
    share = photo.share_rendition()
    assert url.endswith(share["path"])
    with default_storage.open(share["path"]) as file:
        assert Image.open(file).width >= 1200
    # ...and fetched as a crawler would, through the site (DEBUG off).
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/jpeg"
    assert "immutable" in response["Cache-Control"]
    image = Image.open(io.BytesIO(b"".join(response.streaming_content)))
    assert image.format == "JPEG" and image.width >= 1200


@pytest.mark.django_db
def test_the_site_serves_only_its_photo_files(client, media, photo):
    (media / "catatan.txt").write_text("bukan foto")
    (media / "foto" / "rahasia.txt").write_text("bukan foto")
    for path in ("/media/catatan.txt", "/media/foto/rahasia.txt", "/media/foto/../catatan.txt"):
        assert client.get(path).status_code == 404, path
    assert client.post("/media/" + photo.share_rendition()["path"]).status_code == 405


@pytest.mark.django_db
def test_the_root_urlconf_serves_the_media_folder_with_debug(client, settings, media, photo):
    import portal.urls

    (media / "catatan.txt").write_text("boleh dilihat saat pengembangan")
    settings.DEBUG = True
    try:
        clear_url_caches()
        importlib.reload(portal.urls)
        response = client.get("/media/catatan.txt")
        assert response.status_code == 200
        path = photo.share_rendition()["path"]
        response = client.get(f"/media/{path}")
        assert response.status_code == 200
        assert Image.open(io.BytesIO(b"".join(response.streaming_content))).width == 1200
    finally:
        settings.DEBUG = False
        importlib.reload(portal.urls)
        clear_url_caches()
    assert client.get("/media/catatan.txt").status_code == 404


@pytest.mark.django_db
def test_jsonld_has_the_three_crops(client, photo):
    article = make_article(featured_photo=photo)
    soup = _soup(client, article.get_absolute_url())
    data = json.loads(soup.find("script", type="application/ld+json").string)
    images = data["image"]
    assert len(images) == 3
    for url, ratio in zip(images, ("16x9", "4x3", "1x1"), strict=True):
        assert url == "http://testserver/media/" + photo.crop(ratio)["path"]


@pytest.mark.django_db
def test_rss_items_carry_the_photo_as_an_enclosure(client, photo):
    with_photo = make_article(featured_photo=photo)
    make_article()
    root = ET.fromstring(client.get("/feed/").content)
    items = {item.findtext("link"): item for item in root.iter("item")}
    enclosure = items[f"http://testserver{with_photo.get_absolute_url()}"].find("enclosure")
    share = photo.share_rendition()
    assert enclosure.attrib == {
        "url": "http://testserver/media/" + share["path"],
        "length": str(share["bytes"]),
        "type": "image/jpeg",
    }
    assert sum(item.find("enclosure") is not None for item in items.values()) == 1


@pytest.mark.django_db
def test_absolute_urls_follow_site_url(client, settings, photo):
    settings.SITE_URL = "https://kabar.example.id"
    article = make_article(featured_photo=photo)
    soup = _soup(client, article.get_absolute_url())
    assert _meta(soup, "og:image").startswith("https://kabar.example.id/media/foto/")
    root = ET.fromstring(client.get("/feed/").content)
    url = next(root.iter("enclosure")).attrib["url"]
    assert url.startswith("https://kabar.example.id/media/foto/")


@pytest.mark.django_db
def test_cards_show_lazy_thumbnails_and_the_lead_card_loads_first(client, category, photo):
    tag = make_tag()
    older = make_article(category=category, featured_photo=photo, tags=[tag])
    make_article(category=category, featured_photo=photo, tags=[tag])  # the newest: the lead
    home = _soup(client, "/")
    lead, *others = home.select(".card .card__photo img")
    assert lead["fetchpriority"] == "high"
    assert others and all(img["loading"] == "lazy" and img["decoding"] == "async" for img in others)
    assert _widths(lead) == [360, 480, 720, 960, 1200, 1600]
    for url in (category.get_absolute_url(), tag.get_absolute_url()):
        imgs = _soup(client, url).select(".card .card__photo img")
        assert len(imgs) == 2 and all(img["loading"] == "lazy" for img in imgs), url
        assert all(img.get("width") and img.get("height") for img in imgs)
        # A card is never wider than 17rem: no wider rendition is offered.
        assert all(_widths(img) == [360, 480, 720, 960] for img in imgs)
        assert all(img["src"].endswith("-960.jpg") for img in imgs)

    article = make_article(category=category, tags=[tag], related=[older])
    related = _soup(client, article.get_absolute_url()).select(".related li img")
    assert related and all(img["loading"] == "lazy" for img in related)
    assert all(_widths(img) == [360] for img in related)


def _widths(img) -> list[int]:
    return [int(c.split()[1].rstrip("w")) for c in img["srcset"].split(", ")]


@pytest.mark.django_db
def test_an_article_without_a_photo_is_as_before(client):
    article = make_article()
    soup = _soup(client, article.get_absolute_url())
    assert soup.find("picture") is None and soup.find("figure") is None
    assert _meta(soup, "og:image") is None and _meta(soup, "twitter:image") is None
    assert _meta(soup, "twitter:card") == "summary"
    data = json.loads(soup.find("script", type="application/ld+json").string)
    assert "image" not in data
    assert _soup(client, "/").select(".card__photo") == []


@pytest.mark.django_db
def test_a_changed_photo_shows_at_once_on_the_kept_pages_that_show_it(client, photo):
    featured = make_article(featured_photo=photo)
    inline = make_article(
        body=f'<figure data-photo="{photo.pk}"><img src="{photo.url(photo.share_rendition())}"'
        ' alt="x"><figcaption>Keterangan editor</figcaption></figure>'
    )
    for article in (featured, inline):
        assert client.get(article.get_absolute_url()).status_code == 200  # kept now
    photo.caption = "Keterangan yang diperbaiki."
    photo.save()
    assert "Keterangan yang diperbaiki." in client.get(featured.get_absolute_url()).text
    photo.delete()
    assert "<picture>" not in client.get(featured.get_absolute_url()).text
    assert "<picture>" not in client.get(inline.get_absolute_url()).text
