"""Fixtures for the photo library: a media folder per test, images made on the spot."""

import io
import struct
import zlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import ExifTags, Image, ImageDraw

from articles.photos.services import photo_set_image
from articles.photos.uploads import check_upload

GPS = {1: "S", 2: (6.0, 10.0, 30.5), 3: "E", 4: (106.0, 49.0, 0.0)}


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    """Every test stores its photos in a folder of its own."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


def picture_bytes(size=(1800, 1200), fmt="JPEG", *, orientation=None, gps=False, **save) -> bytes:
    """A photo-like image: left half red, right half blue, a white square at the top left.

    With ``gps``, EXIF carries a location, a camera make and a comment that
    must never be served; ``orientation`` sets the EXIF orientation.
    """
    mode = "RGBA" if fmt == "PNG" and save.pop("alpha", False) else "RGB"
    image = Image.new(mode, size, "blue")
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, size[0] // 2, size[1]), fill="red")
    draw.rectangle((0, 0, size[0] // 10, size[1] // 10), fill="white")
    exif = Image.Exif()
    if orientation:
        exif[ExifTags.Base.Orientation] = orientation
    if gps:
        exif[ExifTags.Base.Make] = "KameraRahasia"
        exif[ExifTags.IFD.GPSInfo] = GPS
        if fmt == "JPEG":
            save["comment"] = b"komentar-rahasia"
    if exif:
        save["exif"] = exif
    out = io.BytesIO()
    image.save(out, fmt, **save)
    return out.getvalue()


def upload(data: bytes, name="foto.jpg", content_type="image/jpeg") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data, content_type=content_type)


def png_header(width: int, height: int) -> bytes:
    """A PNG that claims ``width`` x ``height`` in its header, with almost no pixel data."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body))
            + kind
            + body
            + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
        )

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 16))
        + chunk(b"IEND", b"")
    )


def make_photo(size=(1800, 1200), *, alt_text="Foto uji", **fields):
    """A library photo stored as the admin stores one, from a generated JPEG."""
    from articles.photos.models import Photo

    photo = Photo(alt_text=alt_text, **fields)
    checked = check_upload(upload(picture_bytes(size)))
    return photo_set_image(photo, checked)
