"""What the page cache keeps in the shared cache: generations, entries, locks, the clock."""

import hashlib
import logging
import math
import secrets
import time
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache

logger = logging.getLogger(__name__)


@dataclass
class Entry:
    """A rendering (a page or a fragment), the generation of each key it read, its times."""

    value: object
    generations: dict[str, str]
    fresh_until: float
    stale_until: float
    # A page's query parameters, each with the values it accepts.
    accepts: dict = field(default_factory=dict)


def cache_key(kind: str, name: str) -> str:
    """Where ``name``'s entry or lock is kept: a digest, bounded, whatever the name holds."""
    return f"page-cache:{kind}:{hashlib.sha256(name.encode()).hexdigest()}"


def _generation(changed_at: float) -> str:
    """A random token that also records when its key changed (by ``clock``)."""
    return f"{changed_at:.6f}/{secrets.token_hex(8)}"


def changed_at(generation: str) -> float:
    return float(generation.partition("/")[0])


def generations(keys) -> dict[str, str] | None:
    """The current generation of each of ``keys``; None when the cache did not answer.

    A missing one (never announced, or evicted) is created, random, dated 0.
    """
    names = {key: f"page-cache:gen:{key}" for key in keys}
    found = (cache.get_many(list(names.values())) or {}) if names else {}
    for name in names.values():
        if found.get(name) is None:
            new = _generation(0)
            added = cache.add(name, new, timeout=None)
            # None: a cache failing open; False: another process created it.
            found[name] = new if added else (None if added is None else cache.get(name))
            if found[name] is None:
                return None
    return {key: found[name] for key, name in names.items()}


def announce(keys, attempts: int = 3) -> None:
    """Give each of ``keys`` a new generation; retried, then logged, if the cache fails."""
    pending = sorted(set(keys))
    for attempt in range(attempts):
        time.sleep(0.05 * attempt)
        wanted = {f"page-cache:gen:{key}": (key, _generation(clock())) for key in pending}
        cache.set_many({name: generation for name, (_, generation) in wanted.items()}, None)
        stored = cache.get_many(list(wanted)) or {}
        # Another process may have announced a key meanwhile: tried again, harmless.
        pending = [key for name, (key, gen) in wanted.items() if stored.get(name) != gen]
        if not pending:
            return
    logger.error(
        "The cache did not take new generations of %s: their pages are served until they expire",
        " ".join(pending),
    )


# What this process saw of each name's entry: the entry itself while it is
# fresh by time alone (it read no key), else the keys it read, asked for in
# the same round trip as the entry next time; and the parameters it accepts.
# None decides freshness.
TIMED: dict[str, Entry] = {}
KEYS_READ: dict[str, tuple[str, ...]] = {}
PARAMETERS: dict[str, tuple[str, ...]] = {}


def lookup(name: str, read: dict | None = None, prefetch: str = "") -> tuple[Entry | None, bool]:
    """The entry kept under ``name`` while it may still be served, and whether it is fresh.

    ``read`` holds the generations the request read already (the steps of
    one page's lookup share them); forgotten when the entry is not fresh, so
    that what is rendered next is never judged by generations read before.
    ``prefetch`` names the entry likely asked for next: it comes in the
    same round trip, and waits in ``read`` until asked for.
    """
    read = {} if read is None else read
    now = clock()
    entry = TIMED.get(name)
    if entry is not None and now < entry.fresh_until:
        return entry, True
    names = [n for n in (name, prefetch) if n and ("entry", n) not in read]
    seen = [k for n in (name, prefetch) for k in KEYS_READ.get(n, ()) if k not in read]
    guessed = {f"page-cache:gen:{k}": k for k in seen}
    asked = [*(cache_key("entry", n) for n in names), *guessed]
    got = (cache.get_many(asked) or {}) if asked else {}
    read.update({("entry", n): got.get(cache_key("entry", n)) for n in names})
    read.update({key: got[gen] for gen, key in guessed.items() if got.get(gen) is not None})
    entry, found = read.pop(("entry", name)), None
    if entry is not None and now < entry.stale_until:
        missing = [key for key in entry.generations if key not in read]
        found = generations(missing) if missing else {}
    if found is None:
        read.clear()
        return None, False
    read.update(found)
    fresh = now < entry.fresh_until and all(read[k] == g for k, g in entry.generations.items())
    if not fresh:
        read.clear()
    _remember(name, entry)
    return entry, fresh


def _remember(name: str, entry: Entry) -> None:
    if len(PARAMETERS) >= 4096:
        TIMED.clear()
        KEYS_READ.clear()
        PARAMETERS.clear()
    PARAMETERS[name] = tuple(entry.accepts)
    if entry.generations:
        KEYS_READ[name] = tuple(entry.generations)
    else:
        TIMED[name] = entry


def keep(name: str, entry: Entry) -> None:
    cache.set(cache_key("entry", name), entry, math.ceil(entry.stale_until - clock()) + 1)
    _remember(name, entry)


def claim(name: str) -> str | None:
    """Take the lock on rendering ``name``: a token to release it with, or None if taken.

    "" when the cache did not answer: nobody can hold the lock, so render.
    """
    token = secrets.token_hex(8)
    added = cache.add(cache_key("lock", name), token, settings.PAGE_LOCK_SECONDS)
    return token if added else ("" if added is None else None)


def release(name: str, token: str) -> None:
    """Free the lock if it is still ours (it may have expired and been taken)."""
    if token and cache.get(cache_key("lock", name)) == token:
        cache.delete(cache_key("lock", name))


_offset = {"seconds": 0.0, "checked": -math.inf}


def clock() -> float:
    """Now, in seconds since the epoch, by the shared cache's clock where it has one.

    Each host measures its offset from Redis's ``TIME`` once a minute (the
    quickest of three readings), so every app server reads one clock.
    """
    if settings.PAGE_CACHE_SHARED_CLOCK and time.monotonic() >= _offset["checked"]:
        _offset["checked"] = time.monotonic() + 60
        redis = shared_redis()
        try:
            readings = [_reading(redis) for _ in range(3)] if redis else [(0, 0.0)]
            _offset["seconds"] = min(readings)[1]
        except Exception as exc:  # Redis down: keep the last offset
            logger.warning("Could not read the shared clock: %s", exc)
    return time.time() + _offset["seconds"]


def _reading(redis) -> tuple[float, float]:
    """How long one reading of Redis's clock took, and Redis's clock minus this host's."""
    before = time.time()
    seconds, microseconds = redis.time()
    after = time.time()
    return after - before, seconds + microseconds / 1e6 - (before + after) / 2


def shared_redis():
    """The shared cache's Redis client, or None when the cache is not Redis."""
    client = getattr(cache, "client", None)
    return client.get_client(write=False) if hasattr(client, "get_client") else None
