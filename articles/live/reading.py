"""What a live report's page and its "what's new" answer read, in a fixed number of queries."""

import re

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Count, IntegerField, OuterRef, Subquery
from django.db.models.functions import Coalesce

from portal.page_cache.pages import add_page_keys, page_accepts

from ..page_keys import editor_key, live_key
from ..photos.body import photo_ids, photos_by_id, with_photos
from .models import LiveEntry

# The report's own page parameter: ``page`` is the comments' on the article page.
PAGE_PARAMETER = "pembaruan"
KEY_EVENTS_SHOWN = 10
PINNED_SHOWN = 3


def prepared(entries, request, article) -> list[LiveEntry]:
    """``entries`` of ``article`` with their bodies' photos (one query for all), keys declared."""
    entries = list(entries)
    photos = photos_by_id(set().union(*(photo_ids(e.body) for e in entries)))
    for entry in entries:
        entry.article = article  # read, never queried again
        entry.body_html = with_photos(entry.body, photos)
    add_page_keys(request, {editor_key(e.author_id) for e in entries})
    return entries


def report_context(request, article) -> dict:
    """The live report's part of its article page: key events, pinned entries, one page of entries.

    Newest first, ``LIVE_ENTRIES_PER_PAGE`` a page (``?pembaruan=2`` for
    older ones); the page declares ``live-<id>``.
    """
    add_page_keys(request, [live_key(article.pk)])
    entries = LiveEntry.objects.visible().filter(article=article)
    paginator = Paginator(entries.for_page(), settings.LIVE_ENTRIES_PER_PAGE)
    page = paginator.get_page(request.GET.get(PAGE_PARAMETER))
    page_accepts(request, **{PAGE_PARAMETER: range(2, paginator.num_pages + 1)})
    shown = prepared(page.object_list, request, article)
    first = page.number == 1
    pinned = []
    if first:
        pinned = prepared(entries.filter(pinned=True).for_page()[:PINNED_SHOWN], request, article)
    return {
        "live_page": page,
        "live_entries": shown,
        "live_pinned": pinned,
        "live_key_events": key_events(entries),
        "live_latest_id": shown[0].pk if first and shown else 0,
        "live_polls": first and article.is_live_now,
    }


def key_events(entries) -> list[LiveEntry]:
    """The newest key events, each knowing the page it is on (``page_number``)."""
    newer = (
        entries.filter(id__gt=OuterRef("id"))
        .order_by()
        .values("article")
        .annotate(count=Count("id"))
        .values("count")
    )
    chosen = entries.filter(key_event=True).annotate(
        newer=Coalesce(Subquery(newer, output_field=IntegerField()), 0)
    )[:KEY_EVENTS_SHOWN]
    per_page = settings.LIVE_ENTRIES_PER_PAGE
    events = list(chosen.only("id", "article_id", "posted_at", "body", "key_event"))
    for event in events:
        event.page_number = event.newer // per_page + 1
    return events


class EntryIds:
    """The ``sejak`` values a report's "what's new" answer takes: its recent entries' ids.

    Written as the page cache's parameters are (``page_accepts``): a value
    is taken only as its id's canonical digits, so "007", "7.0" or an id
    of another report never names a rendering of its own.
    """

    _DIGITS = re.compile(r"[1-9][0-9]{0,17}")

    def __init__(self, ids):
        self.ids = frozenset(ids)

    def __contains__(self, value) -> bool:
        return (
            isinstance(value, str)
            and self._DIGITS.fullmatch(value) is not None
            and int(value) in self.ids
        )

    def __repr__(self) -> str:
        return f"EntryIds({sorted(self.ids)})"
