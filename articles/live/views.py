"""A live report's "what's new" answer: ``<article URL>pembaruan/?sejak=<entry id>``.

Public and the same for everyone, kept like any page under ``live-<id>``
(and the authors' keys): an entry posted, edited or withdrawn makes it
stale here and in the CDN tier at once, and between changes every poll is
answered from the kept copy. ``sejak`` is taken only as the id of one of
the report's ``LIVE_RECENT_IDS`` newest entries (withdrawn ones too: an
open page may still show one); any other value is
ignored and answered as if absent (the newest entries, with ``lebih`` set
when there are more than one answer holds), so no junk value costs a
rendering.
"""

import datetime
from datetime import timedelta

from django.conf import settings
from django.db.models import F
from django.http import Http404, JsonResponse
from django.template.loader import render_to_string
from django.utils import timezone

from portal.page_cache.pages import add_page_keys, page_accepts, public_page

from ..models import Article
from ..page_keys import live_key
from .models import LiveEntry
from .reading import EntryIds, prepared

# How long a withdrawn or edited entry is still reported to open pages.
RECENT_CHANGES = timedelta(hours=2)


@public_page
def live_updates(request, year, month, day, slug):
    """The entries newer than ``sejak``, newest first, as JSON with their HTML."""
    try:
        date = datetime.date(year, month, day)
    except (ValueError, OverflowError) as exc:
        raise Http404 from exc
    article = (
        Article.objects.published()
        .filter(publication_date=date, slug=slug, is_live=True)
        .only("id", "slug", "publication_date", "published_at", "live_ended_at", "is_live")
        .first()
    )
    if article is None:
        raise Http404
    add_page_keys(request, [live_key(article.pk)])
    visible = LiveEntry.objects.visible().filter(article=article)
    # A page may show an entry withdrawn since: its id is still taken.
    recent = list(
        LiveEntry.objects.filter(article=article)
        .order_by("-id")
        .values_list("id", "withdrawn_at")[: settings.LIVE_RECENT_IDS]
    )
    shown_ids = [pk for pk, withdrawn_at in recent if withdrawn_at is None]
    accepted = EntryIds(pk for pk, _ in recent)
    page_accepts(request, sejak=accepted)
    asked = request.GET.get("sejak", "")
    since = int(asked) if asked in accepted else None
    shown = settings.LIVE_ENTRIES_PER_PAGE
    newer = visible.filter(id__gt=since) if since else visible
    entries = prepared(newer.for_page()[: shown + 1], request, article)
    more = len(entries) > shown or (since is None and len(shown_ids) > shown)
    entries = entries[:shown]
    cutoff = timezone.now() - RECENT_CHANGES
    withdrawn = LiveEntry.objects.filter(article=article, withdrawn_at__gte=cutoff)
    edited = []
    if since:
        # Saved again after it was posted: edited (a withdrawal leaves the list).
        changed = visible.filter(
            id__lte=since,
            updated_at__gte=cutoff,
            updated_at__gt=F("created_at") + timedelta(seconds=1),
        )
        edited = prepared(changed.for_page()[:shown], request, article)
    answer = {
        "terbaru": shown_ids[0] if shown_ids else 0,
        "sejak": since,
        "berakhir": not article.is_live_now,
        # The line an open page shows in place of "diperbarui terus".
        "berakhir_teks": _ended_line(article),
        "lebih": more,
        "entri": [_entry_data(entry) for entry in entries],
        "diubah": [_entry_data(entry) for entry in edited],
        "ditarik": list(withdrawn.values_list("id", flat=True)[:shown]),
    }
    response = JsonResponse(answer, json_dumps_params={"ensure_ascii": False})
    response["X-Robots-Tag"] = "noindex"
    return response


def _ended_line(article: Article) -> str:
    """The page's status line for an ended report (its template's); "" while live."""
    if article.live_ended_at is None:
        return ""
    return render_to_string("articles/live/_ended.html", {"article": article}).strip()


def _entry_data(entry: LiveEntry) -> dict:
    return {
        "id": entry.pk,
        "penting": entry.key_event,
        "ringkasan": entry.summary(),
        "waktu": entry.posted_at.isoformat(),
        "html": render_to_string("articles/live/_entry.html", {"entry": entry}),
    }
