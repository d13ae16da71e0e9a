"""Photos of imported posts, from a copy of the old site's ``wp-content/uploads``.

Run with ``--uploads DIR`` (DIR holding ``2020/05/banjir.jpg`` and so on):

- the featured image: the post's ``_thumbnail_id`` names an attachment,
  whose ``wp:attachment_url`` gives the file under ``wp-content/uploads/``;
  its alt text comes from ``_wp_attachment_image_alt``, its caption from
  the attachment's excerpt;
- images in bodies whose address is under ``wp-content/uploads/`` (also on
  ``*.files.wordpress.com``): stored as photos; a captioned image (a
  ``<figure>``) becomes the library's photo figure, any other ``<img>``
  points at the stored photo. A resized copy (``banjir-300x200.jpg``)
  falls back to the original when only that is in DIR.

A file missing from DIR, or one the library refuses (not a JPEG, PNG or
WebP, too big, broken), is reported and skipped; the import goes on and
the image keeps its old address. Each file becomes one photo however many
posts use it, and a later run finds it again. Storing goes through
``photo_library``.
"""

import html
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

from . import wxr
from .derive import plain_text
from .index import Attachment
from .photo_library import PhotoRefused
from .summary import Report

_MARKER = "/wp-content/uploads/"
_IMG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_FIGURE = re.compile(
    r"<figure\b[^>]*>((?:(?!<figure[\s>]).)*?)</figure>", re.IGNORECASE | re.DOTALL
)
_SRC = re.compile(r"""(\bsrc\s*=\s*)(["'])(.*?)\2""", re.IGNORECASE | re.DOTALL)
_ALT = re.compile(r"""\balt\s*=\s*(["'])(.*?)\1""", re.IGNORECASE | re.DOTALL)
_SRCSET = re.compile(r"""\s(?:srcset|sizes)\s*=\s*(["']).*?\1""", re.IGNORECASE | re.DOTALL)
_RESIZED = re.compile(r"-(?:\d+x\d+|scaled)(?=\.\w+$)")


def uploads_path(url: str) -> str | None:
    """``2020/05/banjir.jpg`` for an address under ``wp-content/uploads/``."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    path = unquote(parts.path)
    if _MARKER in path:
        relative = path.split(_MARKER, 1)[1]
    elif (parts.hostname or "").endswith("files.wordpress.com"):
        relative = path.lstrip("/")
    else:
        return None
    return relative or None


class Photos:
    def __init__(
        self,
        uploads: Path,
        attachments: dict[int, Attachment],
        report: Report,
        library,
        dry_run: bool = False,
    ):
        self.uploads = uploads.resolve()
        self.attachments = attachments
        self.by_path = {}
        for attachment in attachments.values():
            relative = uploads_path(attachment.url)
            if relative:
                self.by_path.setdefault(relative, attachment)
        self.report = report
        self.library = library
        self.dry_run = dry_run
        # file under the uploads folder -> photo (None: missing, reported once)
        self._done: dict[str, object] = {}

    def _file(self, relative: str) -> Path | None:
        for candidate in dict.fromkeys([relative, _RESIZED.sub("", relative)]):
            path = (self.uploads / candidate).resolve()
            if path.is_relative_to(self.uploads) and path.is_file():
                return path
        return None

    def photo(self, relative: str, *, alt_text: str, caption: str, credit: str, where: str):
        """The photo for the uploads file ``relative``; None when the file is missing."""
        path = self._file(relative)
        # One photo, or one report, per file however it is asked for.
        key = path.relative_to(self.uploads).as_posix() if path else _RESIZED.sub("", relative)
        if key in self._done:
            return self._done[key]
        if path is None:
            self.report.count("photos", "skipped")
            self.report.note(f"{where}: photo file missing from the uploads folder: {key}")
            self._done[key] = None
            return None
        photo = self.library.find(key)
        if photo is None:
            if not self.dry_run:
                try:
                    photo = self.library.add(
                        key, path, alt_text=alt_text, caption=caption, credit=credit
                    )
                except PhotoRefused as exc:
                    self.report.count("photos", "skipped")
                    self.report.note(f"{where}: photo {key} refused by the photo library: {exc}")
                    self._done[key] = None
                    return None
            self.report.count("photos", "created")
        elif self.library.update(photo, alt_text=alt_text, caption=caption, credit=credit):
            self.report.count("photos", "updated")
        else:
            self.report.count("photos", "unchanged")
        self._done[key] = photo
        return photo

    def featured(self, item: wxr.Item):
        """The post's featured photo, or None."""
        thumbnail = item.meta.get("_thumbnail_id", "").strip()
        if not thumbnail.isdigit():
            return None
        where = f"post {item.wp_id}"
        attachment = self.attachments.get(int(thumbnail))
        relative = uploads_path(attachment.url) if attachment else None
        if relative is None:
            self.report.count("photos", "skipped")
            self.report.note(f"{where}: featured image {thumbnail} is not in the export's uploads")
            return None
        return self.photo(
            relative,
            alt_text=attachment.alt_text,
            caption=attachment.caption,
            credit=attachment.credit,
            where=where,
        )

    def set_featured(self, article, photo) -> bool:
        if photo is None or self.dry_run:
            return False
        return self.library.set_featured(article, photo)

    def _image(self, tag: str, wp_id: int):
        """The stored photo for an ``<img>`` tag, or None to leave the tag as it is."""
        src = _SRC.search(tag)
        relative = uploads_path(html.unescape(src.group(3))) if src else None
        if relative is None:
            return None
        attachment = self.by_path.get(relative) or self.by_path.get(_RESIZED.sub("", relative))
        alt = _ALT.search(tag)
        # The attachment's own alt text first: it is the photo's, not this page's.
        alt_text = getattr(attachment, "alt_text", "") or (plain_text(alt.group(2)) if alt else "")
        return self.photo(
            relative,
            alt_text=alt_text,
            caption=getattr(attachment, "caption", ""),
            credit=getattr(attachment, "credit", ""),
            where=f"post {wp_id}",
        )

    def _pointed(self, tag: str, photo) -> str:
        new_src = html.escape(self.library.src(photo))
        tag = _SRCSET.sub("", tag)
        return _SRC.sub(lambda m: f"{m.group(1)}{m.group(2)}{new_src}{m.group(2)}", tag, count=1)

    def rewrite_inline(self, body: str, wp_id: int) -> str:
        """``body`` with each uploads image shown from its stored photo."""
        if "<img" not in body and "<IMG" not in body:
            return body

        def figure(match: re.Match) -> str:
            inner = match.group(1)
            img = _IMG.search(inner)
            photo = self._image(img.group(0), wp_id) if img else None
            if photo is None:
                return match.group(0)
            inner = inner[: img.start()] + self._pointed(img.group(0), photo) + inner[img.end() :]
            return f"<figure{self.library.figure_attributes(photo)}>{inner}</figure>"

        def image(match: re.Match) -> str:
            photo = self._image(match.group(0), wp_id)
            return match.group(0) if photo is None else self._pointed(match.group(0), photo)

        body = _FIGURE.sub(figure, body)
        # Images outside figures (those inside were handled and are found again unchanged).
        return _IMG.sub(image, body)
