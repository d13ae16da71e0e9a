"""Uploading a photo in the admin: what is refused, and what is stored."""

import io

import pytest
from django.core.files.storage import default_storage
from django.urls import reverse
from PIL import Image

from articles.photos.models import Photo
from tests.factories import make_editor
from tests.photos.conftest import picture_bytes, png_header, upload

ADD = "admin:articles_photo_add"


def _post(client, file, **fields):
    data = {"upload": file, "alt_text": "Demonstran di depan gedung DPR", **fields}
    return client.post(reverse(ADD), data)


def _upload_errors(response) -> list[str]:
    assert response.status_code == 200, "the form should be shown again with an error"
    return list(response.context["adminform"].form.errors.get("upload", []))


REFUSED = [
    pytest.param(
        upload(png_header(50_000, 50_000), "raksasa.png", "image/png"),
        "megapiksel",
        id="50000x50000 png (decompression bomb)",
    ),
    pytest.param(
        upload(png_header(7_500, 6_000), "besar.png", "image/png"),
        "megapiksel",
        id="45-megapixel png",
    ),
    pytest.param(
        upload(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\n%%EOF\n", "foto.jpg"),
        "bukan foto JPEG, PNG, atau WebP",
        id="renamed pdf",
    ),
    pytest.param(
        upload(
            b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
            b"<script>alert(1)</script></svg>",
            "foto.svg",
            "image/svg+xml",
        ),
        "bukan foto JPEG, PNG, atau WebP",
        id="svg",
    ),
    pytest.param(
        upload(picture_bytes((20, 20), "GIF"), "foto.gif", "image/gif"),
        "bukan foto JPEG, PNG, atau WebP",
        id="gif",
    ),
    pytest.param(
        upload(b"\xff\xd8\xff\xe0" + b"\0" * (25 * 1024 * 1024), "besar.jpg"),
        "paling besar 20 MB",
        id="25 MB file",
    ),
    pytest.param(
        upload(picture_bytes((1600, 1000))[:5000], "putus.jpg"),
        "rusak atau tidak lengkap",
        id="truncated jpeg",
    ),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("file", "message"), REFUSED)
def test_bad_uploads_get_a_clear_form_error(admin_client, file, message):
    response = _post(admin_client, file)
    errors = _upload_errors(response)
    assert any(message in error for error in errors), errors
    assert not Photo.objects.exists()
    assert _files_under("foto") == []


def _files_under(folder: str) -> list[str]:
    """Every file stored under ``folder``, however deep."""
    if not default_storage.exists(folder):
        return []
    folders, files = default_storage.listdir(folder)
    found = [f"{folder}/{name}" for name in files]
    for name in folders:
        found += _files_under(f"{folder}/{name}")
    return found


@pytest.mark.django_db
def test_a_photo_is_required_to_add_one(admin_client):
    response = admin_client.post(reverse(ADD), {"alt_text": "Tanpa berkas"})
    assert "Pilih berkas foto untuk diunggah." in _upload_errors(response)


@pytest.mark.django_db
def test_alt_text_is_required(admin_client):
    response = admin_client.post(reverse(ADD), {"upload": upload(picture_bytes((400, 300)))})
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["alt_text"]


def _stored_files(photo) -> list[str]:
    return [photo.original.name, *(r["path"] for r in photo.renditions)]


def _has_metadata(data: bytes) -> list[str]:
    image = Image.open(io.BytesIO(data))
    found = [key for key in ("exif", "comment", "xmp", "icc_profile") if image.info.get(key)]
    if image.getexif():
        found.append("getexif")
    for marker in (b"Exif\x00\x00", b"KameraRahasia", b"komentar-rahasia", b"EXIF"):
        if marker in data:
            found.append(repr(marker))
    return found


@pytest.mark.django_db
def test_gps_and_every_other_metadata_are_gone_from_every_stored_file(client):
    editor = make_editor()
    client.force_login(editor)
    source = picture_bytes((1800, 1200), gps=True)
    assert _has_metadata(source), "the test photo must carry metadata to begin with"

    response = _post(client, upload(source), credit="Foto: Antara/Nama Fotografer")
    assert response.status_code == 302, response.content[:2000]

    photo = Photo.objects.get()
    assert photo.uploaded_by == editor
    assert photo.credit == "Foto: Antara/Nama Fotografer"
    files = _stored_files(photo)
    assert len(files) == 1 + 6 * 2 + 3
    for name in files:
        with default_storage.open(name) as file:
            assert _has_metadata(file.read()) == [], name


@pytest.mark.django_db
def test_renditions_exist_in_webp_and_jpeg_at_the_right_widths(admin_client):
    _post(admin_client, upload(picture_bytes((1800, 1200))))
    photo = Photo.objects.get()
    assert (photo.width, photo.height) == (1800, 1200)
    for fmt, pil_format in (("webp", "WEBP"), ("jpeg", "JPEG")):
        widths = photo.widths(fmt)
        assert [r["width"] for r in widths] == [360, 480, 720, 960, 1200, 1600]
        for r in widths:
            with default_storage.open(r["path"]) as file:
                data = file.read()
            image = Image.open(io.BytesIO(data))
            assert image.format == pil_format
            assert (
                image.size == (r["width"], r["height"]) == (r["width"], round(r["width"] * 2 / 3))
            )
            assert r["bytes"] == len(data)
    for ratio, size in (("16x9", (1200, 675)), ("4x3", (1200, 900)), ("1x1", (1200, 1200))):
        crop = photo.crop(ratio)
        with default_storage.open(crop["path"]) as file:
            image = Image.open(file)
            assert (image.format, image.size) == ("JPEG", size)


@pytest.mark.django_db
def test_a_narrow_photo_is_not_enlarged_except_for_one_1200_px_share_image(admin_client):
    _post(admin_client, upload(picture_bytes((800, 600), "PNG"), "kecil.png", "image/png"))
    photo = Photo.objects.get()
    assert [r["width"] for r in photo.widths("jpeg")] == [360, 480, 720]
    share = photo.share_rendition()
    assert (share["width"], share["height"], share["upscaled"]) == (1200, 900, True)
    assert photo.original.name.endswith(".jpg")


@pytest.mark.django_db
def test_exif_orientation_is_applied(admin_client):
    # Stored landscape, to be shown turned a quarter clockwise (orientation 6):
    # the red left half becomes the top half.
    _post(admin_client, upload(picture_bytes((600, 400), orientation=6)))
    photo = Photo.objects.get()
    assert (photo.width, photo.height) == (400, 600)
    for name in _stored_files(photo):
        with default_storage.open(name) as file:
            image = Image.open(file).convert("RGB")
            if not name.endswith(("16x9.jpg", "4x3.jpg")):
                assert image.width < image.height or name.endswith("1x1.jpg"), name
            top = image.getpixel((image.width // 2, image.height // 8))
            bottom = image.getpixel((image.width // 2, image.height * 7 // 8))
            assert top[0] > 200 and top[2] < 60, (name, top)
            assert bottom[2] > 200 and bottom[0] < 60, (name, bottom)


@pytest.mark.django_db
def test_transparent_png_keeps_its_transparency_in_webp_and_original(admin_client):
    data = picture_bytes((800, 500), "PNG", alpha=True)
    image = Image.open(io.BytesIO(data))
    image.putalpha(128)
    out = io.BytesIO()
    image.save(out, "PNG")
    _post(admin_client, upload(out.getvalue(), "logo.png", "image/png"))
    photo = Photo.objects.get()
    assert photo.original.name.endswith(".png")
    with default_storage.open(photo.widths("webp")[0]["path"]) as file:
        assert Image.open(file).mode == "RGBA"
    with default_storage.open(photo.widths("jpeg")[0]["path"]) as file:
        assert Image.open(file).mode == "RGB"


@pytest.mark.django_db
def test_moving_the_focal_point_makes_new_crops_and_drops_the_old_files(
    admin_client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        _post(admin_client, upload(picture_bytes((1800, 1200))))
    photo = Photo.objects.get()
    old_files = _stored_files(photo)
    change = reverse("admin:articles_photo_change", args=[photo.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            change, {"alt_text": photo.alt_text, "focal_x": "0.1", "focal_y": "0.1"}
        )
    assert response.status_code == 302
    photo.refresh_from_db()
    assert photo.original.name == old_files[0]
    # The 1:1 crop of a landscape photo now sits at the left: red, not blue.
    with default_storage.open(photo.crop("1x1")["path"]) as file:
        assert Image.open(file).convert("RGB").getpixel((800, 600))[0] > 200
    new_files = set(_stored_files(photo))
    for name in old_files[1:]:
        assert name not in new_files
        assert not default_storage.exists(name)
    assert all(default_storage.exists(name) for name in new_files)


@pytest.mark.django_db
def test_focal_point_needs_both_coordinates(admin_client):
    response = _post(admin_client, upload(picture_bytes((400, 300))), focal_x="0.3")
    assert response.status_code == 200
    assert "titik fokus" in str(response.context["adminform"].form.non_field_errors())


@pytest.mark.django_db
def test_deleting_a_photo_deletes_its_files(admin_client, django_capture_on_commit_callbacks):
    _post(admin_client, upload(picture_bytes((800, 600))))
    photo = Photo.objects.get()
    files = _stored_files(photo)
    with django_capture_on_commit_callbacks(execute=True):
        photo.delete()
    assert not any(default_storage.exists(name) for name in files)
