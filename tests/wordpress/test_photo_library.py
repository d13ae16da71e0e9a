"""The importer with Kabar's real photo library: files checked, stored, found again."""

import io

import pytest
from PIL import Image

from articles.models import Article
from articles.photos.models import Photo
from tests.wordpress import builder
from wordpress.importer import Options, run_import
from wordpress.photo_library import kabar_photo_library

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def uploads(tmp_path):
    folder = tmp_path / "uploads"
    (folder / "2020" / "05").mkdir(parents=True)
    out = io.BytesIO()
    Image.new("RGB", (1400, 900), "red").save(out, "JPEG")
    (folder / "2020" / "05" / "banjir.jpg").write_bytes(out.getvalue())
    (folder / "2019" / "01").mkdir(parents=True)
    (folder / "2019" / "01" / "logo.png").write_bytes(b"not really a png")
    return folder


def test_photos_are_stored_in_the_library_and_found_again(site_export, uploads):
    options = Options(uploads=uploads, photo_library=kabar_photo_library())
    report = run_import(site_export, options)
    photo = Photo.objects.get()
    assert (photo.alt_text, photo.caption, photo.credit) == (
        "Warga menembus banjir",
        "Banjir di Kampung Melayu.",
        "Foto: Antara",
    )
    assert photo.renditions and photo.original.name.startswith("foto/wordpress/")
    article = Article.objects.get(wordpress_id=101)
    assert article.featured_photo == photo
    assert f'<figure data-photo="{photo.pk}"><img src="/media/foto/wordpress/' in article.body
    assert report.get("photos", "created") == 1

    again = run_import(site_export, Options(uploads=uploads, photo_library=kabar_photo_library()))
    assert Photo.objects.count() == 1
    assert again.get("photos", "unchanged") == 1
    assert again.get("articles", "unchanged") == 6


def test_a_file_the_library_refuses_is_reported(write_export, uploads):
    body = '<img src="https://lama.example/wp-content/uploads/2019/01/logo.png" alt="Logo">'
    post = builder.item(9, "Logo", slug="logo", content=body)
    options = Options(uploads=uploads, photo_library=kabar_photo_library())
    report = run_import(write_export(builder.export([post])), options)
    assert Photo.objects.count() == 0
    assert report.get("photos", "skipped") == 1
    assert any("2019/01/logo.png refused by the photo library" in n for n in report.notes)
    assert Article.objects.filter(wordpress_id=9).exists()
