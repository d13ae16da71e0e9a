"""Checking an uploaded photo and making it clean: format, size, orientation, metadata.

The format is read from the file's bytes, never from its name or the
content type the browser claimed. Sizes are checked from the header before
any pixel is decoded, so a small file claiming a huge image (a
decompression bomb) is refused without allocating it. What comes out is an
upright sRGB image with no metadata at all: no EXIF (GPS, camera, owner),
no XMP, no comment, no embedded profile.
"""

import io
import struct
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from PIL import ExifTags, Image, ImageCms, ImageOps, UnidentifiedImageError

MAX_BYTES = 20 * 1024 * 1024
MAX_PIXELS = 40_000_000
# Pixels one byte of the file may stand for. A photo, even a flat PNG
# screenshot or a 1-bit scan, stays far below (a 20 MB file of 40
# megapixels is 2); a 14 KB PNG claiming 40 megapixels (1-bit, all white)
# is 2,800, and decoding it to RGB took several hundred megabytes.
MAX_PIXELS_PER_BYTE = 1000
# Below this the ratio does not matter: a small image costs little memory.
SPARSE_FROM_PIXELS = 4_000_000
# Pillow names; any other format (GIF, TIFF, BMP, PDF, SVG, ...) is refused.
FORMATS = ("JPEG", "PNG", "WEBP")

# Errors Pillow raises on files that are damaged or lie about their contents.
_BROKEN = (OSError, SyntaxError, ValueError, EOFError, struct.error, IndexError, TypeError)

MESSAGES = {
    "too_large": _("Berkas terlalu besar (%(size)s MB). Unggah foto paling besar 20 MB."),
    "not_photo": _(
        "Berkas ini bukan foto JPEG, PNG, atau WebP. Jenis berkas dibaca dari isinya, "
        "bukan dari namanya."
    ),
    "too_many_pixels": _("Ukuran foto melebihi 40 megapiksel. Perkecil fotonya, lalu unggah lagi."),
    "too_sparse": _(
        "Foto ini mengaku berukuran %(pixels)s megapiksel dalam berkas yang sangat kecil. "
        "Simpan ulang sebagai JPEG dari aplikasi foto Anda, lalu unggah lagi."
    ),
    "broken": _("Berkas foto rusak atau tidak lengkap. Unggah ulang berkas aslinya."),
}


def refuse(code: str, **params) -> ValidationError:
    return ValidationError(MESSAGES[code], code=code, params=params or None)


@dataclass(frozen=True)
class CheckedPhoto:
    """An upload that passed every check, as a clean image ready to render."""

    image: Image.Image
    # The format the file really was (a Pillow name: "JPEG", "PNG", "WEBP").
    source_format: str


def check_upload(upload) -> CheckedPhoto:
    """``upload`` (a file object with ``size``) as a clean image, or a ValidationError."""
    size = getattr(upload, "size", None)
    if size is not None and size > MAX_BYTES:
        raise refuse("too_large", size=f"{size / 1024 / 1024:.1f}".replace(".", ","))
    upload.seek(0)
    try:
        image = Image.open(upload, formats=FORMATS)
    except Image.DecompressionBombError as exc:
        raise refuse("too_many_pixels") from exc
    except UnidentifiedImageError as exc:
        raise refuse("not_photo") from exc
    except _BROKEN as exc:
        raise refuse("broken") from exc
    # Only the header has been read so far: refuse before decoding.
    if image.width < 1 or image.height < 1:
        raise refuse("broken")
    pixels = image.width * image.height
    if pixels > MAX_PIXELS:
        raise refuse("too_many_pixels")
    file_size = size if size is not None else _length(upload)
    if pixels > SPARSE_FROM_PIXELS and file_size and pixels / file_size > MAX_PIXELS_PER_BYTE:
        raise refuse("too_sparse", pixels=f"{pixels / 1_000_000:.0f}")
    source_format = image.format
    try:
        image.load()
        image = _upright(image)
        image = _clean(image)
    except Image.DecompressionBombError as exc:
        raise refuse("too_many_pixels") from exc
    except _BROKEN as exc:
        raise refuse("broken") from exc
    return CheckedPhoto(image=image, source_format=source_format)


def _length(upload) -> int:
    position = upload.tell()
    upload.seek(0, io.SEEK_END)
    length = upload.tell()
    upload.seek(position)
    return length


def open_stored(file) -> Image.Image:
    """A clean original this library stored earlier, for rendering it again."""
    image = Image.open(file, formats=FORMATS)
    image.load()
    return _clean(image)


def _upright(image: Image.Image) -> Image.Image:
    """``image`` turned as its EXIF orientation says; unchanged when that is unreadable."""
    try:
        if image.getexif().get(ExifTags.Base.Orientation, 1) in (1, None):
            return image  # no copy of 24 megapixels for nothing
        return ImageOps.exif_transpose(image)
    except _BROKEN + (KeyError,):
        return image


def _clean(image: Image.Image) -> Image.Image:
    """``image`` as RGB or RGBA in sRGB, with no metadata of any kind (copied only if need be)."""
    alpha = image.mode in ("RGBA", "LA", "PA", "La", "RGBa") or (
        image.mode == "P" and "transparency" in image.info
    )
    mode = "RGBA" if alpha else "RGB"
    profile = image.info.get("icc_profile")
    if image.mode.startswith("I"):
        # 16- and 32-bit greyscale: scale to 8 bits first.
        image = image.convert("I").point(lambda v: v * (1 / 256)).convert("L")
    if profile:
        image = _to_srgb(image, profile, mode)
    clean = image if image.mode == mode else image.convert(mode)
    if alpha and clean.getchannel("A").getextrema() == (255, 255):
        clean = clean.convert("RGB")
    # What the file carried (EXIF, XMP, comment, profile) is dropped here;
    # encoders write only what they are given, and are given none of it.
    clean.info = {}
    return clean


def _to_srgb(image: Image.Image, profile: bytes, mode: str) -> Image.Image:
    """``image`` converted from its embedded colour profile to sRGB, where possible."""
    if image.mode not in ("RGB", "RGBA", "CMYK", "L"):
        image = image.convert(mode)
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(profile))
        if image.mode in ("RGB", "RGBA") and _is_srgb(source):
            return image  # most cameras' profile: nothing to convert
        srgb = ImageCms.createProfile("sRGB")
        out_mode = "RGBA" if image.mode == "RGBA" else "RGB"
        return ImageCms.profileToProfile(image, source, srgb, outputMode=out_mode)
    except (ImageCms.PyCMSError, OSError, ValueError, TypeError):
        return image


def _is_srgb(profile: ImageCms.ImageCmsProfile) -> bool:
    description = ImageCms.getProfileDescription(profile) or ""
    return "srgb" in description.lower().replace(" ", "")
