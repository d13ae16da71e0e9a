"""What the body editor's photo picker lists: the newest library photos, searchable."""

from django.db.models import Q

from .markup import caption_text
from .models import JPEG, Photo

PICKER_LIMIT = 30
MAX_QUERY = 100


def picker_photos(query: str = "", *, limit: int = PICKER_LIMIT) -> list[dict]:
    """Up to ``limit`` photos, newest first, matching ``query`` in their words when given.

    ``src`` is the 1200-pixel JPEG the editor puts in the body's ``<img>``.
    """
    photos = Photo.objects.order_by("-created_at", "-id")
    query = " ".join(query.split())[:MAX_QUERY]
    for word in query.split():
        photos = photos.filter(
            Q(alt_text__icontains=word) | Q(caption__icontains=word) | Q(credit__icontains=word)
        )
    return [item for photo in photos[:limit] if (item := picker_item(photo))]


def picker_item(photo: Photo) -> dict | None:
    share = photo.share_rendition()
    jpegs = sorted(photo.widths(JPEG), key=lambda r: r["width"])
    if share is None or not jpegs:
        return None
    return {
        "id": photo.pk,
        "thumbnail": photo.url(jpegs[0]),
        "src": photo.url(share),
        "width": share["width"],
        "height": share["height"],
        "alt": photo.alt_text,
        "caption": photo.caption,
        "credit": photo.credit,
        # The caption as printed under the photo: "Keterangan. (Foto: Kredit)".
        "figcaption": caption_text(photo.caption, photo.credit),
        # How the featured-photo field names it.
        "label": str(photo),
    }


def picker_photo(pk: int) -> dict | None:
    """One photo as the picker lists it, or None."""
    photo = Photo.objects.filter(pk=pk).first()
    return picker_item(photo) if photo is not None else None
