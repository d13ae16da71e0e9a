"""Writing a photo's files (clean original, renditions) and its row.

Renditions are made here, when a photo is uploaded or its focal point
moves: never while a reader waits. Files go to the default storage (a
media folder, or an S3 bucket in production) under a fresh folder each
time, so a URL once served never changes content and may be cached for
good; the files they replace are deleted once the new row is committed.
"""

import logging
import os
import secrets
from concurrent.futures import ThreadPoolExecutor, wait

from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.text import slugify

from ..models import Article
from . import renditions
from .body import photo_ids
from .models import WIDTH, BodyPhoto, Photo
from .uploads import CheckedPhoto, open_stored

logger = logging.getLogger(__name__)

FOLDER = "foto"
# Encoding and resampling release the GIL: a few threads use the cores.
WORKERS = max(1, min(4, os.cpu_count() or 1))


def articles_showing(*photos: Photo, fields: tuple[str, ...] = ("id",)) -> QuerySet:
    """The articles that show any of ``photos`` (their ``fields``): featured or in the body.

    One query of two index lookups joined by UNION, whatever the number of
    photos or articles (an OR of the two would read every article). The
    result, newest first, may be sliced or read as values, not filtered further.
    """
    ids = [photo.pk for photo in photos]
    in_body = BodyPhoto.objects.filter(photo_id__in=ids).values("article_id")
    featured = Article.objects.filter(featured_photo_id__in=ids).only(*fields).order_by()
    both = featured.union(Article.objects.filter(pk__in=in_body).only(*fields).order_by())
    # Ordered by a selected column: the model's own ordering is not selected.
    return both.order_by("-id")


def note_body_photos(article: Article) -> None:
    """Record which library photos ``article``'s body shows (``BodyPhoto``), as saved."""
    wanted = photo_ids(article.body)
    rows = BodyPhoto.objects.filter(article_id=article.pk)
    had = set(rows.values_list("photo_id", flat=True))
    if had - wanted:
        rows.filter(photo_id__in=had - wanted).delete()
    if wanted - had:
        # A figure may name a photo deleted since: it shows nothing, and is not recorded.
        existing = Photo.objects.filter(pk__in=wanted - had).values_list("pk", flat=True)
        BodyPhoto.objects.bulk_create(
            [BodyPhoto(article_id=article.pk, photo_id=pk) for pk in existing],
            ignore_conflicts=True,
        )


def photo_set_image(
    photo: Photo, checked: CheckedPhoto, *, user=None, folder: str | None = None
) -> Photo:
    """Give ``photo`` the checked upload: a clean original, every rendition, the row saved.

    The files go to a new folder of their own unless ``folder`` names one.
    """
    if user is not None and photo.uploaded_by_id is None:
        photo.uploaded_by = user
    _store(photo, checked.image, with_original=True, folder=folder)
    return photo


def photo_render_again(photo: Photo) -> Photo:
    """Make ``photo``'s renditions again from its stored original (e.g. a new focal point)."""
    with photo.original.open("rb") as file:
        image = open_stored(file)
    _store(photo, image, with_original=False)
    return photo


def photo_adopt_files(photo: Photo, *, folder: str, size: tuple[int, int], original_ext: str):
    """Give ``photo`` the files ``photo_set_image`` would write to ``folder``, if all exist.

    For an image made the same way every time (the demo's): its files are
    used again instead of being made again. Returns whether they were.
    """
    storage = photo.original.storage
    stem = _stem(photo)
    original = f"{folder}/{stem}.{original_ext}"
    specs = renditions.plan(*size)
    names = [_name(folder, stem, spec) for spec in specs]
    if not all(storage.exists(name) for name in [original, *names]):
        return False
    photo.original.name = original
    photo.width, photo.height = size
    photo.renditions = _sorted(
        _fact(spec, name, storage.size(name)) for spec, name in zip(specs, names, strict=True)
    )
    photo.save()
    return True


