"""Folding Redis's counters into the database: exactly once, whatever stops midway."""

import pytest

from articles.readership import counter, fold
from articles.readership.counter import fold_due_key, hour_key, hour_number
from articles.readership.models import ArticleReadHour, ReadFold

from .conftest import FIREFOX, beacon

pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("redis-db-reads")]


class _Folds:
    def __init__(self):
        self.enqueued = 0

    def enqueue(self):
        self.enqueued += 1


@pytest.fixture(autouse=True)
def folds(monkeypatch):
    """Folds the beacon would enqueue, counted instead of run: each test folds by itself."""
    folds = _Folds()
    monkeypatch.setattr("articles.readership.views.fold_reads_task", folds)
    return folds


def _reads(article):
    return sum(ArticleReadHour.objects.filter(article=article).values_list("reads", flat=True))


def test_folding_twice_adds_nothing_the_second_time(client, article, reads_redis):
    beacon(client, article)
    beacon(client, article, agent=FIREFOX)
    assert fold.fold_reads() == 2
    assert fold.fold_reads() == 0
    assert _reads(article) == 2
    assert not reads_redis.exists(hour_key(hour_number()))


def test_reads_after_a_fold_go_to_the_next(client, article, reads_redis):
    beacon(client, article)
    fold.fold_reads()
    beacon(client, article)
    fold.fold_reads()
    row = ArticleReadHour.objects.get(article=article)
    assert (row.reads, row.readers) == (2, 1)


def test_a_worker_stopped_before_committing_leaves_the_batch_for_the_next(
    client, article, reads_redis, monkeypatch
):
    beacon(client, article)

    def stopped(*args, **kwargs):
        raise SystemExit("worker stopped")

    with monkeypatch.context() as patched:
        patched.setattr(fold, "_add", stopped)
        with pytest.raises(SystemExit):
            fold.fold_reads()
    assert _reads(article) == 0
    assert reads_redis.scard(fold.folding_key()) == 1
    beacon(client, article)  # a new read meanwhile, in a new hash
    assert fold.fold_reads() == 2
    assert _reads(article) == 2
    assert reads_redis.scard(fold.folding_key()) == 0


def test_a_worker_stopped_after_committing_adds_nothing_again(
    client, article, reads_redis, monkeypatch
):
    beacon(client, article)
    deleted = []
    real_delete = reads_redis.delete

    def stopped_before_delete(*names):
        if any(str(n).startswith(f"{counter.PREFIX}:fold:") for n in names) and not deleted:
            deleted.append(names)
            raise SystemExit("worker stopped")
        return real_delete(*names)

    monkeypatch.setattr(reads_redis, "delete", stopped_before_delete)
    monkeypatch.setattr(fold, "redis_client", lambda: reads_redis)
    with pytest.raises(SystemExit):
        fold.fold_reads()
    assert _reads(article) == 1
    assert ReadFold.objects.count() == 1
    assert fold.fold_reads() == 0
    assert _reads(article) == 1
    assert reads_redis.scard(fold.folding_key()) == 0


def test_the_beacon_enqueues_a_fold_once_a_minute(client, article, reads_redis, folds):
    for _ in range(3):
        beacon(client, article)
    assert folds.enqueued == 1
    reads_redis.delete(fold_due_key())
    beacon(client, article)
    assert folds.enqueued == 2
