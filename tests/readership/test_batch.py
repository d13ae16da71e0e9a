"""Reads sent to Redis in batches: none lost, none counted twice, none kept long."""

import time

import pytest

from articles.readership import counter
from articles.readership.counter import hour_key, hour_number
from articles.readership.fold import fold_reads
from articles.readership.models import ArticleReadHour

from .conftest import FIREFOX, beacon

pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("redis-db-reads")]


@pytest.fixture
def batched(settings, reads_redis, monkeypatch):
    """Batches as in production, a window of ``seconds`` (long: nothing leaves by age)."""

    def window(seconds):
        settings.READS_BATCH_SECONDS = seconds

    monkeypatch.setattr("articles.readership.views.fold_reads_task", _Folds())
    counter.flush_reads()
    counter._batch.sent_at = 0.0  # nothing sent lately: the next read goes at once
    window(30)
    yield window
    counter.flush_reads()


class _Folds:
    enqueued = 0

    def enqueue(self):
        self.enqueued += 1


def _in_redis(redis, article) -> int:
    return int(redis.hget(hour_key(hour_number()), f"{article.pk}:direct:n") or 0)


def test_a_read_alone_goes_at_once_the_next_wait_for_the_batch(
    client, article, reads_redis, batched
):
    beacon(client, article)
    assert _in_redis(reads_redis, article) == 1
    for _ in range(3):
        beacon(client, article)
    beacon(client, article, agent=FIREFOX)
    assert _in_redis(reads_redis, article) == 1
    assert counter.flush_reads() is False  # the fold was due on the first read, not now
    assert _in_redis(reads_redis, article) == 5
    assert counter.flush_reads() is False  # nothing left to send
    assert _in_redis(reads_redis, article) == 5


def test_the_fold_sends_the_kept_reads_first(client, article, reads_redis, batched):
    for agent in (FIREFOX, FIREFOX, FIREFOX):
        beacon(client, article, agent=agent)
    beacon(client, article)
    assert fold_reads() == 4
    row = ArticleReadHour.objects.get(article=article)
    assert (row.reads, row.readers) == (4, 2)
    assert fold_reads() == 0


def test_a_full_batch_is_sent_by_the_read_that_fills_it(
    client, article, reads_redis, batched, monkeypatch
):
    monkeypatch.setattr(counter, "BATCH_SIZE", 3)
    beacon(client, article)  # at once
    beacon(client, article)
    beacon(client, article)
    assert _in_redis(reads_redis, article) == 1
    beacon(client, article)  # the third kept: the batch is full
    assert _in_redis(reads_redis, article) == 4


def test_the_processs_own_thread_sends_a_batch_once_it_is_old(
    client, article, reads_redis, batched
):
    batched(0.2)
    beacon(client, article)
    for _ in range(3):
        beacon(client, article)
    deadline = time.monotonic() + 5
    while _in_redis(reads_redis, article) < 4 and time.monotonic() < deadline:
        time.sleep(0.05)
    kept = len(counter._batch.reads)
    alive = counter._batch.thread.is_alive()
    assert (_in_redis(reads_redis, article), kept, alive) == (4, 0, True)
