"""Redis down: the site keeps serving and taking writes. Database down: kept pages, else 503."""

import time

import pytest
from django.db import OperationalError
from django.db.backends.base.base import BaseDatabaseWrapper
from django.test import Client
from django.utils import timezone

from articles.page_keys import comments_key
from articles.poll.models import ReactionVote
from comments.models import Comment
from portal.page_cache import store
from tests.comments.factories import post_comment

pytestmark = pytest.mark.django_db

# A Redis address nothing listens on: every cache call fails at once.
DOWN = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "redis://127.0.0.1:1/0",
        "OPTIONS": {
            "SOCKET_CONNECT_TIMEOUT": 0.2,
            "SOCKET_TIMEOUT": 0.2,
            "IGNORE_EXCEPTIONS": True,
        },
    },
    "limits": {
        "BACKEND": "portal.limits_cache.RedisOrLocalCache",
        "LOCATION": "redis://127.0.0.1:1/0",
        "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.2, "SOCKET_TIMEOUT": 0.2},
    },
}


def test_with_redis_down_pages_render_and_writes_are_kept(story, settings):
    settings.CACHES = DOWN
    settings.PAGE_LOCK_SECONDS = 6
    client = Client(raise_request_exception=False)
    for path in (story.get_absolute_url(), "/", "/cari/?q=NATO", "/feed/"):
        started = time.monotonic()
        assert client.get(path).status_code == 200, path
        # Nobody can hold a render lock: nobody waits for one.
        assert time.monotonic() - started < settings.PAGE_LOCK_SECONDS / 2, path
    response = post_comment(client, story, body="Tetap tersimpan saat cache mati.")
    assert response.status_code == 303
    assert Comment.objects.filter(body__contains="Tetap tersimpan").count() == 1
    vote = Client(raise_request_exception=False).post(
        f"/tanggapan/{story.pk}/", {"reaction": "sedih"}
    )
    assert vote.status_code == 303
    assert ReactionVote.objects.filter(option__slug="sedih").count() == 1


@pytest.fixture
def database_down(monkeypatch):
    """From the moment it is called, every new query fails as with the server gone."""

    def down():
        def refuse(*args, **kwargs):
            raise OperationalError("connection refused")

        monkeypatch.setattr(BaseDatabaseWrapper, "cursor", refuse)

    return down


def test_with_the_database_down_kept_pages_serve_and_the_rest_is_a_clean_503(
    story, database_down, monkeypatch
):
    client = Client(raise_request_exception=False)
    kept = story.get_absolute_url()
    assert client.get(kept).status_code == 200
    database_down()
    assert client.get(kept).status_code == 200
    refused = client.get(story.category.get_absolute_url())
    assert refused.status_code == 503
    assert "Layanan sementara tidak tersedia" in refused.content.decode()
    assert refused["Retry-After"] == "10"
    as_json = client.get("/kategori/lain/", HTTP_ACCEPT="application/json")
    assert as_json.status_code == 503 and "error" in as_json.json()
    monkeypatch.undo()
    assert client.get(story.category.get_absolute_url()).status_code == 200


def test_when_generations_cannot_be_read_nothing_kept_is_served(story, monkeypatch):
    """A generation the cache did not answer is never guessed: no page or fragment is reused."""
    url = story.get_absolute_url()
    assert "Komentar yang sudah disetujui." in Client().get(url).content.decode()
    # Changed behind the page cache's back: only a fresh rendering shows it.
    Comment.objects.filter(article=story).update(body="<p>Isi yang diam-diam berubah.</p>")
    monkeypatch.setattr(store.cache, "get_many", lambda names, **kw: {})
    monkeypatch.setattr(store.cache, "add", lambda *args, **kw: None)
    response = Client().get(url)
    assert "Isi yang diam-diam berubah." in response.content.decode()
    assert "no-cache" in response["Cache-Control"]


def test_an_announcement_the_cache_missed_is_tried_again(story, monkeypatch):
    """A moment of Redis timing out must not leave the old page served until it expires."""
    url = story.get_absolute_url()
    assert "Komentar yang sudah disetujui." in Client().get(url).content.decode()
    # Changed behind the page cache's back (no signal): only an announcement shows it.
    Comment.objects.filter(article=story).update(
        body="<p>Isi yang diam-diam berubah.</p>", updated_at=timezone.now()
    )
    real_set_many, refused = store.cache.set_many, []

    def times_out_once(data, *args, **kwargs):
        if not refused:
            refused.append(data)
            return None  # what a cache that fails open does on a timeout
        return real_set_many(data, *args, **kwargs)

    monkeypatch.setattr(store.cache, "set_many", times_out_once)
    store.announce([comments_key(story.pk)])
    assert refused, "the cache was never asked"
    assert "Isi yang diam-diam berubah." in Client().get(url).content.decode()


def test_an_announcement_the_cache_never_takes_is_logged(story, monkeypatch, caplog):
    monkeypatch.setattr(store.cache, "set_many", lambda *args, **kwargs: None)
    monkeypatch.setattr(store.cache, "get_many", lambda *args, **kwargs: {})
    store.announce(["articles", comments_key(story.pk)])
    logged = [r for r in caplog.records if r.name == store.__name__ and r.levelname == "ERROR"]
    assert len(logged) == 1
    assert f"articles {comments_key(story.pk)}" in logged[0].getMessage()
