"""Counting a read: one round trip to Redis, no database query.

In Redis, per hour (UTC, hours since the epoch) a hash
``kabar:reads:h:<hour>`` holds ``<article>:<referrer>:n`` (reads) and
``<article>:<referrer>:r`` (readers seen for the first time that day); per
day (Jakarta time) a HyperLogLog ``kabar:reads:u:<day>:<article>`` holds the
day's reader hashes (PFADD says whether one is new), and
``kabar:reads:u:<day>`` the whole site's; a hash ``kabar:reads:a:<day>:<article>``
how many new readers each address brought (``READS_NEW_READERS_PER_ADDRESS``
at most). One Lua script does it all and says whether a fold is due (once a
minute).

Under load, reads are sent to Redis in batches: each process keeps the
reads of the last ``READS_BATCH_SECONDS`` (a quarter of a second) and sends
them in one round trip (a pipeline of the same script), from the request
that finds the batch old or full, or from a thread of the process's own that
wakes as often, and when the process exits. A read alone is sent at once. A
process killed outright loses at most that quarter of a second of reads.

Without Redis (development on the file cache), a read is written straight to
the database, the day's readers told apart by a cache entry per hash.
"""

import atexit
import logging
import os
import threading
import time

from django.conf import settings
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from ..models import Article
from .models import ArticleReadHour

logger = logging.getLogger(__name__)

PREFIX = "kabar:reads"
KEEP_SECONDS = 7 * 24 * 3600
DAY_KEEP_SECONDS = 3 * 24 * 3600
FOLD_EVERY_SECONDS = 60
# A batch is sent once it holds this many reads, whatever its age.
BATCH_SIZE = 200

_RECORD = """
local hour_key, day_key, site_key, due_key = KEYS[1], KEYS[2], KEYS[3], KEYS[4]
local networks_key = KEYS[5]
local field, reader, network = ARGV[1], ARGV[2], ARGV[7]
-- Expiry set when a field or reader is new: once, not on every read.
if redis.call('HINCRBY', hour_key, field .. ':n', 1) == 1 then
  redis.call('EXPIRE', hour_key, tonumber(ARGV[3]))
end
-- Past its network's cap, a reader is not looked at: counted as read, not as new.
local new = 0
if tonumber(redis.call('HGET', networks_key, network) or '0') < tonumber(ARGV[6]) then
  new = redis.call('PFADD', day_key, reader)
end
if new == 1 then
  if redis.call('HINCRBY', networks_key, network, 1) == 1 then
    redis.call('EXPIRE', networks_key, tonumber(ARGV[4]))
  end
  redis.call('HINCRBY', hour_key, field .. ':r', 1)
  redis.call('EXPIRE', day_key, tonumber(ARGV[4]))
  if redis.call('PFADD', site_key, reader) == 1 then
    redis.call('EXPIRE', site_key, tonumber(ARGV[4]))
  end
end
if redis.call('SET', due_key, '1', 'NX', 'EX', tonumber(ARGV[5])) then
  return {new, 1}
end
return {new, 0}
"""


def redis_client():
    """The shared cache's Redis connection, or None when the cache is not Redis."""
    client = getattr(cache, "client", None)
    if not hasattr(client, "get_client"):
        return None
    return client.get_client(write=True)


