"""Folding the counters into the database: exactly once, whatever stops midway.

Each hour's hash is renamed to a batch of its own (``kabar:reads:fold:<hour>:<token>``,
atomic: reads counted after it go to a new hash of the same name), listed in
``kabar:reads:folding``. A batch is added to ``ArticleReadHour`` in one
transaction that also records its token (``ReadFold``); only then is the
batch deleted. A worker stopped before the commit leaves the batch to be
folded by the next run; one stopped after it leaves a batch whose token is
known, deleted without adding anything. Counts of articles that do not
exist (a forged beacon) are dropped.

``fold_reads`` runs once a minute: from the beacon (enqueued as a task when
the counters say one is due), from ``manage.py fold_reads`` (cron), and
before the dashboard is shown.
"""

import logging
import secrets
from collections import defaultdict
from datetime import UTC, datetime

from django.db import IntegrityError, transaction
from django.db.models import F

from ..models import Article
from . import counter
from .counter import hour_key, hour_number, redis_client
from .models import ArticleReadHour, ReadFold, Referrer

logger = logging.getLogger(__name__)

# Hours looked at on each fold: the hashes live a week.
HOURS_BACK = 7 * 24


def folding_key() -> str:
    """The set of batches taken from the counters and not yet deleted."""
    return f"{counter.PREFIX}:folding"


def fold_reads() -> int:
    """Fold every counted read into the database; the number of reads folded."""
    client = redis_client()
    if client is None:
        return 0  # counted straight into the database already
    counter.flush_reads()  # this process's reads not yet sent
    now = hour_number()
    pipe = client.pipeline(transaction=False)
    batches = []
    for hour in range(now - HOURS_BACK, now + 1):
        batch = f"{counter.PREFIX}:fold:{hour}:{secrets.token_hex(8)}"
        batches.append(batch)
        pipe.sadd(folding_key(), batch)
        pipe.rename(hour_key(hour), batch)
    results = pipe.execute(raise_on_error=False)
    renamed = [b for b, ok in zip(batches, results[1::2], strict=True) if ok is True]
    empty = [b for b, ok in zip(batches, results[1::2], strict=True) if ok is not True]
    if empty:
        client.srem(folding_key(), *empty)
    # Batches left by an earlier run that stopped midway, and this run's.
    pending = {b.decode() if isinstance(b, bytes) else b for b in client.smembers(folding_key())}
    folded = 0
    for batch in sorted(pending | set(renamed)):
        folded += _fold_batch(client, batch)
    return folded


def _fold_batch(client, batch: str) -> int:
    hour = int(batch.split(":")[-2])
    token = batch.removeprefix(f"{counter.PREFIX}:fold:")
    counts = client.hgetall(batch)
    added = 0
    if counts and not ReadFold.objects.filter(token=token).exists():
        try:
            added = _add(hour, counts, token)
        except IntegrityError:  # another fold took this batch at the same moment
            added = 0
    client.delete(batch)
    client.srem(folding_key(), batch)
    return added


def _add(hour: int, counts: dict, token: str) -> int:
    rows: dict[tuple[int, str], dict[str, int]] = defaultdict(lambda: {"n": 0, "r": 0})
    for field, value in counts.items():
        field = field.decode() if isinstance(field, bytes) else field
        article, referrer, kind = field.rsplit(":", 2)
        if not article.isdigit() or referrer not in Referrer.values or kind not in "nr":
            continue
        rows[(int(article), referrer)][kind] += int(value)
    existing = set(
        Article.objects.filter(pk__in={article for article, __ in rows}).values_list(
            "pk", flat=True
        )
    )
    moment = datetime.fromtimestamp(hour * 3600, tz=UTC)
    total = 0
    with transaction.atomic():
        ReadFold.objects.create(token=token)
        for (article, referrer), figures in rows.items():
            if article not in existing:
                continue
            reads, readers = figures["n"], figures["r"]
            updated = ArticleReadHour.objects.filter(
                article_id=article, hour=moment, referrer=referrer
            ).update(reads=F("reads") + reads, readers=F("readers") + readers)
            if not updated:
                ArticleReadHour.objects.create(
                    article_id=article, hour=moment, referrer=referrer, reads=reads, readers=readers
                )
            total += reads
    return total
