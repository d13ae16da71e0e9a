"""Photos where the editor is: an upload from the article form, thumbnails, one caption style."""

import re

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from articles.photos.markup import caption_text
from articles.photos.models import Photo
from tests.factories import make_article, make_editor, make_user
from tests.photos.conftest import make_photo, picture_bytes, upload

UPLOAD = "admin:articles_photo_upload"
PICKER = "admin:articles_photo_picker"
LIBRARY = "admin:articles_photo_changelist"


@pytest.fixture
def editor(client, db):
    client.force_login(make_editor())
    return client


@pytest.mark.parametrize(
    ("caption", "credit", "printed"),
    [
        (
            "Warga mengantre bantuan",
            "Foto: Antara/Rina",
            "Warga mengantre bantuan. (Foto: Antara/Rina)",
        ),
        ("Warga mengantre bantuan.", "Antara/Rina", "Warga mengantre bantuan. (Foto: Antara/Rina)"),
        ("Siapa menang?", "foto: Kabar", "Siapa menang? (Foto: Kabar)"),
        ("  Dua   spasi ", "Foto Antara", "Dua spasi. (Foto: Antara)"),
        ("Tanpa kredit", "", "Tanpa kredit."),
        ("", "Dok. Kabar", "(Foto: Dok. Kabar)"),
        ("", "", ""),
    ],
)
def test_one_caption_style(caption, credit, printed):
    assert caption_text(caption, credit) == printed


@pytest.mark.django_db
def test_a_photo_uploaded_from_the_article_form_comes_back_ready_to_insert(editor):
    response = editor.post(
        reverse(UPLOAD),
        {
            "upload": upload(picture_bytes(gps=True)),
            "alt_text": "Air setinggi lutut di Jalan Martadinata",
            "caption": "Banjir rob di Jakarta Utara",
            "credit": "Kabar/Rina",
        },
    )
    assert response.status_code == 201, response.content
    photo = response.json()["photo"]
    stored = Photo.objects.get(pk=photo["id"])
    assert stored.uploaded_by is not None and stored.renditions
    assert photo["alt"] == "Air setinggi lutut di Jalan Martadinata"
    assert photo["figcaption"] == "Banjir rob di Jakarta Utara. (Foto: Kabar/Rina)"
    assert photo["thumbnail"].endswith(".jpg") and photo["src"].endswith("-1200.jpg")


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("fields", "error"),
    [
        ({"alt_text": ""}, "alt_text"),
        ({"upload": None}, "upload"),
        ({"upload": "not-an-image"}, "upload"),
    ],
)
def test_a_refused_upload_says_why_in_indonesian(editor, fields, error):
    data = {"upload": upload(picture_bytes()), "alt_text": "Teks", **fields}
    if data["upload"] is None:
        del data["upload"]
    elif data["upload"] == "not-an-image":
        data["upload"] = upload(b"%PDF-1.4 bukan foto", name="foto.jpg")
    response = editor.post(reverse(UPLOAD), data)
    assert response.status_code == 400
    errors = response.json()["errors"]
    assert list(errors) == [error]
    message = errors[error][0]["message"]
    assert not re.search(r"\b(This field|required|Upload a valid)\b", message), message
    assert not Photo.objects.exists()


@pytest.mark.django_db
def test_only_editors_upload_and_only_by_post(client, editor):
    assert editor.get(reverse(UPLOAD)).status_code == 405
    client.force_login(make_user(is_staff=True))
    data = {"upload": upload(picture_bytes()), "alt_text": "Teks"}
    assert client.post(reverse(UPLOAD), data).status_code == 403
    assert not Photo.objects.exists()


@pytest.mark.django_db
def test_the_picker_answers_one_photo_by_id(editor):
    photo = make_photo((1600, 900), alt_text="Satu foto")
    assert [p["id"] for p in editor.get(reverse(PICKER), {"id": photo.pk}).json()["photos"]] == [
        photo.pk
    ]
    assert editor.get(reverse(PICKER), {"id": "x"}).json()["photos"] == []
    assert editor.get(reverse(PICKER), {"id": "999999"}).json()["photos"] == []


@pytest.mark.django_db
def test_the_library_is_a_grid_of_named_pictures_with_search(editor):
    make_photo((1600, 900), alt_text="Banjir di Jakarta", caption="Air naik", credit="Antara")
    make_photo((800, 600), alt_text="Final bulu tangkis")
    page = BeautifulSoup(editor.get(reverse(LIBRARY)).content, "html.parser")
    items = page.select(".photo-grid__item")
    assert len(items) == 2
    for item in items:
        link = item.select_one("a")
        # The link is named by the picture's alternative text and its own words.
        assert link.select_one("img")["alt"] and link.get_text(strip=True)
    assert "Air naik. (Foto: Antara)" in page.get_text()
    found = BeautifulSoup(editor.get(reverse(LIBRARY), {"q": "bulu"}).content, "html.parser")
    assert [i.select_one("img")["alt"] for i in found.select(".photo-grid__item")] == [
        "Final bulu tangkis"
    ]


@pytest.mark.django_db
def test_the_table_is_one_click_away_and_remembered(editor):
    make_photo((800, 600), alt_text="Satu")
    table = editor.get(reverse(LIBRARY), {"tampilan": "tabel"}).content.decode()
    assert 'id="result_list"' in table and "photo-grid" not in table
    assert 'id="result_list"' in editor.get(reverse(LIBRARY)).content.decode()
    assert "photo-grid" in editor.get(reverse(LIBRARY), {"tampilan": "kisi"}).content.decode()


@pytest.mark.django_db
def test_the_grid_reads_nothing_per_photo(editor):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            editor.get(reverse(LIBRARY))
        return len(captured)

    make_photo((800, 600), alt_text="Satu")
    few = queries()
    for n in range(4):
        make_photo((800, 600), alt_text=f"Lagi {n}")
    assert queries() == few


@pytest.mark.django_db
def test_the_featured_field_shows_the_chosen_photos_thumbnail(editor):
    photo = make_photo((1600, 900), alt_text="Foto utama", caption="Keterangan", credit="Kabar")
    article = make_article(featured_photo=photo)
    html = editor.get(reverse("admin:articles_article_change", args=[article.pk])).content.decode()
    field = BeautifulSoup(html, "html.parser").select_one("[data-photo-field]")
    assert field["data-picker-url"] == reverse(PICKER)
    assert field["data-upload-url"] == reverse(UPLOAD)
    assert field.select_one(".photo-field__current img")["src"].endswith(".jpg")
    assert "Keterangan. (Foto: Kabar)" in field.get_text()
    assert field.select_one("select#id_featured_photo")


@pytest.mark.django_db
def test_a_body_photo_shows_the_librarys_caption_in_the_one_style(client):
    photo = make_photo((1600, 900), alt_text="x", caption="Jembatan putus", credit="BNPB")
    article = make_article(
        body=f'<figure data-photo="{photo.pk}"><img src="{photo.url(photo.share_rendition())}"'
        ' alt="x"><figcaption>Jembatan putus — BNPB</figcaption></figure>'
    )
    page = BeautifulSoup(client.get(article.get_absolute_url()).content, "html.parser")
    caption = page.select_one(".article__body figcaption")
    assert caption.get_text(" ", strip=True) == "Jembatan putus. (Foto: BNPB)"
