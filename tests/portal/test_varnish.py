"""The CDN tier for real: Varnish with deploy/varnish/kabar.vcl in front of gunicorn.

gunicorn runs the production settings (SQLite file, Redis cache) and knows
Varnish as its purge target; ``varnishd`` runs the VCL rendered as
deploy/varnish/README.md says. Both listen on 127.0.0.1 only. Every request
has a timeout, and both servers are stopped at the end.

Without ``varnishd`` these tests fail rather than skip: ``make test``
installs Debian's ``varnish`` (``make varnish``).
"""

import gzip
import http.client
import os
import re
import shutil
import subprocess
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from .production_env import (
    COMMAND_TIMEOUT,
    REQUEST_TIMEOUT,
    ROOT,
    free_port,
    site_behind_varnish,
    start_gunicorn,
    start_varnish,
)
from .production_env import manage as _manage
from .production_env import request as _request

VCL_TEMPLATE = ROOT / "deploy" / "varnish" / "kabar.vcl"
# That Redis database is this file's own (TEST_VARNISH_REDIS_URL may name
# another): all its tests in one test process.
REDIS_URL = os.environ.get("TEST_VARNISH_REDIS_URL", "redis://127.0.0.1:6379/14")
pytestmark = [pytest.mark.servers, pytest.mark.xdist_group("redis-db-14")]
SEED_SLUG = "nato-rusia-serang-kota-kota-ukraina-karena-kalah-di-medan-perang"
SEED_PATH = f"/2022/10/11/{SEED_SLUG}/"
# The demo's comment that waits for moderation under the seed article.
PENDING_TEXT = "Apakah NATO akan mengirim bantuan pertahanan udara tambahan?"


@dataclass
class Cdn:
    port: int
    app_port: int
    secret: str
    article_id: int
    comment_id: int
    env: dict
    # A second app server on the same database and Redis, and both logs.
    other_port: int
    logs: tuple


def _varnishd() -> str:
    found = shutil.which("varnishd") or shutil.which("varnishd", path="/usr/sbin:/usr/local/sbin")
    if not found:
        pytest.fail("varnishd is missing: `make varnish` installs Debian's varnish package.")
    return found


@contextmanager
def rendered_vcl(*, host: str, port: int, secret: str):
    """The template rendered with the sed line of deploy/varnish/README.md.

    varnishd reads the file as its own unprivileged user, so it goes in a
    directory of its own under the system temp folder, readable by all:
    pytest's temp folders are closed to other users.
    """
    folder = Path(tempfile.mkdtemp(prefix="kabar-vcl-"))
    try:
        folder.chmod(0o755)
        target = folder / "kabar.vcl"
        _render(target, host=host, port=port, secret=secret)
        target.chmod(0o644)
        yield target
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _render(target: Path, *, host: str, port: int, secret: str) -> None:
    with target.open("w") as out:
        subprocess.run(
            [
                "sed",
                "-e",
                f"s/__BACKEND_HOST__/{host}/",
                "-e",
                f"s/__BACKEND_PORT__/{port}/",
                "-e",
                f"s/__PURGE_SECRET__/{secret}/",
                str(VCL_TEMPLATE),
            ],
            stdout=out,
            check=True,
            timeout=COMMAND_TIMEOUT,
        )


@pytest.fixture(scope="module")
def cdn(tmp_path_factory):
    varnishd = _varnishd()
    workdir = tmp_path_factory.mktemp("varnish")
    env, port, app_port, secret = site_behind_varnish(
        workdir, redis_url=REDIS_URL, secret_key="varnish-test-" + "k9Rw#4tZ!" * 6
    )
    _manage(env, "load_demo")
    ids = _manage(
        env,
        "shell",
        "-c",
        "from articles.models import Article; from comments.models import Comment; "
        f"a = Article.objects.get(slug={SEED_SLUG!r}); "
        "c = Comment.objects.get(article=a, status=Comment.Status.PENDING, "
        f"body__contains={PENDING_TEXT!r}); "
        "print(a.pk, c.pk)",
    )
    # The shell may print its automatic imports first: the ids are the last line.
    article_id, comment_id = (int(n) for n in ids.strip().splitlines()[-1].split())
    app_log, varnish_log = workdir / "gunicorn.log", workdir / "varnishd.log"
    other_port, other_log = free_port(), workdir / "gunicorn-b.log"
    with ExitStack() as stack:
        for port_, log in ((app_port, app_log), (other_port, other_log)):
            start_gunicorn(stack, port=port_, env=env, log=log)
        vcl = stack.enter_context(rendered_vcl(host="127.0.0.1", port=app_port, secret=secret))
        start_varnish(
            stack, varnishd=varnishd, workdir=workdir, port=port, vcl=vcl, log=varnish_log
        )
        yield Cdn(
            port, app_port, secret, article_id, comment_id, env, other_port, (app_log, other_log)
        )


