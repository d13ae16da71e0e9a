"""A rendering's calls to the shared cache (Redis round trips) do not grow with its content."""

from collections import Counter

import pytest
from django.core.cache import cache
from django.test import Client

from tests.comments.factories import make_comment

pytestmark = pytest.mark.django_db

_CALLS = ("get", "get_many", "set", "set_many", "add", "delete", "incr")


@pytest.fixture
def cache_calls(monkeypatch):
    """Every call to the shared cache from now on, by method name.

    A call made inside another (the local-memory backend's ``get_many``
    calls ``get`` for each name) is part of that one: Redis answers it in
    one round trip.
    """
    counted, depth = Counter(), [0]
    for name in _CALLS:
        method = getattr(cache, name)

        def counting(*args, _name=name, _method=method, **kwargs):
            if not depth[0]:
                counted[_name] += 1
            depth[0] += 1
            try:
                return _method(*args, **kwargs)
            finally:
                depth[0] -= 1

        monkeypatch.setattr(cache, name, counting)
    return counted


def _add_threads(story, count: int) -> None:
    for n in range(count):
        top = make_comment(article=story, body=f"Utas nomor {n}.")
        make_comment(article=story, parent=top, body=f"Balasan untuk utas {n}.")


def _calls_on_an_empty_cache(story, cache_calls) -> Counter:
    cache.clear()
    cache_calls.clear()
    assert Client().get(story.get_absolute_url()).status_code == 200
    return Counter(cache_calls)


def test_an_empty_cache_costs_as_many_round_trips_for_one_thread_as_for_forty(story, cache_calls):
    few = _calls_on_an_empty_cache(story, cache_calls)
    _add_threads(story, 40)
    many = _calls_on_an_empty_cache(story, cache_calls)
    assert many == few
    # Each thread's HTML is looked up and kept in one call for all of them.
    assert many["get_many"] >= 1 and many["set_many"] == 1
    # Among them, a generation created for each key never announced yet.
    assert sum(many.values()) <= 26, many


def test_a_kept_page_is_answered_with_one_round_trip(story, cache_calls):
    from portal.page_cache import store

    _add_threads(story, 10)
    url = story.get_absolute_url()
    Client().get(url)
    cache_calls.clear()
    assert Client().get(url).status_code == 200
    # This process saw the page's keys: the entry and their generations at once.
    assert cache_calls == Counter(get_many=1)
    # Another process: the entry, then the generations of its keys.
    store.KEYS_READ.clear()
    cache_calls.clear()
    assert Client().get(url).status_code == 200
    assert cache_calls == Counter(get_many=2)


def test_a_page_with_a_parameter_it_reads_is_answered_with_one_round_trip(story, cache_calls):
    """The page without the parameter and the page with it come in the same round trip."""
    from portal.page_cache import store

    _add_threads(story, 3)
    comment = story.comments.filter(parent=None).first()
    url = f"{story.get_absolute_url()}?balas={comment.pk}&utm_source=wa"
    first = Client().get(url)
    assert f'value="{comment.pk}"' in first.content.decode()
    cache_calls.clear()
    again = Client().get(url)
    assert again.status_code == 200 and again.content == first.content
    assert cache_calls == Counter(get_many=1)
    # Another process: both entries at once, then the generations of their keys.
    store.KEYS_READ.clear()
    cache_calls.clear()
    assert Client().get(url).content == first.content
    assert cache_calls == Counter(get_many=2)
    # A value the page does not accept is looked for in the same round trip, in vain.
    cache_calls.clear()
    other = Client().get(f"{story.get_absolute_url()}?balas=999999")
    assert f'value="{comment.pk}"' not in other.content.decode()
    assert cache_calls == Counter(get_many=1)


def test_a_page_that_read_no_key_is_answered_without_a_round_trip(cache_calls, monkeypatch):
    from portal.page_cache import store

    first = Client().get("/robots.txt")
    cache_calls.clear()
    again = Client().get("/robots.txt")
    assert again.status_code == 200 and again.content == first.content
    assert cache_calls == Counter()
    # At its time it is asked for again, and rendered anew.
    later = store.clock() + 3600
    monkeypatch.setattr(store, "clock", lambda: later)
    assert Client().get("/robots.txt").status_code == 200
    assert cache_calls["get"] >= 1
