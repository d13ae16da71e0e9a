"""What a phone downloads to open the seed article, with and without photos.

    .venv/bin/python bench/page_weight.py

On a scratch SQLite database, a temporary media folder and Redis database 13
(flushed): production settings, ``collectstatic``, ``migrate`` and
``load_demo`` (every demo article gets a photo), then gunicorn on loopback.
Debian's Chromium opens the seed article as a phone does (360 x 740, no
scrolling: photos further down load lazily, as they would) and as a desktop
(1280 x 900), and every response's bytes on the wire are summed, headers
included. Then every article's featured photo is taken away and the same is
measured again: the page as it was before the photo library.
"""

import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/13")
CHROMIUM = os.environ.get("KABAR_CHROMIUM", "/usr/bin/chromium")
SEED_PREFIX = "nato-rusia-serang"
SCREENS = {"phone (360 px)": (360, 740), "desktop (1280 px)": (1280, 900)}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def site_env(workdir: Path, port: int) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        SECRET_KEY=secrets.token_urlsafe(60),
        ALLOWED_HOSTS="127.0.0.1",
        SITE_URL=f"http://127.0.0.1:{port}",
        SECURE_SSL_REDIRECT="False",
        DATABASE_URL=f"sqlite:///{workdir / 'site.sqlite3'}",
        CACHE_URL=REDIS_URL,
        STATIC_ROOT=str(workdir / "static"),
        MEDIA_ROOT=str(workdir / "media"),
        TASKS_REDIS_URL="",
    )
    return env


def manage(env: dict, *args: str) -> str:
    done = subprocess.run(
        [PYTHON, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True
    )
    if done.returncode != 0:
        raise SystemExit(f"manage.py {' '.join(args)} failed:\n{done.stdout}{done.stderr}")
    return done.stdout


def flush_redis(env: dict) -> None:
    manage(env, "shell", "-c", "from django.core.cache import cache; cache.clear()")


def seed_path(env: dict) -> str:
    code = (
        "from articles.models import Article; "
        f"print(Article.objects.get(slug__startswith='{SEED_PREFIX}').get_absolute_url())"
    )
    return manage(env, "shell", "-c", code).strip().splitlines()[-1]


def wait_until_answers(port: int, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/robots.txt", timeout=2)
            return
        except OSError:
            time.sleep(0.3)
    raise SystemExit("gunicorn did not answer")


@contextmanager
def demo_site(env: dict, port: int, *, workers: int = 2) -> Iterator[str]:
    """The demo site of ``env`` served by gunicorn on ``port``; the seed article's path.

    ``collectstatic``, ``migrate``, ``load_demo`` and an empty cache first;
    gunicorn (run from ``ROOT``) is stopped on the way out.
    """
    manage(env, "collectstatic", "--noinput", "-v0")
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "load_demo")
    flush_redis(env)
    path = seed_path(env)
    bind = f"127.0.0.1:{port}"
    server = subprocess.Popen(
        [PYTHON, "-m", "gunicorn", "portal.wsgi", "--bind", bind, "-w", str(workers)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        wait_until_answers(port)
        yield path
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=10)


def downloaded(url: str, size: tuple[int, int]) -> dict:
    """Bytes on the wire (headers and bodies) of every response opening ``url``."""
    from playwright.sync_api import sync_playwright

    totals = {"requests": 0, "bytes": 0, "images": 0, "image_bytes": 0}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=["--no-sandbox", "--disable-gpu"]
        )
        page = browser.new_page(viewport={"width": size[0], "height": size[1]})
        responses = []
        page.on("requestfinished", lambda request: responses.append(request))
        page.goto(url, wait_until="networkidle")
        for request in responses:
            sizes = request.sizes()
            count = sizes["responseBodySize"] + sizes["responseHeadersSize"]
            totals["requests"] += 1
            totals["bytes"] += count
            if request.resource_type == "image":
                totals["images"] += 1
                totals["image_bytes"] += count
        browser.close()
    return totals


def measure(base: str, path: str) -> dict:
    return {label: downloaded(base + path, size) for label, size in SCREENS.items()}


def main() -> None:
    workdir = Path(tempfile.mkdtemp(prefix="kabar-page-weight-"))
    port = free_port()
    env = site_env(workdir, port)
    with ExitStack() as stack:
        stack.callback(shutil.rmtree, workdir, ignore_errors=True)
        print("Setting up (production settings, SQLite, demo content with photos)", flush=True)
        path = stack.enter_context(demo_site(env, port))
        base = f"http://127.0.0.1:{port}"
        with_photos = measure(base, path)
        manage(
            env,
            "shell",
            "-c",
            "from articles.models import Article; Article.objects.update(featured_photo=None)",
        )
        flush_redis(env)
        without = measure(base, path)
        print()
        print(f"Seed article `{path}`, every response on the wire (headers included):")
        print()
        print("| screen | without photos | with photos | of which images | requests |")
        print("| --- | ---: | ---: | ---: | ---: |")
        for label in SCREENS:
            before, after = without[label], with_photos[label]
            print(
                f"| {label} | {before['bytes'] / 1024:.1f} KiB | {after['bytes'] / 1024:.1f} KiB "
                f"| {after['image_bytes'] / 1024:.1f} KiB ({after['images']}) "
                f"| {before['requests']} → {after['requests']} |"
            )


if __name__ == "__main__":
    main()
