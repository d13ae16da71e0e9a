"""How many new voters one client address may add to an article, and its coarse hash.

Without its cookie every vote looks like a new reader, so one address could
stuff an article's poll (and "Terpopuler") at will. Two defences, neither
storing an address:

- ``new_voter_allowed``: at most ``POLL_NEW_VOTERS_PER_ADDRESS_HOUR`` new
  voters per address, article and hour, counted in the shared cache. Votes
  past that are answered as accepted but not counted: a 429 would tell a bot
  to change address, and readers behind one office or campus address would
  be refused outright.
- ``address_bucket``: a keyed hash of the address cut to 20 bits, stored on
  each vote. Each bucket stands for thousands of IPv4 addresses, so it
  identifies nobody, yet "Terpopuler" counts distinct buckets, which one
  address cannot multiply.

IPv6 addresses count by their /64 network: one household or server holds a
whole /64 and can move around inside it freely.
"""

import time

from django.conf import settings
from django.core.cache import caches
from django.utils.crypto import salted_hmac

from portal.client_address import address_network

_BUCKET_SALT = "articles.poll.address-bucket"
_BUCKET_HEX_DIGITS = 5  # 20 bits


def address_bucket(address: str) -> str:
    """The coarse, keyed hash of ``address`` stored with a vote (5 hex digits)."""
    digest = salted_hmac(_BUCKET_SALT, address_network(address), algorithm="sha256")
    return digest.hexdigest()[:_BUCKET_HEX_DIGITS]


def new_voter_allowed(*, article_id: int, address: str) -> bool:
    """Count one new voter from ``address`` on the article; False past the hourly limit."""
    hour = int(time.time() // 3600)
    # SHA-256 as everywhere else; the key lives an hour or two in the cache.
    network = salted_hmac(_BUCKET_SALT, address_network(address), algorithm="sha256")
    network = network.hexdigest()[:16]
    key = f"poll:new-voters:{article_id}:{network}:{hour}"
    # The limits cache counts in this process while Redis is down: never off.
    counter = caches["limits"]
    counter.add(key, 0, timeout=2 * 3600)
    try:
        count = counter.incr(key)
    except ValueError:  # evicted between add and incr
        counter.set(key, 1, timeout=2 * 3600)
        count = 1
    return count <= settings.POLL_NEW_VOTERS_PER_ADDRESS_HOUR
