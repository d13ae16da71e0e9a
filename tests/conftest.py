"""Fixtures shared by every test package."""

import time
from types import SimpleNamespace

import django_ratelimit.core
import pytest
from django.conf import settings
from django.core.cache import cache

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
    """Rate limits and counters live in the cache: each test starts clean."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _rate_limit_clock(monkeypatch):
    """django-ratelimit's clock, stopped when the test starts.

    It counts in windows of the clock: six posts sent across a window's end
    would be counted in two. A test that moves the clock patches it again.
    """
    now = time.time()
    monkeypatch.setattr(django_ratelimit.core, "time", SimpleNamespace(time=lambda: now))


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
def editor_client(client, editor_user):
    client.force_login(editor_user)
    return client


@pytest.fixture
def demo(db):
    """The demo newsroom as ``manage.py load_demo`` makes it."""
    from articles.demo.loader import load_demo

    return load_demo(with_accounts=False)
