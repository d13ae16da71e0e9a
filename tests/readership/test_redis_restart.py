"""Reads survive Redis restarting mid-hour, with the persistence production keeps (AOF).

A Redis server of the test's own (append-only file, fsync on every write) is
killed and started again on the same files: the hour's counts, the day's
readers and a batch a stopped worker left behind are all still there, and
each read is folded into the database exactly once.
"""

import shutil
import signal
import subprocess
import time
from types import SimpleNamespace

import pytest
import redis
from django.core.cache import cache

from articles.readership import counter, fold, visitors
from articles.readership.models import ArticleReadHour
from tests.portal.production_env import free_port

from .conftest import FIREFOX, beacon

pytestmark = [pytest.mark.django_db, pytest.mark.servers]


class OwnRedis:
    """redis-server on loopback, persisted to an append-only file in ``workdir``."""

    def __init__(self, workdir):
        binary = shutil.which("redis-server")
        assert binary, "redis-server is needed (Debian package redis-server)"
        self.port = free_port()
        self.command = [
            binary,
            "--bind",
            "127.0.0.1",
            "--port",
            str(self.port),
            "--dir",
            str(workdir),
            "--appendonly",
            "yes",
            "--appendfsync",
            "always",
            "--save",
            "",
        ]
        self.process = None

    def start(self):
        self.process = subprocess.Popen(
            self.command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        client = redis.Redis(port=self.port, socket_timeout=1)
        deadline = time.monotonic() + 10
        while True:
            try:
                client.ping()
                break
            except redis.ConnectionError:
                assert time.monotonic() < deadline, "redis-server did not start"
                time.sleep(0.05)
        client.close()

    def crash(self):
        """Killed outright: no save on the way down, only what the AOF already holds."""
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)

    def stop(self):
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)


@pytest.fixture
def own_redis(settings, tmp_path, monkeypatch):
    server = OwnRedis(tmp_path)
    server.start()
    settings.CACHES = {
        **settings.CACHES,
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{server.port}/0",
            "OPTIONS": {"CLIENT_CLASS": "django_redis.client.DefaultClient"},
        },
    }
    # Folds happen when the test says, not when the beacon enqueues one.
    monkeypatch.setattr(
        "articles.readership.views.fold_reads_task", SimpleNamespace(enqueue=lambda: None)
    )
    visitors._salts.clear()
    yield server
    visitors._salts.clear()
    server.stop()


def _figures(article):
    rows = ArticleReadHour.objects.filter(article=article)
    return sum(r.reads for r in rows), sum(r.readers for r in rows)


def test_counts_and_readers_survive_a_redis_crash_mid_hour(client, article, own_redis):
    beacon(client, article)
    beacon(client, article)
    beacon(client, article, agent=FIREFOX)
    own_redis.crash()
    own_redis.start()
    # The same browser again after the restart: a read, not a new reader.
    visitors._salts.clear()
    beacon(client, article)
    assert fold.fold_reads() == 4
    assert _figures(article) == (4, 2)


def test_a_batch_a_stopped_worker_left_survives_a_redis_crash(
    client, article, own_redis, monkeypatch
):
    beacon(client, article)
    beacon(client, article, agent=FIREFOX)

    def stopped(*args, **kwargs):
        raise SystemExit("worker stopped")

    # The worker renamed the hour's hash to its batch and stopped before the commit.
    with monkeypatch.context() as patched:
        patched.setattr(fold, "_add", stopped)
        with pytest.raises(SystemExit):
            fold.fold_reads()
    assert _figures(article) == (0, 0)
    own_redis.crash()
    own_redis.start()
    assert cache.client.get_client(write=True).scard(fold.folding_key()) == 1
    beacon(client, article, agent=FIREFOX)
    assert fold.fold_reads() == 3
    assert _figures(article) == (3, 2)
    assert fold.fold_reads() == 0
    assert not cache.client.get_client(write=True).exists(counter.hour_key(counter.hour_number()))