def hour_number(moment=None) -> int:
    """Hours since the epoch (UTC) of ``moment`` (now by default)."""
    seconds = moment.timestamp() if moment is not None else time.time()
    return int(seconds // 3600)


def hour_key(hour: int) -> str:
    return f"{PREFIX}:h:{hour}"


def fold_due_key() -> str:
    return f"{PREFIX}:fold-due"


def day_key(day: str, article_id: int | None = None) -> str:
    return f"{PREFIX}:u:{day}" if article_id is None else f"{PREFIX}:u:{day}:{article_id}"


_script = {}


def _record_script(client):
    script = _script.get(id(client))
    if script is None:
        script = _script[id(client)] = client.register_script(_RECORD)
    return script


def networks_key(day: str, article_id: int) -> str:
    """A hash: how many new readers of the article each network brought on ``day``."""
    return f"{PREFIX}:a:{day}:{article_id}"


def record_read(*, article_id: int, referrer: str, reader: str, network: str, day: str) -> bool:
    """Count one read of ``article_id``; True when a fold is due now.

    ``network`` brings at most ``READS_NEW_READERS_PER_ADDRESS`` new readers
    of the article a day; its other readers' reads count as reads only.
    """
    client = redis_client()
    if client is None:
        _record_in_database(
            article_id=article_id, referrer=referrer, reader=reader, network=network, day=day
        )
        return False
    keys = [
        hour_key(hour_number()),
        day_key(day, article_id),
        day_key(day),
        fold_due_key(),
        networks_key(day, article_id),
    ]
    args = [
        f"{article_id}:{referrer}",
        reader,
        KEEP_SECONDS,
        DAY_KEEP_SECONDS,
        FOLD_EVERY_SECONDS,
        settings.READS_NEW_READERS_PER_ADDRESS,
        network,
    ]
    if settings.READS_BATCH_SECONDS <= 0:
        return _send(client, [(keys, args)])
    return _batch.add(client, keys, args)


def _send(client, reads: list[tuple[list, list]]) -> bool:
    """Run the script for each read in one round trip; True when a fold is due."""
    script = _record_script(client)
    try:
        if len(reads) == 1:
            results = [script(keys=reads[0][0], args=reads[0][1], client=client)]
        else:
            pipe = client.pipeline(transaction=False)
            for keys, args in reads:
                script(keys=keys, args=args, client=pipe)
            results = pipe.execute()
    except Exception as exc:  # Redis down: the reads are lost, the page is not
        logger.warning("Could not count %d read(s): %s", len(reads), exc)
        return False
    return any(due for __, due in results)


class _Batch:
    """This process's reads not yet sent to Redis."""

    def __init__(self):
        self.lock = threading.Lock()
        self.reads: list[tuple[list, list]] = []
        self.client = None
        self.sent_at = 0.0
        self.kept_at = 0.0  # when the oldest read kept was counted
        self.pid = None
        self.thread = None
        # A fold found due by the flusher: told to the next read's request.
        self.due = False

    def add(self, client, keys, args) -> bool:
        now = time.monotonic()
        with self.lock:
            if self.pid != os.getpid() or not self.thread.is_alive():
                self._start()  # a new process (gunicorn forks): a flusher of its own
            self.client = client
            if not self.reads:
                self.kept_at = now
            self.reads.append((keys, args))
            quiet = now - self.sent_at >= settings.READS_BATCH_SECONDS
            if not (quiet or len(self.reads) >= BATCH_SIZE):
                due, self.due = self.due, False
                return due  # the flusher sends it within READS_BATCH_SECONDS
        return self.flush()

    def flush(self) -> bool:
        """Send what is kept; True when a fold is due."""
        with self.lock:
            reads, self.reads = self.reads, []
            client = self.client
            self.sent_at = time.monotonic()
        if not reads:
            return False
        due = _send(client, reads)
        if due and threading.current_thread().name == "reads-batch":
            self.due = True
        return due

    def _start(self) -> None:
        if self.pid != os.getpid():
            self.reads = []  # the parent's reads are the parent's to send
        self.pid = os.getpid()
        self.thread = threading.Thread(target=self._flusher, name="reads-batch", daemon=True)
        self.thread.start()

    def _flusher(self) -> None:
        pid = os.getpid()
        while self.pid == pid and self.thread is threading.current_thread():
            window = settings.READS_BATCH_SECONDS
            time.sleep(min(window, 0.1) if window > 0 else 0.1)
            try:
                if self.reads and time.monotonic() - self.kept_at >= window:
                    self.flush()
            except Exception:  # never let the thread die
                logger.exception("Could not send the batch of reads")


_batch = _Batch()
atexit.register(_batch.flush)


def flush_reads() -> bool:
    """Send this process's kept reads to Redis now (before a fold, in tests)."""
    return _batch.flush()


def _record_in_database(
    *, article_id: int, referrer: str, reader: str, network: str, day: str
) -> None:
    if not Article.objects.published().filter(pk=article_id).exists():
        return
    # In development (no Redis): near enough, not atomic.
    brought = f"{networks_key(day, article_id)}:{network}"
    new = cache.get(brought, 0) < settings.READS_NEW_READERS_PER_ADDRESS and cache.add(
        f"readership:seen:{day}:{article_id}:{reader}", 1, DAY_KEEP_SECONDS
    )
    if new:
        cache.set(brought, cache.get(brought, 0) + 1, DAY_KEEP_SECONDS)
    hour = timezone.now().replace(minute=0, second=0, microsecond=0)
    changes = {"reads": F("reads") + 1}
    if new:
        changes["readers"] = F("readers") + 1
    rows = ArticleReadHour.objects.filter(article_id=article_id, hour=hour, referrer=referrer)
    if rows.update(**changes):
        return
    try:
        with transaction.atomic():
            ArticleReadHour.objects.create(
                article_id=article_id,
                hour=hour,
                referrer=referrer,
                reads=1,
                readers=int(bool(new)),
            )
    except IntegrityError:  # created meanwhile
        rows.update(**changes)


def site_readers_today(day: str) -> int | None:
    """Unique readers of the whole site on ``day`` (Redis only), else None."""
    client = redis_client()
    if client is None:
        return None
    try:
        return int(client.pfcount(day_key(day)))
    except Exception:
        return None
