"""Writing a live report: post, edit and withdraw entries, end the report.

Each change is a revision (django-reversion, with who made it) and
announces the report's keys, ``live-<id>`` and ``article-<id>``, once its
transaction commits: the page and its "what's new" answer are rendered
anew, here and in the CDN tier.
"""

import reversion
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.page_cache.changes import pages_changed

from ..editor.cleaning import clean_body_html
from ..models import Article
from ..page_keys import article_key, live_key
from .models import LiveEntry

# Stored as revision comments: data, not translated text.
POSTED, EDITED, WITHDRAWN, ENDED = (
    "Pembaruan ditambahkan",
    "Pembaruan disunting",
    "Pembaruan ditarik",
    "Laporan langsung diakhiri",
)
BODY_MAX_LENGTH = 20_000


def _clean_body(body: str) -> str:
    cleaned = clean_body_html(body or "")
    if not cleaned:
        raise ValidationError({"body": _("Isi pembaruan wajib diisi.")})
    if len(cleaned) > BODY_MAX_LENGTH:
        raise ValidationError({"body": _("Isi pembaruan terlalu panjang.")})
    return cleaned


def _announce(article_id: int) -> None:
    pages_changed([live_key(article_id), article_key(article_id)])


def _revision(user, comment: str):
    reversion.set_user(user)
    reversion.set_comment(comment)


def live_entry_post(
    *,
    article: Article,
    body: str,
    user,
    key_event: bool = False,
    pinned: bool = False,
) -> LiveEntry:
    """A new entry on the live report ``article``, shown at once, newest first."""
    if not article.is_live_now:
        raise ValidationError(_("Artikel ini bukan laporan langsung yang sedang berjalan."))
    entry = LiveEntry(
        article=article,
        body=_clean_body(body),
        author=user,
        key_event=key_event,
        pinned=pinned,
        posted_at=timezone.now(),
    )
    entry.full_clean()
    with transaction.atomic(), reversion.create_revision():
        entry.save()
        _revision(user, POSTED)
        _announce(article.pk)
    return entry


def live_entry_edit(
    *,
    entry: LiveEntry,
    user,
    body: str | None = None,
    key_event: bool | None = None,
    pinned: bool | None = None,
) -> LiveEntry:
    """Change an entry's text or marks; its time stays the time it was posted."""
    if entry.withdrawn_at is not None:
        raise ValidationError(_("Pembaruan yang sudah ditarik tidak dapat disunting."))
    if body is not None:
        entry.body = _clean_body(body)
    if key_event is not None:
        entry.key_event = key_event
    if pinned is not None:
        entry.pinned = pinned
    entry.full_clean()
    with transaction.atomic(), reversion.create_revision():
        entry.save()
        _revision(user, EDITED)
        _announce(entry.article_id)
    return entry


def live_entry_withdraw(*, entry: LiveEntry, user) -> LiveEntry:
    """Take an entry off the page (it stays stored, with its history)."""
    if entry.withdrawn_at is not None:
        return entry
    entry.withdrawn_at = timezone.now()
    with transaction.atomic(), reversion.create_revision():
        entry.save(update_fields=["withdrawn_at", "updated_at"])
        _revision(user, WITHDRAWN)
        _announce(entry.article_id)
    return entry


def live_report_end(*, article: Article, user) -> Article:
    """End the live report: no more entries; the page stays, as a normal article with them."""
    if not article.is_live:
        raise ValidationError(_("Artikel ini bukan laporan langsung."))
    if article.live_ended_at is not None:
        return article
    article.live_ended_at = timezone.now()
    with transaction.atomic(), reversion.create_revision():
        # A save of the article: its own keys and the lists showing its badge.
        article.save(update_fields=["live_ended_at", "updated_at"])
        _revision(user, ENDED)
        _announce(article.pk)
    return article
