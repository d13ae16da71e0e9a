"""Benchmark a live report's "what's new" answer, the way thousands of open pages ask for it.

    make bench-live                     # about three minutes
    BENCH_SECONDS=3 make bench-live     # a quicker run (wrk parts only)

Everything on this machine, on loopback, with production settings:

1. A scratch PostgreSQL database (``kabar_bench_live``, dropped and made
   anew) and Redis database 13 (flushed) as the shared cache; a live report
   with 200 entries (bench/live_site.py).
2. Two gunicorns (2 workers each) on that database and Redis, and Varnish
   (deploy/varnish/kabar.vcl) in front of the first; both app servers purge
   it, as production's would.
3. wrk (16 connections) on /robots.txt and on the answer an up-to-date page
   gets (``pembaruan/?sejak=<newest id>``) on the same gunicorn, twice each,
   alternating: the answer's req/s as a share of /robots.txt's. The target
   is 50 % or more.
4. wrk at 256 connections on the same answer through Varnish. Target:
   20,000 req/s or more.
5. 500 simulated open pages, each asking every 10 s from the newest entry it
   has (200 through Varnish, 150 on each gunicorn), while an editor posts an
   entry every 10 s (six entries) through ``live_entry_post``: how long each
   entry took to reach each page (target: every page within 20 s), the
   errors, and the renderings of the answer each app server made (from its
   log), per entry: each version should be rendered at most once per server.

Each figure is printed with its target and whether it holds; the script
exits 1 when one is missed. Every server is stopped and the database
dropped, whatever happens.

Environment: ``BENCH_SECONDS`` (default 10), ``BENCH_POSTGRES_URL`` (default
postgres://postgres@127.0.0.1:5432), ``BENCH_REDIS_URL`` (default
redis://127.0.0.1:6379/13).
"""

import asyncio
import contextlib
import json
import os
import random
import re
import secrets
import shutil
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import read_path as rp

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PYTHON = sys.executable
rp.DATABASE_NAME = "kabar_bench_live"
rp.REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/13")
LOCK = Path(tempfile.gettempdir()) / "kabar-bench-live.lock"
WORKERS = 2
CONNECTIONS = 16
PAGES = {"varnish": 200, "app A": 150, "app B": 150}
POLL_SECONDS = 10
POSTS = 6
POST_EVERY = 10
# After the last entry, how long pages may take to show it before it counts as missed.
GRACE = 25
RENDERED = re.compile(r"^Rendered (\S+)\?(\S*)$", re.MULTILINE)


def bench_seconds() -> int:
    return int(os.environ.get("BENCH_SECONDS", "10"))


def start_gunicorn(name: str, port: int, env: dict, workdir: Path) -> rp.Server:
    venv_gunicorn = Path(PYTHON).parent / "gunicorn"
    program = [str(venv_gunicorn)] if venv_gunicorn.exists() else [PYTHON, "-m", "gunicorn"]
    command = [*program, "portal.wsgi", "--workers", str(WORKERS), "--bind", f"127.0.0.1:{port}"]
    log = workdir / f"gunicorn-{name.split()[-1]}.log"
    server = rp.Server(f"gunicorn {name}", command, env=env, log=log)
    rp.wait_until_answers(server, port)
    return server


def start_varnish(port: int, backend: int, secret: str, workdir: Path) -> rp.Server:
    text = (ROOT / "deploy" / "varnish" / "kabar.vcl").read_text(encoding="utf-8")
    for placeholder, value in {
        "__BACKEND_HOST__": "127.0.0.1",
        "__BACKEND_PORT__": str(backend),
        "__PURGE_SECRET__": secret,
    }.items():
        text = text.replace(placeholder, value)
    vcl = workdir / "kabar.vcl"
    vcl.write_text(text, encoding="utf-8")
    vcl.chmod(0o644)
    varnishd = shutil.which("varnishd") or "/usr/sbin/varnishd"
    server = rp.varnishd_server(varnishd, vcl, port, workdir, storage="malloc,256m")
    rp.wait_until_answers(server, port, seconds=30)
    return server


