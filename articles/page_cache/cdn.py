"""Bans sent to the CDN tier (Varnish, deploy/varnish/kabar.vcl) when pages change.

Each URL in ``VARNISH_PURGE_URLS`` gets ``BAN`` with the keys in
``X-Kabar-Ban-Keys`` and the shared secret in ``X-Kabar-Purge-Secret``;
Varnish accepts it only from its ACL and with that secret. A CDN that is
down must not fail the editor's or moderator's request: failures are
logged, and kept pages expire by themselves after ``PAGE_CACHE_SECONDS``.
"""

import logging
import urllib.request

from django.conf import settings

logger = logging.getLogger(__name__)


def ban(keys: list[str]) -> None:
    """Ask every CDN node to drop the pages kept under any of ``keys``."""
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
            logger.warning("CDN ban of %s at %s failed: %s", " ".join(keys), url, exc)
