"""Every app server reads deadlines on one clock: the shared cache's."""

import time

import pytest

from portal.page_cache import store


class _Redis:
    """Redis's ``TIME``, ``ahead`` of this host's clock; ``slow`` readings take long."""

    def __init__(self, ahead: float, slow: int = 0):
        self.ahead, self.slow = ahead, slow

    def time(self):
        now = time.time() + self.ahead
        if self.slow:
            # A slow answer is read late: its midpoint is 0.1 s off.
            self.slow -= 1
            time.sleep(0.2)
        return int(now), int((now % 1) * 1e6)


@pytest.fixture
def redis(settings, monkeypatch):
    settings.PAGE_CACHE_SHARED_CLOCK = True
    monkeypatch.setattr(store, "_offset", {"seconds": 0.0, "checked": float("-inf")})
    server = _Redis(ahead=100.0)
    monkeypatch.setattr(store, "shared_redis", lambda: server)
    return server


def test_the_clock_is_the_shared_caches_and_is_checked_again_each_minute(redis):
    assert abs(store.clock() - (time.time() + 100)) < 0.05
    redis.ahead = -50.0
    assert abs(store.clock() - (time.time() + 100)) < 0.05  # measured once a minute
    store._offset["checked"] = float("-inf")
    assert abs(store.clock() - (time.time() - 50)) < 0.05


def test_the_quickest_of_three_readings_is_trusted(redis):
    redis.slow = 2
    assert abs(store.clock() - (time.time() + 100)) < 0.05


def test_with_redis_down_the_last_offset_is_kept(redis):
    store.clock()

    def down():
        raise ConnectionError("Redis is down")

    redis.time = down
    store._offset["checked"] = float("-inf")
    assert abs(store.clock() - (time.time() + 100)) < 0.05


def test_without_a_shared_clock_this_hosts_is_used(settings):
    settings.PAGE_CACHE_SHARED_CLOCK = False
    assert abs(store.clock() - time.time()) < 0.5


def test_the_clock_of_the_cache_the_tests_run_on(settings, monkeypatch):
    """Redis (``TEST_CACHE_URL``) on this host has this host's time; other caches have none."""
    settings.PAGE_CACHE_SHARED_CLOCK = True
    monkeypatch.setattr(store, "_offset", {"seconds": 0.0, "checked": float("-inf")})
    redis = store.shared_redis()
    assert (redis is None) == (
        settings.CACHES["default"]["BACKEND"] != "django_redis.cache.RedisCache"
    )
    if redis is not None:
        seconds, _ = redis.time()
        assert abs(seconds - time.time()) < 2
    assert abs(store.clock() - time.time()) < 0.5
