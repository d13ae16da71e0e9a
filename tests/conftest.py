"""Fixtures shared by every test package."""

import os
import time

import django_ratelimit.core
import pytest
from django.conf import settings
from django.core.cache import cache, caches

from portal.page_cache import store
from tests import factories


def pytest_collection_modifyitems(config, items):
    """``@pytest.mark.postgresql`` tests are skipped, visibly, on another database."""
    engine = settings.DATABASES["default"]["ENGINE"]
    if "postgresql" in engine:
        return
    skip = pytest.mark.skip(reason=f"needs PostgreSQL; the test database is {engine}")
    for item in items:
        if item.get_closest_marker("postgresql"):
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def _clear_cache():
    """Rate limits, counters and kept pages live in the cache: each test starts clean."""
    cache.clear()
    store.TIMED.clear()
    store.KEYS_READ.clear()
    store.PARAMETERS.clear()
    yield
    cache.clear()
    store.TIMED.clear()
    store.KEYS_READ.clear()
    store.PARAMETERS.clear()


class RateClock:
    """django-ratelimit's clock: stopped when the test starts, moved only by hand.

    The limits count in windows of the clock: six posts sent across a
    window's end would be counted in two. Only this clock stops, not the
    whole process's (cache expiry, ticket ages and timeouts keep running).
    """

    def __init__(self, now: float):
        self.now = now

    def time(self) -> float:
        return self.now

    def move(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture(autouse=True)
def rate_clock(monkeypatch) -> RateClock:
    """The one clock the rate limits read in every test; ``rate_clock.move(s)`` moves it."""
    clock = RateClock(time.time())
    monkeypatch.setattr(django_ratelimit.core, "time", clock)
    return clock


@pytest.fixture
def category(db):
    return factories.make_category(name="Internasional", slug="internasional")


@pytest.fixture
def editor_user(db):
    return factories.make_editor(initials="WIL", username="wil")


@pytest.fixture
def article(db, category, editor_user):
    return factories.make_article(category=category, editor=editor_user)


@pytest.fixture
def yesterdays_draft(category, editor_user):
    """A complete draft created yesterday, its time the creation's placeholder."""
    return factories.make_draft_created(days_ago=1, category=category, editor=editor_user)


@pytest.fixture
def editor_client(client, editor_user):
    client.force_login(editor_user)
    return client


@pytest.fixture
def demo(db):
    """The demo newsroom as ``manage.py load_demo`` makes it."""
    from articles.demo.loader import load_demo

    return load_demo(with_accounts=False)


# The Redis database the reading tests flush; CI's Redis has it to itself.
READS_REDIS_URL = os.environ.get("READS_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


@pytest.fixture
def local_cache(settings):
    """A cache in this process's memory, whatever TEST_CACHE_URL names: reads go to the database."""
    settings.CACHES = {
        **settings.CACHES,
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    }
    # This cache, not whatever "default" names at teardown: a fixture set up
    # later (reads_redis) may still point it at a Redis other processes share.
    local = caches["default"]
    local.clear()
    yield
    local.clear()


@pytest.fixture
def reads_redis(settings, monkeypatch):
    """The shared cache in Redis (as in production): reads go through PFADD and the fold.

    Keys of their own (the cache's and the counters' prefix): tests in other
    processes may share the database.
    """
    import uuid

    from articles.readership import counter, visitors

    prefix = f"test-{uuid.uuid4().hex[:12]}"
    settings.CACHES = {
        **settings.CACHES,
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": READS_REDIS_URL,
            "KEY_PREFIX": prefix,
            "OPTIONS": {"CLIENT_CLASS": "django_redis.client.DefaultClient"},
        },
    }
    monkeypatch.setattr(counter, "PREFIX", f"{prefix}:reads")
    visitors._salts.clear()
    client = cache.client.get_client(write=True)
    yield client
    for key in client.scan_iter(match=f"{prefix}*", count=500):
        client.delete(key)
    visitors._salts.clear()
