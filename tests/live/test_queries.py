"""A live report's page and answer cost the same queries with 3 entries or 90."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from tests import factories

from .conftest import updates_url

pytestmark = pytest.mark.django_db


def _queries(path: str) -> int:
    cache.clear()
    with CaptureQueriesContext(connection) as captured:
        assert Client().get(path).status_code == 200
    return len(captured)


def _grow(post, count: int, prefix: str):
    authors = [factories.make_editor(initials=f"{prefix}{n}") for n in range(3)]
    return [
        post(f"<p>Pembaruan {n}.</p>", user=authors[n % 3], key_event=n % 4 == 0, pinned=n < 2)
        for n in range(count)
    ]


def test_the_page_and_the_answer_do_not_grow_with_the_entries(report, post, settings):
    settings.LIVE_ENTRIES_PER_PAGE = 2
    few = _grow(post, 3, "A")
    page, answer = report.get_absolute_url(), updates_url(report)
    small = (_queries(page), _queries(page + "?pembaruan=2"), _queries(answer))
    small_since = _queries(f"{answer}?sejak={few[0].pk}")
    many = _grow(post, 87, "B")
    large = (_queries(page), _queries(page + "?pembaruan=2"), _queries(answer))
    large_since = _queries(f"{answer}?sejak={many[-2].pk}")
    assert large == small
    assert large_since == small_since
    # Two renderings: without sejak (which says what sejak may be), then with it.
    assert large_since <= 12
