"""The one place that knows the photo library's API (``articles.photos``).

The importer hands photos to an object with ``find``, ``add``, ``update``,
``src``, ``figure_attributes`` and ``set_featured``; this module builds it
on ``articles.photos``: a file is checked with ``check_upload`` (JPEG, PNG
or WebP, size limits, metadata stripped) and stored with its renditions by
``photo_set_image``; a photo in a body is the library's
``<figure data-photo="ID">``; the featured photo is
``Article.featured_photo``. If the library's API changes, only this module
follows.

The files of a photo imported from ``wp-content/uploads/2020/05/banjir.jpg``
go to a folder named after that path (``foto/wordpress/<hash>``), which is
how a later run finds the photo again.
"""

import hashlib
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.files import File

FOLDER = "foto/wordpress"
_ALT_MAX_LENGTH = 255
_CAPTION_MAX_LENGTH = 500
_CREDIT_MAX_LENGTH = 150


class PhotoLibraryMissing(Exception):
    """``articles.photos`` is not installed."""


class PhotoRefused(Exception):
    """The library refused the file (not a JPEG, PNG or WebP; too big; broken)."""


def kabar_photo_library():
    """The photo library as the importer uses it; raises ``PhotoLibraryMissing``."""
    try:
        return KabarPhotoLibrary()
    except ImportError as exc:
        raise PhotoLibraryMissing("articles.photos") from exc


def _folder(key: str) -> str:
    return f"{FOLDER}/{hashlib.sha256(key.encode()).hexdigest()[:20]}"


class KabarPhotoLibrary:
    def __init__(self):
        from articles.photos.models import Photo
        from articles.photos.services import photo_set_image
        from articles.photos.uploads import check_upload

        self.Photo = Photo
        self._check = check_upload
        self._store = photo_set_image

    def find(self, key: str):
        return (
            self.Photo.objects.filter(original__startswith=_folder(key) + "/")
            .order_by("pk")
            .first()
        )

    def add(self, key: str, path: Path, *, alt_text: str, caption: str, credit: str):
        with open(path, "rb") as handle:
            try:
                checked = self._check(File(handle, name=path.name))
            except ValidationError as exc:
                raise PhotoRefused(" ".join(str(m) for m in exc.messages)) from exc
        photo = self.Photo(**self._words(path, alt_text, caption, credit))
        return self._store(photo, checked, folder=_folder(key))

    @staticmethod
    def _words(path: Path, alt_text: str, caption: str, credit: str) -> dict:
        # The library needs an alternative text: the caption, else the file's name.
        alt_text = alt_text or caption or path.stem.replace("-", " ").replace("_", " ")
        return {
            "alt_text": alt_text[:_ALT_MAX_LENGTH],
            "caption": caption[:_CAPTION_MAX_LENGTH],
            "credit": credit[:_CREDIT_MAX_LENGTH],
        }

    def update(self, photo, *, alt_text: str, caption: str, credit: str) -> bool:
        wanted = self._words(Path(photo.original.name), alt_text, caption, credit)
        changed = [name for name, value in wanted.items() if getattr(photo, name) != value]
        for name in changed:
            setattr(photo, name, wanted[name])
        if changed:
            photo.save(update_fields=[*changed, "updated_at"])
        return bool(changed)

    def src(self, photo) -> str:
        """What an ``<img>`` in a body points at: the rendition the editor's picker uses."""
        share = photo.share_rendition()
        return photo.url(share) if share else photo.original.url

    def figure_attributes(self, photo) -> str:
        """What makes a body's ``<figure>`` show this library photo."""
        return f' data-photo="{int(photo.pk)}"'

    def set_featured(self, article, photo) -> bool:
        """Make ``photo`` the article's featured photo; True if that changed anything."""
        if article.featured_photo_id == photo.pk:
            return False
        article.featured_photo = photo
        article.save(update_fields=["featured_photo", "updated_at"])
        return True
