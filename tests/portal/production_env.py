"""What the tests that start real servers share: a free port, a clean Redis, production env."""

import os
import socket
from pathlib import Path

import pytest
import redis


def free_port() -> int:
    """A loopback port nothing listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def flushed_redis(url: str) -> None:
    """Empty the Redis database at ``url``; fail (never skip) when Redis is not there."""
    try:
        redis.Redis.from_url(url, socket_timeout=5).flushdb()
    except redis.ConnectionError:
        pytest.fail("Redis must answer on 127.0.0.1:6379 (start it: see README).")


def production_env(workdir: Path, *, redis_url: str, secret_key: str, **overrides) -> dict:
    """The environment of a production server on loopback, behind one TLS proxy.

    SQLite in ``workdir``, the cache in ``redis_url``; ``overrides`` are
    more settings as environment variables.
    """
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_ALLOW_ASYNC_UNSAFE")}
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        SECRET_KEY=secret_key,
        ALLOWED_HOSTS="127.0.0.1",
        SITE_URL="https://127.0.0.1",
        # The requests come as if through one proxy (TLS or Varnish).
        TRUSTED_PROXY_COUNT="1",
        DATABASE_URL=f"sqlite:///{workdir / 'site.sqlite3'}",
        CACHE_URL=redis_url,
        STATIC_ROOT=str(workdir / "static"),
        SECURE_SSL_REDIRECT="False",
        **overrides,
    )
    return env
