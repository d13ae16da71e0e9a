"""What the tests that start real servers share.

A free port, a clean Redis, the production environment, ``manage.py`` in
it, a site migrated with its static collected (alone or to sit behind
Varnish; done once per test process, then copied), and the one harness
that starts a server (gunicorn, Varnish), waits until it answers and stops
it when the test's ``ExitStack`` closes.
"""

import http.client
import os
import secrets
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
from contextlib import ExitStack
from pathlib import Path
from typing import NamedTuple

import pytest
import redis

ROOT = Path(__file__).resolve().parents[2]
REQUEST_TIMEOUT = 10
COMMAND_TIMEOUT = 180
START_TIMEOUT = 30


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


def manage(env: dict, *args: str) -> str:
    """Run ``manage.py`` with ``env``; its output. A failure fails the test with its errors."""
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=COMMAND_TIMEOUT,
    )
    assert result.returncode == 0, f"manage.py {args[0]} failed:\n{result.stderr[-3000:]}"
    return result.stdout


# The first prepared site's freshly migrated database and collected static
# files: every later site in this test process starts from copies of them
# (migrating and collecting again would give the same, in 15 s).
_FIRST: dict[str, Path] = {}


def prepared_site(workdir: Path, *, redis_url: str, secret_key: str, **overrides) -> dict:
    """``production_env`` on an emptied ``redis_url``: the database migrated, static collected."""
    flushed_redis(redis_url)
    env = production_env(workdir, redis_url=redis_url, secret_key=secret_key, **overrides)
    database, static = workdir / "site.sqlite3", Path(env["STATIC_ROOT"])
    if _FIRST and _FIRST["database"].exists() and _FIRST["static"].is_dir():
        _copy_database(_FIRST["database"], database)
        shutil.copytree(_FIRST["static"], static)
        return env
    manage(env, "migrate", "--noinput")
    manage(env, "collectstatic", "--noinput")
    _copy_database(database, workdir / "migrated.sqlite3")
    _FIRST.update(database=workdir / "migrated.sqlite3", static=static)
    return env


def _copy_database(source: Path, target: Path) -> None:
    """A consistent copy of the SQLite database ``source`` (its journal included)."""
    origin, copy = sqlite3.connect(source), sqlite3.connect(target)
    try:
        origin.backup(copy)
    finally:
        origin.close()
        copy.close()


class VarnishSite(NamedTuple):
    """A prepared site that knows Varnish on ``port`` as its purge target."""

    env: dict
    port: int
    app_port: int
    secret: str


def site_behind_varnish(workdir: Path, *, redis_url: str, secret_key: str) -> VarnishSite:
    """``prepared_site`` for gunicorn on ``app_port`` behind Varnish on ``port``.

    Varnish's port and the purge ``secret`` are chosen here: the site
    purges through them, and the VCL is to be rendered with them.
    """
    port, app_port = free_port(), free_port()
    secret = secrets.token_hex(24)
    env = prepared_site(
        workdir,
        redis_url=redis_url,
        secret_key=secret_key,
        # Long enough that no page expires in the middle of a test: only a
        # BAN may turn a HIT into a MISS here.
        PAGE_CACHE_SECONDS="300",
        PAGE_STALE_SECONDS="30",
        VARNISH_PURGE_URLS=f"http://127.0.0.1:{port}/",
        VARNISH_PURGE_SECRET=secret,
    )
    return VarnishSite(env, port, app_port, secret)


def tail(path: Path) -> str:
    """The end of a server's log, for a failure's message."""
    try:
        return path.read_text(errors="replace")[-3000:]
    except OSError:
        return ""


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


def start(stack: ExitStack, command: list[str], log: Path, **kwargs) -> subprocess.Popen:
    """Start a server whose output goes to ``log``; it is stopped when ``stack`` closes."""
    with log.open("w") as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, **kwargs)
    stack.callback(stop, process)
    return process


def wait_until(answers, process: subprocess.Popen, log: Path, what: str) -> None:
    """Wait until ``answers()`` is true; fail at once if the server exits, or after a while."""
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"{what} exited ({process.returncode}):\n{tail(log)}")
        try:
            if answers():
                return
        except OSError:
            pass
        time.sleep(0.2)
    pytest.fail(f"{what} did not answer:\n{tail(log)}")


def start_gunicorn(
    stack: ExitStack, *, port: int, env: dict, log: Path, workers: int = 2
) -> subprocess.Popen:
    """gunicorn serving the site on 127.0.0.1:``port``, once it accepts connections."""
    command = [sys.executable, "-m", "gunicorn", "portal.wsgi", "--workers", str(workers)]
    process = start(stack, [*command, "--bind", f"127.0.0.1:{port}"], log, cwd=ROOT, env=env)

    def accepts():
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
        return True

    wait_until(accepts, process, log, f"gunicorn on port {port}")
    return process


def start_varnish(
    stack: ExitStack, *, varnishd: str, workdir: Path, port: int, vcl: Path, log: Path
) -> subprocess.Popen:
    """Varnish on 127.0.0.1:``port`` with ``vcl``, once it serves the app's robots.txt."""
    command = [varnishd, "-F", "-n", str(workdir / "varnishd"), "-a", f"127.0.0.1:{port}"]
    process = start(stack, [*command, "-f", str(vcl), "-s", "malloc,64m"], log)
    wait_until(
        lambda: request(port, "GET", "/robots.txt", timeout=2)[0].status == 200,
        process,
        log,
        f"varnishd on port {port}",
    )
    return process


def request(port, method, path, *, headers=None, body=None, timeout=REQUEST_TIMEOUT):
    """One request as the TLS terminator in front of the servers would pass it on."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        base = {"Host": "127.0.0.1", "X-Forwarded-Proto": "https"}
        conn.request(method, path, body=body, headers={**base, **(headers or {})})
        response = conn.getresponse()
        return response, response.read()
    finally:
        conn.close()
