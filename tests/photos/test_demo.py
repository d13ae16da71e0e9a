"""``manage.py load_demo`` gives every demo article a photo drawn on the spot."""

import time
from io import StringIO
from unittest import mock

import pytest
from django.core.files.storage import default_storage
from django.core.management import call_command
from PIL import Image

from articles.models import Article
from articles.photos import demo
from articles.photos.models import Photo


@pytest.fixture(scope="module")
def demo_media(tmp_path_factory):
    return tmp_path_factory.mktemp("demo-media")


@pytest.fixture(autouse=True)
def media(settings, demo_media):
    """One media folder for this module: the demo's files are drawn once."""
    settings.MEDIA_ROOT = demo_media
    return demo_media


@pytest.mark.django_db
def test_every_demo_article_gets_a_credited_photo_once():
    out = StringIO()
    started = time.perf_counter()
    call_command("load_demo", stdout=out)
    elapsed = time.perf_counter() - started
    assert "Demo photos: 16 new photos on 16 articles." in out.getvalue()
    # Seconds, not minutes, even on a slow shared machine.
    assert elapsed < 120
    articles = Article.objects.select_related("featured_photo", "source")
    assert articles.count() == 16
    for article in articles:
        photo = article.featured_photo
        assert photo is not None, article.slug
        assert (photo.width, photo.height) == (1600, 900)
        assert photo.alt_text.startswith("Ilustrasi abstrak: gradasi ")
        assert article.title in photo.caption
        agency = article.source.name if article.source else "Kabar"
        assert photo.credit.startswith(f"Foto: {agency}/"), photo.credit
        assert default_storage.exists(photo.share_rendition()["path"])
    seed = Article.objects.get(slug__startswith="nato-rusia-serang")
    assert seed.featured_photo.credit.startswith("Foto: Medcom.id/")
    with default_storage.open(seed.featured_photo.original.name) as file:
        assert Image.open(file).size == (1600, 900)
    assert len({a.featured_photo.alt_text for a in articles}) > 8  # varied pictures

    photos = Photo.objects.count()
    out = StringIO()
    call_command("load_demo", stdout=out)
    assert "Demo photos: 0 new photos" in out.getvalue()
    assert Photo.objects.count() == photos


@pytest.mark.django_db
def test_demo_files_drawn_before_are_used_again():
    call_command("load_demo", stdout=StringIO())
    before = {p.alt_text: p.renditions for p in Photo.objects.all()}
    # A fresh database over the same media folder: nothing is drawn again.
    Article.objects.update(featured_photo=None)
    Photo.objects.all().delete()
    with mock.patch.object(demo, "photo_set_image", side_effect=AssertionError("redrawn")):
        call_command("load_demo", stdout=StringIO())
    after = {p.alt_text: p.renditions for p in Photo.objects.all()}
    assert after == before


def test_the_drawing_is_the_same_every_time():
    first, words = demo.draw("satu")
    again, same_words = demo.draw("satu")
    other, _ = demo.draw("dua")
    assert first.size == (1600, 900)
    assert first.tobytes() == again.tobytes() and words == same_words
    assert first.tobytes() != other.tobytes()
