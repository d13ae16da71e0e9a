"""Library photos inside an article body, as readers get them.

The editor inserts a library photo as
``<figure data-photo="ID"><img src="..." alt="..."><figcaption>...</figcaption></figure>``
(kept by ``articles.sanitize``). On the page, each such figure whose photo
exists gets the photo's ``<picture>`` with every size, lazily loaded, and
the library's caption and credit in the newsroom's one style
("Keterangan. (Foto: Kredit)", ``markup.caption_html``), so a caption
corrected in the library is corrected everywhere; the editor's own
alternative text is kept. A figure whose photo
was deleted from the library is left out: its files are gone. All the
photos of a body cost one query; a body without any costs none.
"""

import html
import re

from django.utils.safestring import SafeString, mark_safe

from .markup import LAYOUTS, caption_html, picture_html
from .models import Photo

# Bodies are stored sanitized: bleach writes the figure's one allowed
# attribute double-quoted, and figures are never nested.
_FIGURE = re.compile(r'<figure data-photo="([0-9]{1,18})">((?:(?!<figure[\s>]).)*?)</figure>', re.S)
_IMG = re.compile(r"<img\s[^>]*>")
_ALT = re.compile(r'\salt="([^"]*)"')
_CAPTION = re.compile(r"<figcaption>.*?</figcaption>", re.S)

FIELDS = ("id", "alt_text", "caption", "credit", "original", "renditions")


def photo_ids(body: str) -> set[int]:
    """The ids of the library photos ``body`` shows."""
    return {int(match.group(1)) for match in _FIGURE.finditer(body)}


def photos_by_id(ids) -> dict[int, Photo]:
    """The library photos ``ids`` name, in one query (none for no ids)."""
    return Photo.objects.only(*FIELDS).in_bulk(ids) if ids else {}


def with_photos(body: str, photos: dict[int, Photo] | None = None) -> SafeString:
    """``body`` (sanitized HTML) with its library photos as ``<picture>`` elements.

    ``photos``, when given, holds them already (several bodies, one query).
    """
    ids = photo_ids(body)
    if not ids:
        return mark_safe(body)
    if photos is None:
        photos = photos_by_id(ids)

    def expand(match: re.Match) -> str:
        photo = photos.get(int(match.group(1)))
        if photo is None or not photo.renditions:
            return ""
        inner = match.group(2)
        img = _IMG.search(inner)
        alt = None
        if img:
            written = _ALT.search(img.group(0))
            alt = html.unescape(written.group(1)) if written and written.group(1) else None
        sizes, max_width = LAYOUTS["article"]
        picture = picture_html(photo, sizes=sizes, max_width=max_width, alt=alt)
        if img:
            inner = inner[: img.start()] + picture + inner[img.end() :]
        else:
            inner = picture + inner
        caption = caption_html(photo)
        if caption:
            inner = _CAPTION.sub("", inner) + caption
        return f'<figure class="photo photo--inline" data-photo="{photo.pk}">{inner}</figure>'

    return mark_safe(_FIGURE.sub(expand, body))
