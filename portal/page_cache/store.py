"""What the page cache keeps in the shared cache: generations, entries, locks, the clock."""

import hashlib
import logging
import math
import secrets
import time
from collections import OrderedDict
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache

logger = logging.getLogger(__name__)


@dataclass
class Entry:
    """A rendering (a page or a fragment) and what it was made from."""

    value: object
    # The generation of each key the rendering read.
    generations: dict[str, str]
    fresh_until: float
    stale_until: float
    # For a page: the query parameters it reads, each with the values it
    # accepts (a container of strings, a range of numbers, or ANY).
    accepts: dict = field(default_factory=dict)


def cache_key(kind: str, name: str) -> str:
    """Where ``name``'s entry or lock is kept: a digest, bounded, whatever the name holds."""
    return f"page-cache:{kind}:{hashlib.sha256(name.encode()).hexdigest()}"


def _generation_key(key: str) -> str:
    return f"page-cache:gen:{key}"


def _generation(changed_at: float) -> str:
    """A random token that also records when its key changed (by ``clock``)."""
    return f"{changed_at:.6f}/{secrets.token_hex(8)}"


def changed_at(generation: str) -> float:
    return float(generation.partition("/")[0])


def generations(keys) -> dict[str, str] | None:
    """The current generation of each of ``keys``; None when the cache did not answer.

    A missing one (never announced, or evicted) is created, random like any
    other, and dated 0: nothing kept can carry it yet.
    """
    names = {key: _generation_key(key) for key in keys}
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
        wanted = {_generation_key(key): _generation(clock()) for key in pending}
        cache.set_many(wanted, timeout=None)
        stored = cache.get_many(list(wanted)) or {}
        # Another process may have announced a key meanwhile: tried again, harmless.
        pending = [
            key
            for key in pending
            if stored.get(_generation_key(key)) != wanted[_generation_key(key)]
        ]
        if not pending:
            return
    logger.error(
        "The cache did not take new generations of %s: their pages are served until they expire",
        " ".join(pending),
    )


# The entries of pages this process read last, by name (see ``lookup``).
_near: OrderedDict[str, Entry] = OrderedDict()
_NEAR_ENTRIES = 64


def lookup(name: str, *, near: bool = False) -> tuple[Entry | None, bool]:
    """The entry kept under ``name`` while it may still be served, and whether it is fresh.

    ``near``: this process also holds the last entries it read (pages), so
    a fresh one costs only its keys' generations, not its bodies: the same
    entry, under the same rule, read from nearer.
    """
    now = clock()
    entry = _near.get(name) if near else None
    if entry is not None and now < entry.fresh_until:
        if _current(entry.generations) == entry.generations:
            _near.move_to_end(name)
            return entry, True
    entry = cache.get(cache_key("entry", name))
    if entry is None or now >= entry.stale_until:
        _forget_reading()
        return None, False
    current = _current(entry.generations)
    if current is None:
        _forget_reading()
        return None, False
    fresh = current == entry.generations and now < entry.fresh_until
    if not fresh:
        _forget_reading()
    if near and fresh:
        _hold(name, entry)
    return entry, fresh


# The generations this request's lookups read, by key (``one_reading``).
_reading: ContextVar[dict[str, str] | None] = ContextVar("page_cache_reading", default=None)


@contextmanager
def one_reading():
    """Inside it, lookups read each key's generation from the shared cache once.

    A page named by its parameters is looked up in steps (its name without
    them, then with those it accepts): each step judges freshness by the
    generations of the first reading, as one lookup would. A lookup that
    finds nothing fresh forgets them: what is rendered after it is never
    judged by generations read before.
    """
    token = _reading.set({})
    try:
        yield
    finally:
        _reading.reset(token)


def _current(keys) -> dict[str, str] | None:
    read = _reading.get()
    if read is None:
        return generations(keys)
    missing = [key for key in keys if key not in read]
    if missing:
        found = generations(missing)
        if found is None:
            return None
        read.update(found)
    return {key: read[key] for key in keys}


def _forget_reading() -> None:
    read = _reading.get()
    if read is not None:
        read.clear()


def keep(name: str, entry: Entry, *, near: bool = False) -> None:
    cache.set(cache_key("entry", name), entry, math.ceil(entry.stale_until - clock()) + 1)
    if near:
        _hold(name, entry)


def _hold(name: str, entry: Entry) -> None:
    _near[name] = entry
    _near.move_to_end(name)
    if len(_near) > _NEAR_ENTRIES:
        _near.popitem(last=False)


def forget_near() -> None:
    """Drop this process's copies (the shared cache was emptied: tests)."""
    _near.clear()


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

    Deadlines kept in the shared cache are compared on every app server:
    each host's offset from Redis's ``TIME`` is measured once a minute, so
    they all read one clock. Other caches live on one host, whose clock it is.
    """
    if settings.PAGE_CACHE_SHARED_CLOCK and time.monotonic() >= _offset["checked"]:
        _offset["checked"] = time.monotonic() + 60
        _offset["seconds"] = _redis_offset(_offset["seconds"])
    return time.time() + _offset["seconds"]


def shared_redis():
    """The shared cache's Redis client, or None when the cache is not Redis."""
    client = getattr(cache, "client", None)
    return client.get_client(write=False) if hasattr(client, "get_client") else None


def _redis_offset(last: float) -> float:
    """Redis's clock minus this host's, from the quickest of three readings."""
    redis = shared_redis()
    if redis is None:
        return 0.0
    readings = []
    try:
        for _ in range(3):
            before = time.time()
            seconds, microseconds = redis.time()
            after = time.time()
            readings.append((after - before, seconds + microseconds / 1e6 - (before + after) / 2))
    except Exception as exc:  # Redis down: keep the last offset
        logger.warning("Could not read the shared clock: %s", exc)
        return last
    return min(readings)[1]
