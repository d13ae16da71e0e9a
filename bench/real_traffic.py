"""Real traffic and hostile clients against the production stack: the cache must hold.

    make bench-traffic                  # about four minutes
    BENCH_SECONDS=5 make bench-traffic  # a quicker run

Production settings, a scratch PostgreSQL database (``kabar_bench_traffic``
on the shared server, dropped at the end), a Redis server of this run's own
(so that it can be stopped), the README's gunicorn line
(``gunicorn portal.wsgi --workers 3``) twice (app servers A and B), and
Varnish with deploy/varnish/kabar.vcl in front of A. Both app servers send
their purges to Varnish and to a listener of this script that counts them.
Demo content, 500 threaded comments and 5,000 votes on the seed article,
and 40 more articles. Then:

(a) 1,000 share clicks on the seed article through Varnish, each with its
    own tracking parameters in any order: how many reached the app.
(b) wrk on A: the plain article; then wrk varying ``page``, ``balas``,
    ``pilihan``, ``q`` and ``p`` (mostly made-up values, some real) with a
    random ``sessionid`` on every request, alone and then beside a second
    wrk of normal readers at 8 connections: its p99.
(c) One author edits their pending comment as fast as A answers for
    ``BENCH_EDIT_SECONDS``: purges sent, keys announced, and how the home
    page was answered meanwhile through Varnish and by A.
(d) wrk at 64 connections (32 on A, 32 on B) reading 50 different pages
    while a category is saved: the renderings of each page on each app
    server after the save, counted from the servers' logs.
(e) Redis stopped for 20 s while wrk reads and one client floods comment
    POSTs and searches on A: the flood's refusals (429) meanwhile.
(f) The cost of a request: on one more gunicorn (the same line, serving
    bench/bare_wsgi.py: the site plus a bare Django answer at ``/bare/``,
    without any middleware), wrk on ``/robots.txt`` and on ``/bare/``; and
    bench/request_cost.py's in-process profile of both, and of
    ``/robots.txt`` through every middleware.

Environment: ``BENCH_SECONDS`` (each wrk run, default 10),
``BENCH_EDIT_SECONDS`` (default 30), ``BENCH_POSTGRES_URL``, ``BENCH_VCL``.
"""

import contextlib
import datetime
import http.client
import http.server
import json
import os
import random
import re
import secrets
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlencode

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import load_faults as lf  # noqa: E402
import read_path as rp  # noqa: E402

ROOT = HERE.parent
PYTHON = sys.executable
TRACKING = [
    "utm_source", "utm_medium", "utm_campaign", "utm_content", "utm_term", "fbclid", "gclid",
    "dclid", "gbraid", "wbraid", "msclkid", "mc_cid", "mc_eid", "igshid", "yclid", "_ga",
    "ref_src",
]  # fmt: skip
EXTRA_ARTICLES = 40
OUTAGE_SECONDS = 20
BenchError = rp.BenchError


def _seconds(name: str, default: int) -> int:
    value = int(os.environ.get(name, default))
    if not 1 <= value <= 600:
        raise BenchError(f"{name} must be 1 to 600 seconds")
    return value


# -- helpers -----------------------------------------------------------------------


