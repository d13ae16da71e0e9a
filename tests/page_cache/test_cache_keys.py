"""Pages and fragments are kept under a SHA-256 digest of their normalised name.

Whatever a reader puts in the address, the names in the shared cache have
a bounded length and hold none of it.
"""

import re

import pytest
from django.core.cache import cache
from django.test import Client

from portal.page_cache import middleware, store

pytestmark = pytest.mark.django_db

HOSTILE = "NATO\r\nSET x 1 <script>" + "ü" * 40 + "x" * 150


def _page_cache_names() -> list[str]:
    redis = store.shared_redis()
    if redis is not None:
        return [name.decode() for name in redis.scan_iter("*page-cache:*")]
    return [name for name in cache._cache if "page-cache:" in name]  # local memory


def test_kept_pages_and_fragments_are_named_by_a_digest(story):
    cache.clear()
    for path, query in (
        ("/cari/", {"q": HOSTILE}),
        ("/cari/", {"q": "NATO", "page": "1" * 300}),
        (story.get_absolute_url(), {"utm_source": HOSTILE, "pilihan": HOSTILE}),
    ):
        assert Client().get(path, query).status_code == 200
    names = _page_cache_names()
    kept = [name for name in names if ":page-cache:entry:" in name]
    # The search page, its results fragment, the article and its fragments.
    assert len(kept) >= 4, names
    search = middleware._name("http://testserver", "/cari/", {"q": HOSTILE})
    assert any(name.endswith(store.cache_key("entry", search)) for name in kept), names
    for name in names:
        kind, _, rest = name.partition("page-cache:")[2].partition(":")
        assert kind in ("entry", "lock", "gen"), name
        if kind != "gen":  # generations are named by keys the code declares
            assert re.fullmatch(r"[0-9a-f]{64}", rest), name
        assert len(name) < 100, name
        # Runs of twenty: no hex digest holds one by chance.
        assert not re.search(r"NATO|script|ü|x{20}|1{20}", name), name


def test_the_name_is_normalised_before_it_is_hashed():
    first = middleware._name("", "/cari/", {"q": "nato", "page": "2"})
    again = middleware._name("", "/cari/", {"page": "2", "q": "nato"})
    assert first == again == "/cari/?page=2&q=nato"
    assert store.cache_key("entry", first) == store.cache_key("entry", again)
    assert store.cache_key("entry", first) != store.cache_key("lock", first)