def _get(cdn, path=SEED_PATH, **headers):
    return _request(cdn.port, "GET", path, headers=headers)


def _ban(cdn, keys, *, secret=None):
    """A BAN as the app sends it to each of VARNISH_PURGE_URLS."""
    headers = {"X-Kabar-Ban-Keys": keys}
    if secret is not None:
        headers["X-Kabar-Purge-Secret"] = secret
    conn = http.client.HTTPConnection("127.0.0.1", cdn.port, timeout=REQUEST_TIMEOUT)
    try:
        conn.request("BAN", "/", headers=headers)
        response = conn.getresponse()
        response.read()
        return response.status
    finally:
        conn.close()


def _backend_says(cdn, path=SEED_PATH) -> str:
    """The app's own caching headers for ``path``, to explain a failure."""
    response, _ = _request(cdn.app_port, "GET", path)
    names = ("Cache-Control", "Surrogate-Key", "Vary", "Set-Cookie")
    return "the app answers " + "; ".join(f"{n}: {response.getheader(n)!r}" for n in names)


def _stored(cdn, path=SEED_PATH) -> bytes:
    """Fetch ``path`` until Varnish serves it from its store; return the body."""
    for _ in range(3):
        response, body = _get(cdn, path)
        assert response.status == 200
        if response.getheader("X-Cache") == "HIT":
            return body
    pytest.fail(f"{path} is never served from the cache; {_backend_says(cdn, path)}")


def test_the_template_renders_and_compiles(tmp_path):
    with rendered_vcl(host="127.0.0.1", port=8000, secret="a" * 48) as vcl:
        assert not re.search(r"__[A-Z_]+__", vcl.read_text()), "a placeholder is left"
        result = subprocess.run(
            [_varnishd(), "-C", "-f", str(vcl), "-n", str(tmp_path / "varnishd")],
            capture_output=True,
            text=True,
            timeout=COMMAND_TIMEOUT,
        )
    assert result.returncode == 0, result.stderr[-3000:]


def test_second_anonymous_read_is_a_hit_with_the_same_body(cdn):
    first, first_body = _get(cdn)
    assert first.status == 200
    assert first.getheader("X-Cache") in {"MISS", "HIT"}, (
        f"X-Cache: {first.getheader('X-Cache')}; {_backend_says(cdn)}"
    )
    second, second_body = _get(cdn)
    assert second.getheader("X-Cache") == "HIT", _backend_says(cdn)
    assert second_body == first_body
    assert second.getheader("Surrogate-Key") is None
    assert second.getheader("Set-Cookie") is None

    zipped, zipped_body = _get(cdn, **{"Accept-Encoding": "gzip"})
    assert zipped.getheader("X-Cache") == "HIT"
    assert zipped.getheader("Content-Encoding") == "gzip"
    assert gzip.decompress(zipped_body) == first_body


def test_no_software_or_version_is_named(cdn):
    for path in (SEED_PATH, "/tidak-ada-halaman-ini/"):
        response, _ = _get(cdn, path)
        assert response.getheader("Via") is None and response.getheader("X-Varnish") is None
        assert not re.search(r"\d", response.getheader("Server") or ""), path
        assert "varnish" not in str(response.getheaders()).lower()