# -- 500 open pages ------------------------------------------------------------------


async def _get(port: int, path: str, timeout: float = 10) -> tuple[int, bytes]:
    reader, writer = await asyncio.wait_for(asyncio.open_connection("127.0.0.1", port), timeout)
    try:
        writer.write(
            # HTTP/1.0: a whole body, never chunked.
            f"GET {path} HTTP/1.0\r\nHost: 127.0.0.1\r\nAccept: application/json\r\n"
            "Connection: close\r\n\r\n".encode()
        )
        await writer.drain()
        raw = await asyncio.wait_for(reader.read(), timeout)
    finally:
        writer.close()
        with contextlib.suppress(Exception):
            await writer.wait_closed()
    head, _, body = raw.partition(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    return status, body


class OpenPage:
    """One reader's open page: asks every 10 s from the newest entry it has, as live.js does."""

    def __init__(self, route: str, port: int, path: str, latest: int):
        self.route, self.port, self.path, self.latest = route, port, path, latest
        self.seen: dict[int, float] = {}
        self.polls = self.errors = 0
        self.first_error = ""

    async def run(self, stop: asyncio.Event) -> None:
        await asyncio.sleep(random.uniform(0, POLL_SECONDS))
        while not stop.is_set():
            began = time.monotonic()
            try:
                status, body = await _get(self.port, f"{self.path}?sejak={self.latest}")
                if status != 200:
                    raise OSError(f"HTTP {status}")
                answer = json.loads(body)
                now = time.time()
                for entry in answer["entri"]:
                    self.seen.setdefault(entry["id"], now)
                if answer["entri"]:
                    self.latest = max(self.latest, answer["entri"][0]["id"])
                self.polls += 1
            except (TimeoutError, OSError, ValueError, IndexError) as error:
                self.errors += 1
                self.first_error = self.first_error or f"{type(error).__name__}: {error}"
            with contextlib.suppress(asyncio.TimeoutError):
                wait = max(0.0, POLL_SECONDS - (time.monotonic() - began))
                await asyncio.wait_for(stop.wait(), wait)


async def _editor(env: dict, logs: dict[str, Path], marks: list, posts: list) -> None:
    for number in range(POSTS):
        await asyncio.sleep(POST_EVERY)
        marks.append({name: log.stat().st_size for name, log in logs.items()})
        process = await asyncio.create_subprocess_exec(
            PYTHON,
            str(HERE / "live_site.py"),
            "post",
            str(number),
            cwd=ROOT,
            env=env,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        out, err = await process.communicate()
        if process.returncode != 0:
            raise rp.BenchError(f"posting an entry failed:\n{err.decode()[-3000:]}")
        posts.append(json.loads(out.decode().strip().splitlines()[-1]))


async def open_pages(env, ports, path, latest, logs) -> dict:
    pages = [
        OpenPage(route, ports[route], path, latest)
        for route, count in PAGES.items()
        for _ in range(count)
    ]
    stop = asyncio.Event()
    tasks = [asyncio.create_task(page.run(stop)) for page in pages]
    marks: list[dict] = []
    posts: list[dict] = []
    try:
        await _editor(env, logs, marks, posts)
        # The last entry's window is as long as the others: past it, the
        # answers also expire by time (PAGE_CACHE_SECONDS).
        await asyncio.sleep(POST_EVERY)
        marks.append({name: log.stat().st_size for name, log in logs.items()})
        await asyncio.sleep(GRACE - POST_EVERY)
    finally:
        stop.set()
        await asyncio.gather(*tasks, return_exceptions=True)
    return {"pages": pages, "posts": posts, "marks": marks}


def renders_per_entry(logs: dict[str, Path], marks: list[dict], path: str) -> list[dict]:
    """For each entry's window (its post to the next), each server's renderings of the answer."""
    windows = []
    for start, end in zip(marks, marks[1:], strict=False):
        window = {}
        for name, log in logs.items():
            with log.open("rb") as handle:
                handle.seek(start[name])
                text = handle.read(end[name] - start[name]).decode(errors="replace")
            queries = Counter(q for p, q in RENDERED.findall(text) if p == path)
            window[name] = queries
        windows.append(window)
    return windows


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


# -- the run -------------------------------------------------------------------------


def run(stack: contextlib.ExitStack) -> bool:
    seconds = bench_seconds()
    wrk = rp.ensure_wrk()
    workdir = Path(tempfile.mkdtemp(prefix="kabar-bench-live-"))
    stack.callback(shutil.rmtree, workdir, ignore_errors=True)
    workdir.chmod(0o755)

    print("Setting up (scratch database, production settings, a live report)", flush=True)
    rp.create_database()
    stack.callback(rp._quietly(rp.drop_database, f"drop database {rp.DATABASE_NAME}"))
    rp.flush_redis()
    stack.callback(rp._quietly(rp.flush_redis, f"flush {rp.REDIS_URL}"))
    port_a, port_b, varnish_port = rp.free_port(), rp.free_port(), rp.free_port()
    secret = secrets.token_urlsafe(32)
    env = rp.site_env(port_a, workdir)
    env.update(
        SITE_URL="http://127.0.0.1",
        VARNISH_PURGE_URLS=f"http://127.0.0.1:{varnish_port}/",
        VARNISH_PURGE_SECRET=secret,
        LOG_LEVEL="INFO",
    )
    manage = [PYTHON, "manage.py"]
    rp.run_step("collectstatic", [*manage, "collectstatic", "--noinput", "-v0"], env)
    rp.run_step("migrate", [*manage, "migrate", "--noinput", "-v0"], env)
    seeded = rp.last_json(
        rp.run_step(
            "a live report with 200 entries", [PYTHON, str(HERE / "live_site.py"), "seed"], env
        )
    )
    path = f"{seeded['path']}pembaruan/"
    poll = f"{path}?sejak={seeded['latest']}"

    print(f"Starting two gunicorns ({WORKERS} workers each) and Varnish", flush=True)
    app_a = start_gunicorn("app A", port_a, env, workdir)
    stack.callback(rp._quietly(app_a.stop, "stop gunicorn A"))
    app_b = start_gunicorn("app B", port_b, env, workdir)
    stack.callback(rp._quietly(app_b.stop, "stop gunicorn B"))
    varnish = start_varnish(varnish_port, port_a, secret, workdir)
    stack.callback(rp._quietly(varnish.stop, "stop varnishd"))

    print(f"  the answer: {rp.describe_response(port_a, poll)}", flush=True)
    rp.run_wrk(wrk, port_a, poll, seconds=1, connections=CONNECTIONS)  # warm up
    rp.run_wrk(wrk, port_a, "/robots.txt", seconds=1, connections=CONNECTIONS)
    print(f"wrk on gunicorn A, {CONNECTIONS} connections, {seconds} s a run", flush=True)
    robots, answers = [], []
    for _ in range(2):
        robots.append(rp.run_wrk(wrk, port_a, "/robots.txt", seconds=seconds, connections=16))
        answers.append(rp.run_wrk(wrk, port_a, poll, seconds=seconds, connections=CONNECTIONS))
    robots_rps = statistics.mean(r["rps"] for r in robots)
    answer_rps = statistics.mean(r["rps"] for r in answers)

    print(f"wrk through Varnish, {rp.VARNISH_CONNECTIONS} connections", flush=True)
    rp.describe_response(varnish_port, poll)
    through = rp.run_wrk(
        wrk, varnish_port, poll, seconds=seconds, connections=rp.VARNISH_CONNECTIONS
    )

    print(
        f"500 open pages for {POSTS * POST_EVERY + GRACE} s, an entry posted every {POST_EVERY} s",
        flush=True,
    )
    ports = {"varnish": varnish_port, "app A": port_a, "app B": port_b}
    logs = {"app A": app_a.log, "app B": app_b.log}
    result = asyncio.run(open_pages(env, ports, path, seeded["latest"], logs))
    return report(robots_rps, answer_rps, robots, answers, through, result, logs, path)


def report(robots_rps, answer_rps, robots, answers, through, result, logs, path) -> bool:
    """Print the figures against their targets; True when every target holds."""
    pages, posts = result["pages"], result["posts"]
    latencies, missed = [], 0
    by_route: dict[str, list[float]] = {}
    for post in posts:
        for page in pages:
            seen = page.seen.get(post["id"])
            if seen is None:
                missed += 1
                continue
            delay = max(0.0, seen - post["posted"])
            latencies.append(delay)
            by_route.setdefault(page.route, []).append(delay)
    polls = sum(p.polls for p in pages)
    errors = sum(p.errors for p in pages)
    windows = renders_per_entry(logs, result["marks"], path)
    most = max((n for w in windows for q in w.values() for n in q.values()), default=0)
    per_entry = [sum(sum(q.values()) for q in w.values()) for w in windows]

    share = answer_rps / robots_rps * 100 if robots_rps else 0
    slowest = max(latencies, default=float("inf"))
    checks = [
        ("/robots.txt on gunicorn A", f"{robots_rps:,.0f} req/s", "", None),
        (
            "what's new (up to date) on gunicorn A",
            f"{answer_rps:,.0f} req/s, {share:.0f} % of /robots.txt",
            "≥ 50 %",
            share >= 50,
        ),
        (
            f"the same through Varnish, {rp.VARNISH_CONNECTIONS} connections",
            f"{through['rps']:,.0f} req/s, p99 {through['p99_ms']:.1f} ms",
            "≥ 20,000 req/s",
            through["rps"] >= 20_000,
        ),
        (
            "open pages / polls / errors",
            f"{len(pages)} / {polls:,} / {errors}",
            "0 errors",
            errors == 0,
        ),
    ]
    if latencies:
        checks.append(
            (
                "entry posted → shown on an open page",
                f"median {statistics.median(latencies):.1f} s, "
                f"p95 {percentile(latencies, 0.95):.1f} s, max {slowest:.1f} s",
                "every page ≤ 20 s",
                slowest <= 20,
            )
        )
    checks += [
        (
            "(entry, page) pairs never shown",
            f"{missed} of {len(posts) * len(pages)}",
            "0",
            missed == 0 and len(posts) == POSTS,
        ),
        ("renderings of the answer per entry (both servers)", f"{per_entry}", "", None),
        (
            "most renderings of one version on one server",
            f"{most}",
            "1",
            0 < most <= 1,
        ),
    ]
    print("\nResults")
    print("| measure | figure | target | holds |")
    print("|---|---|---|---|")
    for measure, figure, target, holds in checks:
        shown = "" if holds is None else ("yes" if holds else "NO")
        print(f"| {measure} | {figure} | {target} | {shown} |")
    for route, values in sorted(by_route.items()):
        print(f"  {route}: median {statistics.median(values):.1f} s, max {max(values):.1f} s")
    for route in PAGES:
        failed = [p for p in pages if p.route == route and p.errors]
        if failed:
            print(
                f"  {route}: {sum(p.errors for p in failed)} errors, e.g. {failed[0].first_error}"
            )
    errors_wrk = [rp.error_text(r) for r in (*robots, *answers, through)]
    print(f"  wrk errors: {', '.join(errors_wrk)}")
    for number, window in enumerate(windows):
        parts = [f"{name}: {dict(q) or '-'}" for name, q in window.items()]
        print(f"  entry {number + 1}: " + "; ".join(parts))
    return all(holds is not False for *_, holds in checks)


def main() -> int:
    held = rp.run_alone(LOCK, "bench/live.py", run)
    if held is None:
        return 1
    if not held:
        print("\nbench-live: a target was missed (NO above).", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