def stored_paths(photo: Photo) -> list[str]:
    """Every file of ``photo`` in the storage: the original and each rendition."""
    paths = [r["path"] for r in photo.renditions]
    if photo.original.name:
        paths.append(photo.original.name)
    return paths


def delete_files(storage, paths) -> None:
    """Delete ``paths`` from ``storage``; a failure is logged, never raised."""
    for path in paths:
        try:
            storage.delete(path)
        except Exception as exc:  # a file left behind must not fail a save
            logger.warning("Could not delete photo file %s (%s: %s)", path, type(exc).__name__, exc)


def _store(photo: Photo, image, *, with_original: bool, folder: str | None = None) -> None:
    storage = photo.original.storage
    replaced = stored_paths(photo)
    if not with_original and photo.original.name:
        replaced.remove(photo.original.name)
    folder = folder or f"{FOLDER}/{timezone.now():%Y/%m}/{secrets.token_hex(6)}"
    stem = _stem(photo)
    specs = renditions.plan(image.width, image.height)
    focal = photo.focal_point

    def write(name: str, data: bytes) -> str:
        return storage.save(name, ContentFile(data))

    def make(group: list[renditions.Spec], source) -> list[dict]:
        encoded = renditions.render(source, group, focal)
        facts = []
        try:
            for spec, data in zip(group, encoded, strict=True):
                facts.append(_fact(spec, write(_name(folder, stem, spec), data), len(data)))
        except BaseException:
            delete_files(storage, [fact["path"] for fact in facts])
            raise
        return facts

    def make_original() -> str:
        data, ext = renditions.encode_original(image)
        return write(f"{folder}/{stem}.{ext}", data)

    with ThreadPoolExecutor(WORKERS) as pool:
        jobs = [pool.submit(make_original)] if with_original else []
        try:
            source = renditions.master(image)
        except BaseException:
            _undo(storage, jobs)
            raise
        # The biggest first, so that no thread is left with one at the end.
        groups = sorted(renditions.by_size(specs), key=lambda g: -g[0].width * g[0].height)
        jobs += [pool.submit(make, group, source) for group in groups]
        wait(jobs)
    failed = next((job.exception() for job in jobs if job.exception()), None)
    if failed is not None:
        _undo(storage, jobs)
        raise failed
    results = [job.result() for job in jobs]
    if with_original:
        photo.original.name = results.pop(0)
    photo.width, photo.height = image.width, image.height
    photo.renditions = _sorted(fact for facts in results for fact in facts)
    try:
        photo.save()
    except BaseException:
        _undo(storage, jobs)
        raise
    transaction.on_commit(lambda: delete_files(storage, replaced))


def _undo(storage, jobs) -> None:
    """Delete what the finished ``jobs`` wrote: nothing half-made stays behind."""
    wait(jobs)
    written = []
    for job in jobs:
        if job.exception() is None:
            result = job.result()
            written += [fact["path"] for fact in result] if isinstance(result, list) else [result]
    delete_files(storage, written)


def _stem(photo: Photo) -> str:
    """The start of the photo's file names: its alternative text, as a slug."""
    return slugify(photo.alt_text)[:40].strip("-") or "foto"


def _name(folder: str, stem: str, spec: renditions.Spec) -> str:
    return f"{folder}/{stem}-{spec.stem}.{renditions.EXTENSIONS[spec.format]}"


def _fact(spec: renditions.Spec, path: str, size: int) -> dict:
    """What pages need to know of one rendition (kept in ``Photo.renditions``)."""
    fact = {
        "kind": spec.kind,
        "format": spec.format,
        "width": spec.width,
        "height": spec.height,
        "path": path,
        "bytes": size,
    }
    if spec.upscaled:
        fact["upscaled"] = True
    return fact


def _sorted(facts) -> list[dict]:
    """Widths first, narrowest first; then the crops."""
    return sorted(facts, key=lambda r: (r["kind"] != WIDTH, r["kind"], r["width"], r["format"]))
