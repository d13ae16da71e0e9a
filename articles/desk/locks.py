"""The soft lock: who has an article open, kept alive by each editor's heartbeat.

Opening the article's form and every heartbeat (``DESK_HEARTBEAT_SECONDS``)
mark the editor present; a presence not renewed within
``DESK_LOCK_SECONDS`` has lapsed (the tab was closed, the laptop slept).
Leaving the page releases it at once. Kept in the database, which every
app process shares.
"""

from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from ..models import Article
from .history import user_name
from .models import EditLock


def editing_heartbeat(*, article: Article, user) -> None:
    """``user`` has ``article`` open now; since now, if their last visit had lapsed."""
    now = timezone.now()
    lapsed = now - timedelta(seconds=settings.DESK_LOCK_SECONDS)
    mine = EditLock.objects.filter(article=article, user=user)
    # A lock left by a tab closed without leaving starts again from this visit.
    if mine.filter(seen_at__lt=lapsed).update(since=now, seen_at=now):
        return
    if mine.update(seen_at=now):
        return
    try:
        with transaction.atomic():
            EditLock.objects.create(article=article, user=user, since=now, seen_at=now)
    except IntegrityError:  # the same editor's other tab got there first
        EditLock.objects.filter(article=article, user=user).update(seen_at=now)


def editing_release(*, article: Article, user) -> None:
    """``user`` left ``article``'s form."""
    EditLock.objects.filter(article=article, user=user).delete()


def other_editors(article: Article, user) -> list[dict]:
    """The colleagues who have ``article`` open now: ``{"name", "since"}``, earliest first."""
    fresh = timezone.now() - timedelta(seconds=settings.DESK_LOCK_SECONDS)
    locks = (
        EditLock.objects.filter(article=article, seen_at__gte=fresh)
        .exclude(user=user)
        .select_related("user")
        .order_by("since")
    )
    return [{"name": user_name(lock.user), "since": lock.since} for lock in locks]