def test_sessions_and_writes_pass_other_cookies_share_the_page(cdn):
    shared = _stored(cdn)

    with_session, _ = _get(cdn, Cookie="sessionid=abc")
    assert with_session.getheader("X-Cache") == "PASS"
    # A commenter's own part of the page: passed, on that article only.
    own, _ = _get(cdn, Cookie="kabar_komentar=x")
    assert own.getheader("X-Cache") == "PASS"
    # A confirmation after a form without JavaScript (articles.notices): the same.
    notice, _ = _get(cdn, Cookie="kabar_pesan=x")
    assert notice.getheader("X-Cache") == "PASS"
    # The read beacon reaches the app, never a stored copy.
    counted, _ = _request(
        cdn.port,
        "POST",
        "/baca/",
        body="a=1",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert counted.status == 204
    assert counted.getheader("X-Cache") == "PASS"

    posted, _ = _request(
        cdn.port,
        "POST",
        SEED_PATH,
        body="a=1",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert posted.getheader("X-Cache") == "PASS"

    with_cookies, body = _get(cdn, Cookie="csrftoken=x; kabar_pembaca=y")
    assert with_cookies.getheader("X-Cache") == "HIT"
    assert body == shared
    assert with_cookies.getheader("Set-Cookie") is None


def test_the_readers_own_endpoints_pass_with_their_cookies(cdn):
    # The form ticket: given once, then kept while the browser shows it.
    first, _ = _get(cdn, "/komentar/tiket.css")
    assert first.getheader("X-Cache") == "PASS"
    ticket = first.getheader("Set-Cookie").split(";")[0]
    assert ticket.startswith("kabar_tiket=")
    again, _ = _get(cdn, "/komentar/tiket.css", Cookie=ticket)
    assert again.getheader("X-Cache") == "PASS"
    assert again.getheader("Set-Cookie") is None
    # The poll's own answer reads the reader's cookie.
    results, _ = _get(cdn, "/tanggapan/1/", Cookie="kabar_pembaca=x")
    assert results.getheader("X-Cache") == "PASS"


def test_ban_needs_the_secret_and_purges_by_whole_key(cdn):
    _stored(cdn)
    key = f"article-{cdn.article_id}"

    assert _ban(cdn, key) == 403
    assert _ban(cdn, key, secret="salah-" + cdn.secret) == 403
    assert _get(cdn)[0].getheader("X-Cache") == "HIT", "a refused BAN purged the page"

    # Keys match as whole words only: no key that merely contains another.
    assert _ban(cdn, f"{key}0 r{key[1:]}", secret=cdn.secret) == 200
    assert _get(cdn)[0].getheader("X-Cache") == "HIT", "a BAN of other keys purged the page"

    assert _ban(cdn, f"lain {key}", secret=cdn.secret) == 200
    response, _ = _get(cdn)
    assert response.getheader("X-Cache") == "MISS"
    assert _get(cdn)[0].getheader("X-Cache") == "HIT"

    unknown, _ = _request(cdn.port, "PURGE", SEED_PATH)
    assert unknown.status == 405


def test_approving_a_comment_purges_its_article(cdn):
    page = _stored(cdn)
    assert PENDING_TEXT.encode() not in page, "a comment awaiting moderation is public"

    _manage(
        cdn.env,
        "shell",
        "-c",
        "from django.contrib.auth import get_user_model; "
        "from comments.models import Comment; "
        "from comments.services import comment_moderate; "
        "moderator, _ = get_user_model().objects.get_or_create("
        "username='moderator-cdn', defaults={'is_staff': True}); "
        f"comment_moderate(comments=Comment.objects.filter(pk={cdn.comment_id}), "
        "status=Comment.Status.APPROVED, moderator=moderator)",
    )

    response, body = _get(cdn)
    assert response.getheader("X-Cache") == "MISS", (
        "approving the comment sent Varnish no BAN for "
        f"article-{cdn.article_id} (the app must BAN it on VARNISH_PURGE_URLS)"
    )
    assert PENDING_TEXT.encode() in body, _why_not_shown(cdn, response)


def _why_not_shown(cdn, response) -> str:
    """What each tier says when the approved comment is missing from the refetched page."""
    _, direct = _request(cdn.app_port, "GET", SEED_PATH)
    status = f"print(Comment.objects.get(pk={cdn.comment_id}).status)"
    stored = _manage(cdn.env, "shell", "-c", f"from comments.models import Comment; {status}")
    age, xid = response.getheader("Age"), response.getheader("X-Varnish")
    held = "holds" if PENDING_TEXT.encode() in direct else "lacks"
    return (
        "the approved comment is not on the refetched page; "
        f"Varnish: Age {age!r}, X-Varnish {xid!r}; the app's own page {held} it; "
        f"the comment's status is {stored.strip().splitlines()[-1]!r}; {_backend_says(cdn)}"
    )


def test_share_links_are_one_copy_whatever_their_tracking_parameters(cdn):
    shared = _stored(cdn)
    for query in (
        "?utm_source=whatsapp&utm_medium=social",
        "?fbclid=IwAR3x-abc_DEF&UTM_Campaign=pagi",
        "?gclid=Cj0KCQ&dclid=1&gbraid=2&wbraid=3&msclkid=4&mc_cid=5&mc_eid=6",
        "?igshid=7&yclid=8&_ga=2.1.3&ref_src=twsrc%5Etfw&utm_term=nato",
        "?x=1&fbclid=9",  # no page reads x either
    ):
        response, body = _get(cdn, SEED_PATH + query)
        assert response.getheader("X-Cache") == "HIT", (query, _backend_says(cdn))
        assert body == shared, query
    # The parameters a page reads are kept, in any order.
    first, _ = _get(cdn, SEED_PATH + "?urutan=terbaru&pilihan=senang&utm_source=x")
    assert first.status == 200
    again, _ = _get(cdn, SEED_PATH + "?fbclid=1&pilihan=senang&urutan=terbaru")
    assert again.getheader("X-Cache") == "HIT"


def _log_offsets(cdn) -> list[int]:
    return [log.stat().st_size for log in cdn.logs]


def _renders(cdn, offsets, path=SEED_PATH) -> int:
    count = 0
    for log, offset in zip(cdn.logs, offsets, strict=True):
        text = log.read_bytes()[offset:].decode("utf-8", "replace")
        count += sum(1 for line in text.splitlines() if line.endswith(f"Rendered {path}?"))
    return count


def _at_once(cdn, count=24) -> list[int]:
    """``count`` GETs of the seed article at the same moment, half on each app server."""
    barrier = threading.Barrier(count)

    def one(n):
        barrier.wait(timeout=REQUEST_TIMEOUT)
        port = cdn.app_port if n % 2 else cdn.other_port
        return _request(port, "GET", SEED_PATH)[0].status

    with ThreadPoolExecutor(count) as pool:
        return list(pool.map(one, range(count)))


def test_one_rendering_across_two_app_servers_whatever_made_the_page_stale(cdn):
    _request(cdn.app_port, "GET", SEED_PATH)
    # A change to what the page shows (its comments' key announced)...
    offsets = _log_offsets(cdn)
    _manage(
        cdn.env,
        "shell",
        "-c",
        f"from portal.page_cache import store; store.announce(['comments-{cdn.article_id}'])",
    )
    assert _at_once(cdn) == [200] * 24
    assert _renders(cdn, offsets) == 1
    # ...and an empty cache: the others wait for the one rendering.
    import redis

    redis.Redis.from_url(REDIS_URL, socket_timeout=5).flushdb()
    offsets = _log_offsets(cdn)
    assert _at_once(cdn) == [200] * 24
    assert _renders(cdn, offsets) == 1


def test_a_scheduled_article_ends_both_tiers_copies_at_its_time(cdn):
    due = time.time() + 6
    _manage(
        cdn.env,
        "shell",
        "-c",
        "import datetime; from django.utils import timezone; "
        "from articles.models import Article, Category; "
        "Article.objects.create(title='Terbit tepat waktu', slug='terbit-tepat-waktu', "
        "lead='Ringkasan.', body='<p>Isi.</p>', status=Article.Status.PUBLISHED, "
        "category=Category.objects.first(), editor=Article.objects.first().editor, "
        f"published_at=datetime.datetime.fromtimestamp({due}, tz=datetime.timezone.utc))",
    )
    home = _stored(cdn, "/")
    assert b"Terbit tepat waktu" not in home
    response, _ = _request(cdn.app_port, "GET", "/")
    control = dict(
        part.strip().split("=")
        for part in response.getheader("Cache-Control").split(",")
        if "=" in part
    )
    left = due - time.time()
    # Fresh and stale time together end when the article goes live.
    assert int(control["s-maxage"]) + int(control["stale-while-revalidate"]) <= left + 0.5
    time.sleep(max(0, due - time.time()) + 1)
    for _ in range(3):
        response, body = _get(cdn, "/")
        if b"Terbit tepat waktu" in body:
            break
        time.sleep(0.5)
    assert b"Terbit tepat waktu" in body, response.getheader("X-Cache")
