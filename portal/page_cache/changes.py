"""``pages_changed``: how a change announces the keys of the pages it changed.

The CDN tier (Varnish, deploy/varnish/kabar.vcl) hears of it from a task:
each URL in ``VARNISH_PURGE_URLS`` gets ``BAN`` with the keys in
``X-Kabar-Ban-Keys`` and the shared secret in ``X-Kabar-Purge-Secret``;
Varnish accepts it only from its ACL and with that secret, and purges with
xkey. A CDN that is down must not fail the editor's or moderator's request:
failures are logged, and kept pages expire by themselves.
"""

import logging
import urllib.request

from django.conf import settings
from django.db import transaction
from django_tasks import task

from . import store

logger = logging.getLogger(__name__)


def pages_changed(keys) -> None:
    """The pages showing what ``keys`` name changed: stale here and in the CDN tier.

    Announced once the transaction commits (at once outside one): a
    rendering that read the old rows and ends after that is not kept, its
    keys having changed after it began, and one kept before it is stale
    (see the package's docstring). Announced before the commit, it would
    make a rendering of the old rows in between look new.
    """
    keys = sorted(set(keys))
    if not keys:
        return
    blocks = transaction.get_connection().atomic_blocks
    # Inside a test's own wrapping transaction, which never commits, a
    # change is announced at once, as it would be when it committed.
    if blocks and not getattr(blocks[0], "_from_testcase", False):
        transaction.on_commit(lambda: _announce(keys))
    else:
        _announce(keys)


def _announce(keys: list[str]) -> None:
    store.announce(keys)
    logger.info("Announced %s", " ".join(keys))
    if not settings.VARNISH_PURGE_URLS:
        return
    # A purge only spares readers a stale copy until it expires: when the
    # queue cannot be reached, it is logged and dropped.
    try:
        purge_pages.enqueue(keys)
    except Exception as exc:
        logger.warning(
            "Could not queue the CDN purge of %s (%s: %s); the pages expire by themselves",
            " ".join(keys),
            type(exc).__name__,
            exc,
        )


@task()
def purge_pages(keys: list[str]) -> None:
    """Purge the pages kept under ``keys`` in every CDN node (not retried: they expire)."""
    for url in settings.VARNISH_PURGE_URLS:
        request = urllib.request.Request(
            url,
            method="BAN",
            headers={
                "X-Kabar-Ban-Keys": " ".join(keys),
                "X-Kabar-Purge-Secret": settings.VARNISH_PURGE_SECRET,
            },
        )
        try:
            with urllib.request.urlopen(request, timeout=settings.VARNISH_PURGE_TIMEOUT):
                pass
        except OSError as exc:
            logger.warning("CDN purge of %s at %s failed: %s", " ".join(keys), url, exc)
