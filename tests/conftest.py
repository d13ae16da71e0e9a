"""Fixtures shared by every test package."""

import pytest
from django.core.cache import cache

from tests import factories


@pytest.fixture(autouse=True)
def _clear_cache():
    """Rate limits and counters live in the cache: each test starts clean."""
    cache.clear()
    yield
    cache.clear()


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