def request(port, method, path, *, headers=None, body=None, timeout=10):
    """(status, headers as a lower-case dict, body, Set-Cookie values)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        sent = {"Host": "127.0.0.1", **(headers or {})}
        conn.request(method, path, body=body, headers=sent)
        response = conn.getresponse()
        data = response.read()
        cookies = response.headers.get_all("Set-Cookie") or []
        return response.status, {k.lower(): v for k, v in response.getheaders()}, data, cookies
    finally:
        conn.close()


def cookie_value(cookies: list[str], name: str) -> str | None:
    for line in cookies:
        if line.startswith(f"{name}="):
            return line.split(";", 1)[0].split("=", 1)[1]
    return None


class PurgeCounter:
    """A stand-in CDN node that counts the purges (BAN) the app servers send."""

    def __init__(self):
        counter = self
        self.keys: list[str] = []
        self.lock = threading.Lock()

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_BAN(self):  # noqa: N802 (the HTTP method's name)
                with counter.lock:
                    counter.keys.append(self.headers.get("X-Kabar-Ban-Keys", ""))
                self.send_response(200)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def count(self) -> int:
        with self.lock:
            return len(self.keys)

    def stop(self):
        self.server.shutdown()


def log_lines(server, start: int = 0) -> list[str]:
    text = server.log.read_bytes()[start:].decode("utf-8", "replace")
    return text.splitlines()


def log_size(server) -> int:
    return server.log.stat().st_size


def renders(lines: list[str]) -> Counter:
    found = Counter()
    for line in lines:
        match = re.search(r"Rendered (\S+)", line)
        if match:
            found[match.group(1).rstrip("?")] += 1
    return found


def announced(lines: list[str]) -> int:
    return sum(1 for line in lines if "Announced " in line)


def wrk_script(workdir: Path, name: str, body: str) -> Path:
    path = workdir / f"{name}.lua"
    path.write_text(rp.LUA.read_text() + "\n" + body)
    return path


def run_wrk(wrk, port, path, *, seconds, connections, script=None) -> dict:
    """One wrk run (read_path's), with another script when given."""
    return rp.run_wrk(
        wrk, port, path, seconds=seconds, connections=connections, script=script or rp.LUA
    )


def in_background(function, *args, **kwargs):
    result = {}

    def target():
        try:
            result["value"] = function(*args, **kwargs)
        except Exception as error:  # reported by the caller
            result["error"] = error

    thread = threading.Thread(target=target)
    thread.start()
    return thread, result


def shell(env, code: str) -> str:
    return rp.run_step("manage.py shell", [PYTHON, "manage.py", "shell", "-c", code], env)


# -- the site --------------------------------------------------------------------------

SITE_CODE = """
import json
from django.utils import timezone
from datetime import timedelta
from articles.models import Article, Category, Tag
from articles.poll.models import ReactionOption
from comments.models import Comment
seed = Article.objects.get(slug__startswith="nato-rusia-serang")
for n in range(%(extra)d):
    Article.objects.get_or_create(
        slug=f"berita-tambahan-{n}",
        defaults=dict(
            title=f"Berita tambahan nomor {n}", lead="Ringkasan.", body="<p>Isi berita.</p>",
            status=Article.Status.PUBLISHED, category=seed.category, editor=seed.editor,
            published_at=timezone.now() - timedelta(hours=n + 1),
        ),
    )
pages = ["/"] + [c.get_absolute_url() for c in Category.objects.all()]
pages += [t.get_absolute_url() for t in Tag.objects.all()[:5]]
pages += [a.get_absolute_url() for a in Article.objects.published().order_by("-published_at")]
top = Comment.objects.approved().filter(article=seed, depth=0).order_by("created_at", "id")
print(json.dumps({
    "article": seed.get_absolute_url(),
    "article_id": seed.pk,
    "pages": list(dict.fromkeys(pages))[:50],
    "balas": list(top.values_list("pk", flat=True)[:20]),
    "options": list(ReactionOption.objects.filter(is_active=True).values_list("slug", flat=True)),
}))
"""


# -- (a) share clicks ------------------------------------------------------------------


def share_clicks(varnish_port: int, article: str, clicks: int = 1000) -> dict:
    request(varnish_port, "GET", article)  # the one copy every click should get
    rng = random.Random(7)
    reached, statuses = 0, Counter()
    for _ in range(clicks):
        names = rng.sample(TRACKING, rng.randint(1, 5))
        pairs = [(n if rng.random() < 0.8 else n.upper(), secrets.token_urlsafe(12)) for n in names]
        rng.shuffle(pairs)
        status, headers, _, _ = request(varnish_port, "GET", f"{article}?{urlencode(pairs)}")
        statuses[status] += 1
        if headers.get("x-cache") != "HIT":
            reached += 1
    return {"clicks": clicks, "reached": reached, "statuses": dict(statuses)}


# -- (b) hostile variation ---------------------------------------------------------------

HOSTILE_LUA = """
math.randomseed(os.time() + math.floor(os.clock() * 1000000))
local chars = "abcdefghijklmnopqrstuvwxyz0123456789"
local function rand(n)
  local out = {}
  for i = 1, n do
    local k = math.random(#chars)
    out[i] = chars:sub(k, k)
  end
  return table.concat(out)
end
local base = "%(path)s"
local balas = {%(balas)s}
local options = {%(options)s}
request = function()
  local r = math.random(100)
  local query
  if r <= 15 then query = "page=" .. math.random(1, 99999)
  elseif r <= 30 then query = "balas=" .. math.random(1, 999999999)
  elseif r <= 45 then query = "pilihan=" .. rand(8)
  elseif r <= 60 then query = "q=" .. rand(6)
  elseif r <= 75 then query = "p=" .. math.random(1, 999999)
  elseif r <= 85 then query = "page=" .. rand(3) .. "&balas=" .. rand(4) .. "&x=" .. rand(5)
  elseif r <= 90 then query = "balas=" .. balas[math.random(#balas)]
  elseif r <= 95 then query = "pilihan=" .. options[math.random(#options)]
  else query = "urutan=terbaru"
  end
  local headers = {}
  headers["Cookie"] = "sessionid=" .. rand(32) .. "; csrftoken=" .. rand(32)
  headers["Accept-Encoding"] = "gzip"
  return wrk.format("GET", base .. "?" .. query, headers)
end
"""

PAGES_LUA = """
local pages = {%(pages)s}
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", pages[(counter %% #pages) + 1], {["Accept-Encoding"] = "gzip"})
end
"""


def lua_strings(values) -> str:
    return ", ".join(json.dumps(str(v)) for v in values)


def hostile(wrk, port, site, workdir, seconds, server) -> dict:
    script = wrk_script(
        workdir,
        "hostile",
        HOSTILE_LUA
        % {
            "path": site["article"],
            "balas": lua_strings(site["balas"]),
            "options": lua_strings(site["options"]),
        },
    )
    article = site["article"]
    run_wrk(wrk, port, article, seconds=2, connections=16)
    plain = run_wrk(wrk, port, article, seconds=seconds, connections=16)
    run_wrk(wrk, port, article, seconds=2, connections=16, script=script)  # valid values kept
    before = log_size(server)
    alone = run_wrk(wrk, port, article, seconds=seconds, connections=16, script=script)
    rendered_alone = sum(renders(log_lines(server, before)).values())
    thread, normal = in_background(run_wrk, wrk, port, article, seconds=seconds, connections=8)
    beside = run_wrk(wrk, port, article, seconds=seconds, connections=16, script=script)
    thread.join()
    if "error" in normal:
        raise BenchError(f"the normal readers' wrk failed: {normal['error']}")
    return {
        "plain": plain,
        "hostile": alone,
        "hostile_beside": beside,
        "normal": normal["value"],
        "renders": rendered_alone,
    }


# -- (c) one author editing ------------------------------------------------------------


def author_edits(port, varnish_port, site, seconds, purges, servers) -> dict:
    origin = {"Origin": "http://127.0.0.1"}
    _, _, _, cookies = request(port, "GET", "/komentar/tiket.css")
    ticket = cookie_value(cookies, "kabar_tiket")
    time.sleep(3.5)  # COMMENTS_MIN_FORM_SECONDS
    form = {"name": "Pembaca Uji", "email": "uji@contoh.example", "url": "", "parent": ""}
    form["body"] = "Komentar saya yang menunggu moderasi."
    status, headers, _, cookies = request(
        port,
        "POST",
        f"/komentar/{site['article_id']}/",
        body=urlencode(form),
        headers={
            **origin,
            "Content-Type": "application/x-www-form-urlencoded",
            "Cookie": f"kabar_tiket={ticket}",
        },
    )
    if status != 303:
        raise BenchError(f"(c): the comment POST answered {status}")
    comment_id = int(headers["location"].rsplit("komentar-", 1)[1])
    author = cookie_value(cookies, "kabar_penulis")
    edit = f"/komentar/{comment_id}/sunting/"
    status, _, page, cookies = request(
        port, "GET", edit, headers={"Cookie": f"kabar_penulis={author}"}
    )
    token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', page)
    if status != 200 or not token:
        raise BenchError(f"(c): the edit page answered {status}")
    cookie = f"kabar_penulis={author}; csrftoken={cookie_value(cookies, 'csrftoken')}"
    token = token.group(1).decode()
    for target in (varnish_port, port):  # both tiers hold the home page
        request(target, "GET", "/")
        request(target, "GET", "/")
    sizes = [log_size(s) for s in servers]
    purges_before = purges.count()
    home = {"varnish": Counter(), "app": []}
    stop = threading.Event()

    def watch_home():
        while not stop.is_set():
            home["varnish"][request(varnish_port, "GET", "/")[1].get("x-cache")] += 1
            started = time.perf_counter()
            request(port, "GET", "/")
            home["app"].append((time.perf_counter() - started) * 1000)
            time.sleep(0.2)

    watcher = threading.Thread(target=watch_home)
    watcher.start()
    answers = Counter()
    deadline = time.monotonic() + seconds
    n = 0
    try:
        while time.monotonic() < deadline:
            n += 1
            body = urlencode({"csrfmiddlewaretoken": token, "body": f"Suntingan nomor {n}."})
            status, _, _, _ = request(
                port,
                "POST",
                edit,
                body=body,
                headers={
                    **origin,
                    "Referer": f"http://127.0.0.1{edit}",
                    "Content-Type": "application/x-www-form-urlencoded",
                    "Cookie": cookie,
                },
            )
            answers[status] += 1
    finally:
        stop.set()
        watcher.join()
    lines = [line for s, size in zip(servers, sizes, strict=True) for line in log_lines(s, size)]
    return {
        "edits": dict(answers),
        "per_second": sum(answers.values()) / seconds,
        "purges": purges.count() - purges_before,
        "announced": announced(lines),
        "home_varnish": dict(home["varnish"]),
        "home_app_renders": renders(lines).get("/", 0),
        "home_app_requests": len(home["app"]),
        "seconds": seconds,
    }


# -- (d) a category saved under load --------------------------------------------------


SAVE_CATEGORY = """
import json
from django.core.cache import cache
from articles.models import Category
name = "page-cache:gen:categories"
before = cache.get(name)
Category.objects.first().save()
print(json.dumps({"before": before, "after": cache.get(name)}))
"""


def category_save(wrk, ports, site, workdir, seconds, env, servers, redis_server) -> dict:
    script = wrk_script(workdir, "pages", PAGES_LUA % {"pages": lua_strings(site["pages"])})
    # Every page rendered now, so that none reaches its time during the run:
    # a rendering counted below is the category's doing.
    redis_server.flush()
    for port in ports:
        for path in site["pages"]:
            request(port, "GET", path)
    sizes = [log_size(s) for s in servers]
    runs = [
        in_background(run_wrk, wrk, port, "/", seconds=seconds, connections=32, script=script)
        for port in ports
    ]
    time.sleep(min(2, seconds / 4))
    saved = rp.last_json(shell(env, SAVE_CATEGORY))
    for thread, _ in runs:
        thread.join()
    per_server = [renders(log_lines(s, size)) for s, size in zip(servers, sizes, strict=True)]
    pages = {p.rstrip("?") for p in site["pages"]}
    counted = [{p: n for p, n in found.items() if p in pages} for found in per_server]
    return {
        "pages": len(pages),
        "renders": [sum(c.values()) for c in counted],
        "max_per_page": [max(c.values(), default=0) for c in counted],
        "rendered_pages": len(set().union(*counted)),
        "wrk": [result.get("value") for _, result in runs],
        "announced": saved["before"] != saved["after"],
    }


# -- (e) Redis down ----------------------------------------------------------------------


def redis_outage(wrk, port, site, redis_server, seconds_down) -> dict:
    origin = {"Origin": "http://127.0.0.1", "Content-Type": "application/x-www-form-urlencoded"}
    flood = {"comments": Counter(), "searches": Counter()}
    stop = threading.Event()
    phase = {"now": "before"}

    def flooder():
        n = 0
        while not stop.is_set():
            n += 1
            body = urlencode({"name": "Banjir", "email": "b@contoh.example", "body": f"Spam {n}"})
            status = request(
                port, "POST", f"/komentar/{site['article_id']}/", body=body, headers=origin
            )[0]
            flood["comments"][(phase["now"], status)] += 1
            status = request(port, "GET", f"/cari/?q=banjir{n % 50}")[0]
            flood["searches"][(phase["now"], status)] += 1
            time.sleep(0.02)

    thread = threading.Thread(target=flooder)
    thread.start()
    reads, result = in_background(run_wrk, wrk, port, "/", seconds=seconds_down + 10, connections=4)
    try:
        time.sleep(5)
        phase["now"] = "down"
        redis_server.stop()
        time.sleep(seconds_down)
        redis_server.start()
        phase["now"] = "after"
        reads.join()
    finally:
        stop.set()
        thread.join()
    return {"flood": flood, "reads": result.get("value"), "down": seconds_down}


# -- (f) the cost of a request ----------------------------------------------------------------


def request_cost(wrk, env, workdir, seconds, stack) -> dict:
    port = rp.free_port()
    command = [
        *lf.gunicorn_program(),
        "--pythonpath",
        str(HERE),
        "bare_wsgi",
        "--workers",
        "3",
        "--bind",
        f"127.0.0.1:{port}",
    ]
    server = rp.Server("gunicorn C", command, env=env, log=workdir / "C.log")
    stack.callback(rp._quietly(server.stop, "stop gunicorn C"))
    rp.wait_until_answers(server, port)
    for path in ("/bare/", "/robots.txt"):
        run_wrk(wrk, port, path, seconds=2, connections=16)
    robots = run_wrk(wrk, port, "/robots.txt", seconds=seconds, connections=16)
    bare = run_wrk(wrk, port, "/bare/", seconds=seconds, connections=16)
    server.stop()
    profile = rp.last_json(rp.run_step("profile", [PYTHON, str(HERE / "request_cost.py")], env))
    return {"robots": robots, "bare": bare, "profile": profile}


# -- report ---------------------------------------------------------------------------------


def report(info, a, b, c, d, e, f) -> list[tuple[str, str, str, bool]]:
    rows = []
    rows.append(
        (
            "(a) 1,000 share clicks through Varnish",
            "≤ 1% reach the app",
            f"{a['reached']} of {a['clicks']} reached the app ({a['reached'] / a['clicks']:.1%})",
            a["reached"] <= a["clicks"] * 0.01,
        )
    )
    share = b["hostile"]["rps"] / (b["plain"]["rps"] or 1)
    rows.append(
        (
            "(b) varied parameters and random sessionid, on gunicorn",
            "≥ 50% of the plain article's req/s",
            f"{b['hostile']['rps']:,.0f} vs {b['plain']['rps']:,.0f} req/s ({share:.0%}); "
            f"{b['renders']} renderings; errors {rp.error_text(b['hostile'])}",
            share >= 0.5,
        )
    )
    p99 = b["normal"]["p99_ms"]
    rows.append(
        (
            "(b) normal readers beside them, 8 connections",
            "p99 < 50 ms",
            f"p99 {p99:.1f} ms, p50 {b['normal']['p50_ms']:.1f} ms, "
            f"{b['normal']['rps']:,.0f} req/s (the varied ones: "
            f"{b['hostile_beside']['rps']:,.0f} req/s)",
            p99 < 50,
        )
    )
    hits = c["home_varnish"].get("HIT", 0)
    total = sum(c["home_varnish"].values())
    # The home page's own time (PAGE_CACHE_SECONDS) runs out during the edits:
    # that may cost a rendering by A, and Varnish a miss, each time; nothing else may.
    timed_out = c["seconds"] // 20 + 1
    rows.append(
        (
            f"(c) one author editing a pending comment for {c['seconds']} s",
            "0 purges; home a hit in both tiers",
            f"{sum(c['edits'].values())} edits ({c['per_second']:.0f}/s, answers {c['edits']}); "
            f"{c['purges']} purges, {c['announced']} announcements; home through Varnish "
            f"{hits}/{total} HIT; home rendered by A {c['home_app_renders']} times in "
            f"{c['home_app_requests']} requests (at most {timed_out}: its time ran out)",
            c["purges"] == 0
            and c["announced"] == 0
            and total - hits <= timed_out
            and c["home_app_renders"] <= timed_out,
        )
    )
    rows.append(
        (
            "(d) a category saved while 64 connections read 50 pages (A and B)",
            "each page rendered at most once per app server",
            f"renderings after the save: A {d['renders'][0]}, B {d['renders'][1]} "
            f"({d['rendered_pages']} of {d['pages']} pages); most for one page: "
            f"A {d['max_per_page'][0]}, B {d['max_per_page'][1]}; the save "
            + ("announced its key" if d["announced"] else "announced nothing"),
            max(d["max_per_page"]) <= 1 and d["announced"] and d["rendered_pages"] == d["pages"],
        )
    )
    down = {k: v for (when, k), v in e["flood"]["comments"].items() if when == "down"}
    searched = {k: v for (when, k), v in e["flood"]["searches"].items() if when == "down"}
    refused = down.get(429, 0) + searched.get(429, 0)
    reads = e["reads"] or {"requests": 0, "errors": 0, "bad_statuses": {}}
    rows.append(
        (
            f"(e) Redis stopped for {e['down']} s under mixed load",
            "the rate limits still refuse a flood",
            f"while down: comment POSTs {dict(down)}, searches {dict(searched)}: "
            f"{refused} refused (429); reads {reads['requests']:,}, errors {rp.error_text(reads)}",
            down.get(429, 0) > 0 and searched.get(429, 0) > 0,
        )
    )
    share = f["robots"]["rps"] / (f["bare"]["rps"] or 1)
    cost = f["profile"]
    rows.append(
        (
            "(f) /robots.txt against a bare Django answer, same gunicorn",
            "≥ 50%",
            f"{f['robots']['rps']:,.0f} vs {f['bare']['rps']:,.0f} req/s ({share:.0%}); "
            f"in-process {cost['robots_us']:.0f} µs vs {cost['bare_us']:.0f} µs a request "
            f"(through every middleware, without the page cache's answer: "
            f"{cost['robots_whole_stack_us']:.0f} µs)",
            share >= 0.5,
        )
    )
    return rows


def print_report(info, rows) -> None:
    print()
    print(f"## Real traffic and hostile clients ({info['date']})")
    print()
    print(f"- commit: {info['commit']}; {info['versions']}; nproc {info['nproc']}")
    print(
        "- production settings; gunicorn portal.wsgi --workers 3 (A, and B for (d)); "
        f"Varnish with deploy/varnish/kabar.vcl in front of A; wrk {info['seconds']} s a run"
    )
    print()
    print("| check | target | measured | holds |")
    print("| --- | --- | --- | --- |")
    for check, target, measured, holds in rows:
        print(f"| {check} | {target} | {measured} | {'yes' if holds else 'NO'} |")


# -- main ------------------------------------------------------------------------------------


def run(stack: contextlib.ExitStack) -> bool:
    seconds = _seconds("BENCH_SECONDS", 10)
    edit_seconds = _seconds("BENCH_EDIT_SECONDS", 30)
    wrk = rp.ensure_wrk()
    started = datetime.datetime.now().astimezone()
    workdir = Path(tempfile.mkdtemp(prefix="kabar-bench-traffic-"))
    stack.callback(__import__("shutil").rmtree, workdir, ignore_errors=True)
    workdir.chmod(0o755)
    print("Setting up (scratch database, a Redis of its own, production settings)", flush=True)
    rp.DATABASE_NAME = "kabar_bench_traffic"
    postgres_version = rp.create_database()
    stack.callback(rp._quietly(rp.drop_database, "drop the scratch database"))
    redis_server = lf.RedisServer(workdir)
    redis_server.start()
    stack.callback(rp._quietly(redis_server.stop, "stop redis-server"))
    purges = PurgeCounter()
    stack.callback(purges.stop)
    port_a, port_b, varnish_port = rp.free_port(), rp.free_port(), rp.free_port()
    secret = secrets.token_hex(24)
    env = rp.site_env(port_a, workdir)
    env.update(
        CACHE_URL=redis_server.url,
        SEARCH_RATE_LIMIT="30/m",
        VARNISH_PURGE_URLS=f"http://127.0.0.1:{varnish_port}/,http://127.0.0.1:{purges.port}/",
        VARNISH_PURGE_SECRET=secret,
    )
    manage = [PYTHON, "manage.py"]
    rp.run_step("collectstatic", [*manage, "collectstatic", "--noinput", "-v0"], env)
    rp.run_step("migrate", [*manage, "migrate", "--noinput", "-v0"], env)
    rp.run_step("load_demo", [*manage, "load_demo"], env)
    rp.run_step(
        "500 comments and 5,000 votes on the seed article",
        [PYTHON, str(HERE / "read_path_site.py"), "seed"],
        env,
    )
    site = rp.last_json(shell(env, SITE_CODE % {"extra": EXTRA_ARTICLES}))
    program = lf.gunicorn_program()
    servers = []
    for name, port in (("A", port_a), ("B", port_b)):
        command = [*program, "portal.wsgi", "--workers", "3", "--bind", f"127.0.0.1:{port}"]
        server = rp.Server(f"gunicorn {name}", command, env=env, log=workdir / f"{name}.log")
        stack.callback(rp._quietly(server.stop, f"stop gunicorn {name}"))
        rp.wait_until_answers(server, port)
        servers.append(server)
    vcl = lf.render_vcl(port_a, secret, workdir)
    varnish = lf.start_varnish(vcl, varnish_port, workdir)
    stack.callback(rp._quietly(varnish.stop, "stop varnishd"))

    print("(a) share clicks through Varnish", flush=True)
    a = share_clicks(varnish_port, site["article"])
    print("(b) varied parameters and cookies against gunicorn A", flush=True)
    b = hostile(wrk, port_a, site, workdir, seconds, servers[0])
    print(f"(c) one author editing for {edit_seconds} s", flush=True)
    c = author_edits(port_a, varnish_port, site, edit_seconds, purges, servers)
    print("(d) a category saved under load on A and B", flush=True)
    d = category_save(wrk, [port_a, port_b], site, workdir, seconds, env, servers, redis_server)
    print(f"(e) Redis stopped for {OUTAGE_SECONDS} s under load", flush=True)
    e = redis_outage(wrk, port_a, site, redis_server, OUTAGE_SECONDS)
    info = {
        "date": started.isoformat(timespec="seconds"),
        "commit": rp.git_commit(),
        "nproc": rp.nproc(),
        "seconds": seconds,
        "versions": f"PostgreSQL {postgres_version}, Redis {redis_server.version()}",
    }
    print("(f) the cost of a request", flush=True)
    f = request_cost(wrk, env, workdir, seconds, stack)
    rows = report(info, a, b, c, d, e, f)
    print_report(info, rows)
    print()
    print("Profile of /robots.txt as served (cumulative, in-process):")
    for line in f["profile"]["robots_profile"]:
        print(f"    {line}")
    print("Profile of /robots.txt through every middleware (cumulative, in-process):")
    for line in f["profile"]["whole_stack_profile"]:
        print(f"    {line}")
    return all(row[3] for row in rows)


def main() -> int:
    rp._terminate_on_sigterm()
    try:
        with contextlib.ExitStack() as stack:
            ok = run(stack)
    except BenchError as error:
        print(f"\nbench-traffic failed: {error}", file=sys.stderr)
        return 1
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
