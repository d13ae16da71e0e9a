"""A photo as HTML: ``<picture>`` with WebP and JPEG sources, sized to avoid layout shift.

Built from the rendition facts kept on the row: no file is read and no
query is made. Every value is escaped.
"""

import re

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

from .models import JPEG, SHARE_WIDTH, WEBP, Photo

# What the layout gives a photo (the ``sizes`` attribute), and the widest
# rendition it can use (on a screen of twice the density): the article
# column, the home page's lead card, a card of the listing grids, a small
# thumbnail.
ARTICLE_SIZES = "(min-width: 46rem) 44rem, calc(100vw - 2rem)"
LEAD_CARD_SIZES = "(min-width: 72rem) 42rem, (min-width: 48rem) 58vw, calc(100vw - 2rem)"
CARD_SIZES = "(min-width: 72rem) 17rem, (min-width: 34rem) 45vw, calc(100vw - 2rem)"
THUMBNAIL_SIZES = "6rem"
LAYOUTS = {
    "article": (ARTICLE_SIZES, 1600),
    "lead": (LEAD_CARD_SIZES, 1600),
    "card": (CARD_SIZES, 960),
    "thumbnail": (THUMBNAIL_SIZES, 360),
}


def _srcset(photo: Photo, renditions: list[dict]) -> str:
    return ", ".join(f"{escape(photo.url(r))} {r['width']}w" for r in renditions)


def _up_to(renditions: list[dict], max_width: int) -> list[dict]:
    """The renditions no wider than ``max_width``, narrowest first (at least the narrowest)."""
    ordered = sorted(renditions, key=lambda r: r["width"])
    return [r for r in ordered if r["width"] <= max_width] or ordered[:1]


def picture_html(
    photo: Photo | None,
    *,
    sizes: str,
    max_width: int = SHARE_WIDTH,
    eager: bool = False,
    alt: str | None = None,
    css_class: str = "",
    picture_class: str = "",
) -> SafeString:
    """``photo`` as ``<picture>``; lazy unless ``eager`` (the page's main photo).

    ``css_class`` goes on the ``<img>``, ``picture_class`` on the
    ``<picture>``: the element a layout places (a grid cell) is the latter.

    ``srcset`` offers the widths up to ``max_width``, the most the layout
    can use on a sharp screen; ``src`` is the widest of them up to 1200 px,
    for clients that read no ``srcset``. ``alt`` overrides the photo's own
    alternative text. An eager photo is fetched first
    (``fetchpriority="high"``); any other loads lazily and is decoded off
    the main thread.
    """
    if photo is None:
        return mark_safe("")
    jpegs = _up_to(photo.widths(JPEG), max_width)
    if not jpegs:
        return mark_safe("")
    webps = _up_to(photo.widths(WEBP), max_width)
    src = _up_to(jpegs, SHARE_WIDTH)[-1]
    loading = ' fetchpriority="high"' if eager else ' loading="lazy" decoding="async"'
    sizes = escape(sizes)
    source = (
        f'<source type="image/webp" srcset="{_srcset(photo, webps)}" sizes="{sizes}">'
        if webps
        else ""
    )
    class_attr = f' class="{escape(css_class)}"' if css_class else ""
    img = (
        f'<img src="{escape(photo.url(src))}" srcset="{_srcset(photo, jpegs)}" sizes="{sizes}"'
        f' width="{src["width"]}" height="{src["height"]}"'
        f' alt="{escape(photo.alt_text if alt is None else alt)}"{class_attr}{loading}>'
    )
    picture_attr = f' class="{escape(picture_class)}"' if picture_class else ""
    return mark_safe(f"<picture{picture_attr}>{source}{img}</picture>")


_CREDIT_PREFIX = re.compile(r"^\s*foto\s*[:.\-–—]?\s*", re.IGNORECASE)
_SENTENCE_END = ".!?…\"”'’)"


def caption_parts(caption: str, credit: str) -> tuple[str, str]:
    """The newsroom's one caption style, "Keterangan. (Foto: Kredit)", as its two parts.

    The caption ends with a full stop (unless it already ends a sentence);
    the credit reads "Foto: …" however it was typed ("Antara/Rina",
    "foto: Antara/Rina", "Foto Antara/Rina") and stands in brackets.
    Either part may be empty.
    """
    caption = " ".join((caption or "").split())
    if caption and caption[-1] not in _SENTENCE_END:
        caption += "."
    credit = " ".join((credit or "").split())
    if credit:
        credit = f"(Foto: {_CREDIT_PREFIX.sub('', credit) or credit})"
    return caption, credit


def caption_text(caption: str, credit: str) -> str:
    """The caption as plain text: "Keterangan. (Foto: Kredit)"."""
    return " ".join(part for part in caption_parts(caption, credit) if part)


def caption_html(photo: Photo) -> SafeString:
    """The caption then the credit, as readers see them under a photo; "" when both are empty."""
    caption, credit = caption_parts(photo.caption, photo.credit)
    if not (caption or credit):
        return mark_safe("")
    parts = [escape(caption)] if caption else []
    if credit:
        parts.append(format_html('<span class="photo__credit">{}</span>', credit))
    return mark_safe(f"<figcaption>{' '.join(parts)}</figcaption>")


def figure_html(
    photo: Photo | None,
    *,
    sizes: str,
    max_width: int = SHARE_WIDTH,
    eager: bool = False,
    css_class: str = "",
) -> SafeString:
    """``photo`` with its caption and credit, as ``<figure>``."""
    if photo is None or not photo.renditions:
        return mark_safe("")
    classes = f"photo {css_class}".strip()
    return format_html(
        '<figure class="{}">{}{}</figure>',
        classes,
        picture_html(photo, sizes=sizes, max_width=max_width, eager=eager),
        caption_html(photo),
    )
