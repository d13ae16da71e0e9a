"""What a change does to kept pages: their keys go stale here and in the CDN tier."""

import logging

from django.conf import settings
from django.db import transaction

from .keys import bump_versions
from .tasks import ban_pages

logger = logging.getLogger(__name__)


def pages_changed(keys: list[str]) -> None:
    """The pages under ``keys`` changed: stale in every app process, banned in the CDN.

    The versions are bumped at once, so this process's next rendering is
    fresh even inside the transaction, and again once the transaction
    commits, so that a rendering of not-yet-committed data made in between
    by another process does not stay. The CDN is told after the commit,
    through the task queue.
    """
    keys = sorted(set(keys))
    bump_versions(keys)

    def after_commit():
        bump_versions(keys)
        request_ban(keys)

    transaction.on_commit(after_commit)


def request_ban(keys: list[str]) -> None:
    """Enqueue the CDN ban of ``keys`` (nothing to do without CDN nodes).

    A ban only spares readers a stale copy until it expires: when the queue
    cannot be reached, it is logged and dropped, and the request goes on.
    """
    if not settings.VARNISH_PURGE_URLS:
        return
    try:
        ban_pages.enqueue(keys)
    except Exception as exc:
        logger.warning(
            "Could not queue the CDN ban of %s (%s: %s); the pages expire by themselves",
            " ".join(keys),
            type(exc).__name__,
            exc,
        )
