"""Small conversions from WordPress's values to Kabar's: times, slugs, plain text."""

import datetime
import html
import re
import zoneinfo
from urllib.parse import unquote

from django.utils.html import strip_tags
from django.utils.text import Truncator, slugify

from articles.plain_text import CONTROL_CHARACTERS

JAKARTA = zoneinfo.ZoneInfo("Asia/Jakarta")
_ZERO_TIME = "0000-00-00 00:00:00"
_SPACES = re.compile(r"\s+")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"'“‘(]?[A-Z0-9])")
LEAD_MAX_LENGTH = 500
LEAD_TARGET_LENGTH = 200


def wordpress_time(gmt: str, local: str) -> datetime.datetime | None:
    """An aware time from ``*_date_gmt``, or from ``*_date`` read as Jakarta time.

    WordPress leaves the GMT time at zero for drafts that were never saved
    with a date; the local time is then all there is.
    """
    for value, zone in ((gmt, datetime.UTC), (local, JAKARTA)):
        value = (value or "").strip()
        if not value or value == _ZERO_TIME:
            continue
        try:
            parsed = datetime.datetime.strptime(value, "%Y-%m-%d %H:%M:%S")
        except ValueError:
            continue
        return parsed.replace(tzinfo=zone)
    return None


def plain_text(markup: str) -> str:
    """The text of ``markup``: tags gone, entities decoded, whitespace collapsed."""
    return _SPACES.sub(" ", html.unescape(strip_tags(markup or ""))).strip()


def clip(text: str, length: int) -> str:
    """``text`` cut to at most ``length`` characters at a word, with an ellipsis."""
    return Truncator(text).chars(length) if len(text) > length else text


def lead_from_body(body_html: str) -> str:
    """The first sentences of a body's text: at least one, about two hundred characters."""
    text = plain_text(body_html)
    lead = ""
    for sentence in _SENTENCE_END.split(text):
        if lead and len(lead) + 1 + len(sentence) > LEAD_TARGET_LENGTH:
            break
        lead = f"{lead} {sentence}".strip()
    return clip(lead, LEAD_MAX_LENGTH)


def wordpress_slug(post_name: str, *, kabar: str, max_length: int) -> str:
    """The post's WordPress slug as its addresses are read (decoded); "" if Kabar's is the same.

    WordPress keeps a slug in another script percent-encoded; a browser asks
    for it, and Django hands it over, decoded. A slug no address could
    carry (a slash, a control character) or longer than ``max_length`` is
    not kept: no old address would find it.
    """
    decoded = unquote(post_name or "").strip()
    if (
        not decoded
        or decoded == kabar
        or len(decoded) > max_length
        or "/" in decoded
        or CONTROL_CHARACTERS.search(decoded)
    ):
        return ""
    return decoded


def kabar_slug(value: str, max_length: int) -> str:
    """A WordPress slug (maybe percent-encoded UTF-8) as a Kabar URL slug (ASCII)."""
    return slugify(unquote(value or ""))[:max_length].strip("-")


def title_from_body(body_html: str) -> str:
    """A title for a post that had none: its first words."""
    return Truncator(plain_text(body_html)).words(8)
