"""Photos from a copy of wp-content/uploads, through a stand-in for the photo library."""

import pytest

from articles.models import Article
from tests.wordpress import builder
from wordpress.importer import Options, run_import
from wordpress.photos import uploads_path

pytestmark = pytest.mark.django_db


class _Photo:
    def __init__(self, pk, key, alt_text, caption, credit):
        self.pk, self.key = pk, key
        self.alt_text, self.caption, self.credit = alt_text, caption, credit


class FakeLibrary:
    """The photo library's interface (see wordpress/photo_library.py), in memory."""

    def __init__(self):
        self.photos: dict[str, _Photo] = {}
        self.featured: dict[int, int] = {}

    def find(self, key):
        return self.photos.get(key)

    def add(self, key, path, *, alt_text, caption, credit):
        assert path.is_file()
        photo = _Photo(len(self.photos) + 1, key, alt_text, caption, credit)
        self.photos[key] = photo
        return photo

    def update(self, photo, *, alt_text, caption, credit):
        new = (alt_text, caption, credit)
        changed = (photo.alt_text, photo.caption, photo.credit) != new
        photo.alt_text, photo.caption, photo.credit = new
        return changed

    def src(self, photo):
        return f"https://kabar.example/media/{photo.key}"

    def figure_attributes(self, photo):
        return f' data-photo="{photo.pk}"'

    def set_featured(self, article, photo):
        changed = self.featured.get(article.pk) != photo.pk
        self.featured[article.pk] = photo.pk
        return changed


@pytest.fixture
def uploads(tmp_path):
    folder = tmp_path / "uploads"
    (folder / "2020" / "05").mkdir(parents=True)
    (folder / "2020" / "05" / "banjir.jpg").write_bytes(b"\xff\xd8\xff jpeg")
    return folder


def test_uploads_paths():
    assert uploads_path("https://x.example/wp-content/uploads/2020/05/a.jpg") == "2020/05/a.jpg"
    assert uploads_path("https://situs.files.wordpress.com/2020/05/a%20b.jpg") == "2020/05/a b.jpg"
    assert uploads_path("https://other.example/a.jpg") is None


def test_featured_and_inline_images_become_one_photo(site_export, uploads):
    library = FakeLibrary()
    report = run_import(site_export, Options(uploads=uploads, photo_library=library))
    photo = library.photos["2020/05/banjir.jpg"]
    assert (photo.alt_text, photo.caption, photo.credit) == (
        "Warga menembus banjir",
        "Banjir di Kampung Melayu.",
        "Foto: Antara",
    )
    article = Article.objects.get(wordpress_id=101)
    assert library.featured == {article.pk: photo.pk}
    # The captioned, resized copy in the body falls back to the original file.
    assert (
        f'<figure data-photo="{photo.pk}"><img src="https://kabar.example/media/2020/05/banjir.jpg"'
        in article.body
    )
    assert report.get("photos", "created") == 1


def test_a_second_run_finds_the_photos_again(site_export, uploads):
    library = FakeLibrary()
    run_import(site_export, Options(uploads=uploads, photo_library=library))
    report = run_import(site_export, Options(uploads=uploads, photo_library=library))
    assert len(library.photos) == 1
    assert report.get("photos", "unchanged") == 1
    assert report.get("articles", "unchanged") == 6


def test_missing_files_are_reported_and_the_import_goes_on(write_export, tmp_path):
    empty = tmp_path / "kosong"
    empty.mkdir()
    library = FakeLibrary()
    report = run_import(write_export(builder.site()), Options(uploads=empty, photo_library=library))
    assert library.photos == {}
    assert report.get("photos", "skipped") == 1  # one file, reported once
    assert report.get("articles", "created") == 6
    assert (
        "post 101: photo file missing from the uploads folder: 2020/05/banjir.jpg" in report.notes
    )
    # The image keeps its old https address.
    assert "lama.example/wp-content/uploads" in Article.objects.get(wordpress_id=101).body


def test_a_featured_image_not_in_the_export_is_reported(write_export, uploads):
    post = builder.item(5, "Tanpa lampiran", slug="x", content="Isi.", meta={"_thumbnail_id": "9"})
    report = run_import(
        write_export(builder.export([post])),
        Options(uploads=uploads, photo_library=FakeLibrary()),
    )
    assert "post 5: featured image 9 is not in the export's uploads" in report.notes


def test_a_path_outside_the_uploads_folder_is_never_read(write_export, uploads):
    (uploads.parent / "rahasia.jpg").write_bytes(b"x")
    body = '<img src="https://lama.example/wp-content/uploads/../rahasia.jpg">'
    post = builder.item(6, "Jalan", slug="jalan", content=body)
    library = FakeLibrary()
    run_import(
        write_export(builder.export([post])), Options(uploads=uploads, photo_library=library)
    )
    assert library.photos == {}


def test_dry_run_stores_no_photo(site_export, uploads):
    library = FakeLibrary()
    report = run_import(site_export, Options(uploads=uploads, photo_library=library, dry_run=True))
    assert library.photos == {} and library.featured == {}
    assert report.get("photos", "created") == 1


def test_a_plain_image_points_at_the_stored_photo(write_export, uploads):
    body = 'Lihat <img src="https://lama.example/wp-content/uploads/2020/05/banjir.jpg" alt="x">'
    post = builder.item(7, "Polos", slug="polos", content=body)
    library = FakeLibrary()
    run_import(
        write_export(builder.export([post])), Options(uploads=uploads, photo_library=library)
    )
    body = Article.objects.get(wordpress_id=7).body
    assert '<p>Lihat <img src="https://kabar.example/media/2020/05/banjir.jpg" alt="x"></p>' in body
