"""``pages_changed``: a change announces the keys of the pages it changed, in both tiers.

The CDN tier (Varnish, deploy/varnish/kabar.vcl) hears of it from a task:
each URL in ``VARNISH_PURGE_URLS`` gets ``BAN`` with the keys in
``X-Kabar-Ban-Keys`` and the secret in ``X-Kabar-Purge-Secret``; Varnish
takes it only from its ACL, with that secret, and purges with xkey. A CDN
or queue that is down never fails the editor's or moderator's request: the
failure is logged, and kept pages expire by themselves.
"""

import logging
import urllib.request

from django.conf import settings
from django.db import transaction
from django_tasks import task

from . import store

logger = logging.getLogger(__name__)


def pages_changed(keys) -> None:
    """The pages showing what ``keys`` name changed: announced once the transaction commits.

    Announced before the commit, a rendering of the old rows made in between
    would look new (see the package's docstring).
    """
    keys = sorted(set(keys))
    blocks = transaction.get_connection().atomic_blocks
    # A test's own wrapping transaction never commits: announced at once there.
    if keys and blocks and not getattr(blocks[0], "_from_testcase", False):
        transaction.on_commit(lambda: _announce(keys))
    elif keys:
        _announce(keys)


def _announce(keys: list[str]) -> None:
    store.announce(keys)
    logger.info("Announced %s", " ".join(keys))
    if settings.VARNISH_PURGE_URLS:
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
        headers = {
            "X-Kabar-Ban-Keys": " ".join(keys),
            "X-Kabar-Purge-Secret": settings.VARNISH_PURGE_SECRET,
        }
        try:
            request = urllib.request.Request(url, method="BAN", headers=headers)
            with urllib.request.urlopen(request, timeout=settings.VARNISH_PURGE_TIMEOUT):
                pass
        except OSError as exc:
            logger.warning("CDN purge of %s at %s failed: %s", " ".join(keys), url, exc)
