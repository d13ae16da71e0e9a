"""Who is reading, as far as counting needs and no further.

A reader is a hash of the client address and user agent with a salt that is
new every day (Jakarta time) and lives only in the shared cache, two days at
most: no address, user agent or cookie is stored, and yesterday's hashes can
never be linked to today's, as Plausible Analytics counts. Known bots,
crawlers, link previews and prefetches are not readers.
"""

import functools
import hashlib
import re
import secrets

from django.core.cache import cache
from django.utils import timezone

from portal.client_address import address_network

SALT_SECONDS = 2 * 24 * 3600

# Known bots, crawlers, link previewers, monitors and scripted clients. A
# browser's own user agent matches none of them.
_BOTS = re.compile(
    r"bot\b|bot/|crawl|spider|slurp|scrap|archiver|preview|facebookexternalhit|facebookcatalog|"
    r"headless|phantomjs|puppeteer|playwright|selenium|lighthouse|pagespeed|"
    r"pingdom|uptime|monitor|statuscake|python-|curl/|wget/|httpclient|okhttp|go-http|java/|"
    r"libwww|feedfetcher|feedly|mediapartners|adsbot|apis-google|google-read-aloud|"
    r"bingpreview|yandex|baiduspider|petalbot|semrush|ahrefs|mj12|dotbot|embedly|quora link|"
    r"discordbot|slackbot|skypeuripreview|vkshare|redditbot|applebot|duckduckgo",
    re.IGNORECASE,
)
_PREFETCH = ("prefetch", "prerender", "preview")


def is_bot(user_agent: str) -> bool:
    """True for an empty user agent or one of a known bot or scripted client."""
    agent = (user_agent or "").strip()
    if not agent or not agent.startswith("Mozilla/"):
        return True
    if len(agent) > 512:  # no browser's; not kept in the memo below
        return bool(_BOTS.search(agent))
    return _known_bot(agent)


# Readers' browsers share a few thousand user agents: the pattern (tens of
# alternatives, case folded) is matched once per agent and process, not per read.
@functools.lru_cache(maxsize=4096)
def _known_bot(agent: str) -> bool:
    return bool(_BOTS.search(agent))


def is_prefetch(request) -> bool:
    """True when the browser only fetches ahead, nobody reading yet."""
    for header in ("Sec-Purpose", "Purpose", "X-Purpose", "X-Moz"):
        value = request.headers.get(header, "").lower()
        if any(word in value for word in _PREFETCH):
            return True
    return False


def today() -> str:
    """Today's date in the site's time zone, as the counters name days (YYYYMMDD)."""
    return timezone.localdate().strftime("%Y%m%d")


_salts: dict[str, bytes] = {}


def daily_salt(day: str) -> bytes:
    """The salt of ``day``: made by whichever process needs it first, shared by all."""
    salt = _salts.get(day)
    if salt is not None:
        return salt
    key = f"readership:salt:{day}"
    cache.add(key, secrets.token_hex(32), SALT_SECONDS)
    value = cache.get(key)
    if value is None:  # the cache is down: this process's own salt, for today only
        value = secrets.token_hex(32)
    _salts.clear()  # yesterday's salt is never used again here
    _salts[day] = salt = bytes.fromhex(value)
    return salt


def network_hash(*, address: str, day: str) -> str:
    """The address's network (``address_network``) as ``day``'s anonymous id, for its cap."""
    digest = hashlib.blake2b(digest_size=8, key=daily_salt(day), person=b"network")
    digest.update(address_network(address).encode("utf-8", "replace"))
    return digest.hexdigest()


def reader_hash(*, address: str, user_agent: str, day: str) -> str:
    """The reader's anonymous id for ``day``: unlinkable to any other day's."""
    digest = hashlib.blake2b(digest_size=16, key=daily_salt(day))
    digest.update(address.encode("utf-8", "replace"))
    digest.update(b"\0")
    digest.update(user_agent.encode("utf-8", "replace")[:512])
    return digest.hexdigest()
