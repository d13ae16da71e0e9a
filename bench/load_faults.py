"""Mixed reads and writes on two app servers while Redis and PostgreSQL restart.

    make bench-faults                                   # about two minutes
    BENCH_FAULTS_REQUESTS=3000 make bench-faults        # a quicker run

(Much shorter runs may send the hot addresses too few writes for a 429, or
leave no rate-limit window outside the Redis restart: that check then fails.)

Everything runs on this machine, on loopback, and is stopped and removed at
the end, whatever happens:

- A throwaway PostgreSQL cluster of its own (``initdb`` in a temporary folder,
  owned by the ``postgres`` user when run as root; database
  ``kabar_bench_faults``) and a Redis server of its own (``--save ""
  --appendonly no``, database 13, the cache). Neither the machine's shared
  PostgreSQL nor its shared Redis is touched, so both can be restarted.
- Production settings, ``collectstatic``, ``migrate``, ``load_demo``, then
  comments and votes on the seed article (bench/read_path_site.py).
- Two gunicorn instances, A and B, on different ports, sharing that database
  and that Redis. Varnish (deploy/varnish/kabar.vcl, rendered with the sed
  line of its README) stands in front of A; ``SITE_URL`` is Varnish's
  address, and A and B send it their BANs (``VARNISH_PURGE_URLS``).
- Load: ``BENCH_FAULTS_REQUESTS`` operations from ``BENCH_FAULTS_CONCURRENCY``
  threads, paced at ``BENCH_FAULTS_RATE`` a second so that the run lasts long
  enough for the faults and for more than one rate-limit window:
  - 95% reads (seed article, home, its category, a search): half through
    Varnish, a quarter each straight to A and to B;
  - 4% votes (``POST /tanggapan/<id>/``): each from a new reader without a
    cookie, alternately to A and to B;
  - 1% comments: a browser's way, ``GET /komentar/tiket.css`` for the form
    ticket (from the other instance: tickets are signed, any instance takes
    them), then ``POST /komentar/<id>/`` with ``Origin``, a unique marker in
    the body, and sometimes a parent.
  The writes go straight to A and B, this script playing the one trusted
  proxy (``TRUSTED_PROXY_COUNT=1``): it names each write's client address in
  ``X-Forwarded-For``. Most writes come from an address of their own; some
  come from a few "hot" addresses, many times the low ``POLL_RATE_LIMIT``
  and ``COMMENTS_RATE_LIMIT`` of this run, so the shared limits must answer
  429 whichever instance is asked. Addresses are from 198.18.0.0/15, the
  range set aside for benchmarks.
- Faults, triggered by progress: at 25% of the operations Redis is
  terminated, left down for 2 s and started again on the same port; at 55%
  PostgreSQL is stopped (``pg_ctl stop -m fast``), left down for 3 s and
  started again.

Then the stored rows are counted and the answers checked:

- each accepted comment (303) is stored exactly once, a refused one never;
- each accepted vote (303) is stored exactly once, found by the reader id in
  its cookie, and the article gained exactly as many votes as were accepted;
- 429s happened for votes and for comments, and no client address got more
  accepted writes in a rate-limit window than the limit (django-ratelimit's
  fixed windows, worked out the way it does; windows the Redis restart cut
  through are left out, since their counts were lost with it);
- no 5xx but 503, and 503 only while PostgreSQL restarted (plus a 2 s
  settle); every 503 an Indonesian page with ``Retry-After``;
- every request answered; the site recovered by itself: the last
  ``BENCH_FAULTS_TAIL`` requests are all 2xx/3xx (no hot address writes
  there, so no 429 is expected).

Exit status 1 when a check fails or the run could not be made.

Environment: ``BENCH_FAULTS_REQUESTS`` (default 6000),
``BENCH_FAULTS_CONCURRENCY`` (16), ``BENCH_FAULTS_RATE`` (operations a second,
75), ``BENCH_FAULTS_TAIL`` (200), ``BENCH_FAULTS_LOGS`` (a folder to copy the
servers' logs to; by default they go with the run), ``BENCH_VCL`` (default
deploy/varnish/kabar.vcl). Without a PostgreSQL server program to run
(``initdb``), a scratch database on the shared server at
``BENCH_POSTGRES_URL`` is used instead and PostgreSQL is not restarted.
"""

import contextlib
import datetime
import gzip
import http.client
import itertools
import json
import os
import random
import re
import secrets
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import zlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode, urlsplit, urlunsplit

import read_path as rp
import read_path_site
from read_path import (
    PYTHON,
    VCL,
    BenchError,
    Server,
    _quietly,
    free_port,
    last_json,
    run_step,
    site_env,
    wait_until_answers,
)

HERE = Path(__file__).resolve().parent
SITE_HELPER = HERE / "load_faults_site.py"
LOCK = Path(tempfile.gettempdir()) / "kabar-bench-faults.lock"
DATABASE_NAME = "kabar_bench_faults"
REDIS_DB = 13
HOST_HEADER = "127.0.0.1"
WORKERS = 2  # per gunicorn instance: two instances on a two-core machine
REQUEST_TIMEOUT = 20  # seconds; no answer by then counts as "no answer"

# The mix, in shares of the operations.
COMMENT_SHARE = 0.01
VOTE_SHARE = 0.04
READ_WEIGHTS = {"article": 50, "home": 20, "category": 15, "search": 15}
SEARCH_WORDS = ["nuklir", "perang", "ukraina", "ekonomi", "nato"]

# Low limits so that one address must be refused; hot addresses send
# far more than this.
POLL_RATE_LIMIT = "5/m"
COMMENTS_RATE_LIMIT = "2/m"
HOT_VOTE_ADDRESSES = ["198.19.0.1", "198.19.0.2"]
HOT_COMMENT_ADDRESSES = ["198.19.1.1"]
HOT_VOTE_SHARE = 0.4
HOT_COMMENT_SHARE = 0.5

# Faults: when (share of the operations started) and how long down.
REDIS_AT, REDIS_DOWN_SECONDS = 0.25, 2.0
POSTGRES_AT, POSTGRES_DOWN_SECONDS = 0.55, 3.0
# After a server is back, this long still counts as its fault's window.
SETTLE_SECONDS = 2.0

ACCEPTED = {200, 303}
PHRASE_503 = "tidak tersedia"
WRITE_KINDS = ("vote", "comment")


def _int_env(name: str, default: int, low: int, high: int) -> int:
    raw = os.environ.get(name, str(default))
    try:
        value = int(raw)
    except ValueError:
        value = low - 1
    if not low <= value <= high:
        raise BenchError(f"{name} must be a whole number from {low} to {high}, not {raw!r}")
    return value


# -- the run's own Redis and PostgreSQL ------------------------------------------


class RedisServer:
    """A Redis server of this run's own on a free port; restartable on that port."""

    def __init__(self, workdir: Path):
        self.binary = shutil.which("redis-server")
        if not self.binary:
            raise BenchError("redis-server is not installed (Debian package `redis-server`).")
        self.workdir = workdir
        self.port = free_port()
        self.server: Server | None = None
        self.starts = 0

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/{REDIS_DB}"

    def start(self) -> None:
        self.starts += 1
        command = [
            self.binary,
            "--port",
            str(self.port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--daemonize",
            "no",
            "--dir",
            str(self.workdir),
        ]
        log = self.workdir / f"redis-{self.starts}.log"
        self.server = Server("redis-server", command, env=dict(os.environ), log=log)
        self._wait()

    def _wait(self, seconds: float = 20) -> None:
        import redis

        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if not self.server.alive():
                raise BenchError(f"redis-server exited:\n{self.server.log_tail()}")
            with contextlib.suppress(redis.RedisError):
                if redis.Redis.from_url(self.url, socket_timeout=1).ping():
                    return
            time.sleep(0.05)
        raise BenchError(f"redis-server did not answer on port {self.port}")

    def version(self) -> str:
        import redis

        return redis.Redis.from_url(self.url, socket_timeout=5).info("server")["redis_version"]

    def flush(self) -> None:
        import redis

        redis.Redis.from_url(self.url, socket_timeout=5).flushdb()

    def stop(self) -> None:
        if self.server is not None:
            self.server.stop()


def _postgres_bin() -> Path | None:
    """The newest installed PostgreSQL server programs' folder, if any."""
    found = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
    )
    if found:
        return found[-1].parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


class PostgresCluster:
    """A throwaway PostgreSQL cluster in a temporary folder, trust auth, loopback only.

    Run as root, every server command runs as the ``postgres`` user, which
    owns the folder (the server refuses to run as root).
    """

    def __init__(self, bindir: Path, workdir: Path):
        self.bindir = bindir
        self.datadir = workdir / "postgres"
        self.log = workdir / "postgres.log"
        self.port = free_port()
        self.running = False

    def _command(self, program: str, *args: str) -> list[str]:
        command = [str(self.bindir / program), *args]
        if os.geteuid() == 0:
            command = ["runuser", "-u", "postgres", "--", *command]
        return command

    def _run(self, label: str, command: list[str], timeout: float = 120) -> None:
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
        except subprocess.TimeoutExpired as error:
            raise BenchError(f"{label}: no answer after {timeout:.0f} s") from error
        if done.returncode != 0:
            output = (done.stdout + done.stderr).strip()[-3000:]
            log = self.log.read_text(errors="replace")[-2000:] if self.log.exists() else ""
            raise BenchError(f"{label} failed (exit {done.returncode}):\n{output}\n{log}")

    def init(self) -> None:
        self.datadir.mkdir(mode=0o700)
        self.log.touch()
        if os.geteuid() == 0:
            shutil.chown(self.datadir, "postgres", "postgres")
            shutil.chown(self.log, "postgres", "postgres")
        self._run(
            "initdb",
            self._command(
                "initdb",
                "-D",
                str(self.datadir),
                "-U",
                "postgres",
                "--auth=trust",
                "-E",
                "UTF8",
                "--locale=C",
                "--no-sync",
            ),
        )

    def start(self) -> None:
        # fsync off: a throwaway cluster, only ever stopped cleanly while in use.
        options = f"-p {self.port} -k {self.datadir} -c listen_addresses=127.0.0.1 -c fsync=off"
        pg_ctl = ("-D", str(self.datadir), "-l", str(self.log), "-w", "-t", "60", "-o", options)
        self._run("pg_ctl start", self._command("pg_ctl", *pg_ctl, "start"))
        self.running = True

    def stop(self, mode: str = "fast") -> None:
        if not self.running:
            return
        self._run(
            "pg_ctl stop",
            self._command("pg_ctl", "-D", str(self.datadir), "-w", "-t", "60", "-m", mode, "stop"),
        )
        self.running = False

    @property
    def server_url(self) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}"


def _postgres_admin(server_url: str, sql: str):
    import psycopg

    admin = urlunsplit(urlsplit(server_url)._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True, connect_timeout=5) as conn:
        cursor = conn.execute(sql)
        return cursor.fetchall() if cursor.description else None


# -- Varnish and gunicorn --------------------------------------------------------


def render_vcl(backend_port: int, secret: str, workdir: Path) -> Path:
    """The template rendered with the sed line of deploy/varnish/README.md."""
    target = workdir / "kabar.vcl"
    with target.open("w") as out:
        subprocess.run(
            [
                "sed",
                "-e",
                "s/__BACKEND_HOST__/127.0.0.1/",
                "-e",
                f"s/__BACKEND_PORT__/{backend_port}/",
                "-e",
                f"s/__PURGE_SECRET__/{secret}/",
                str(VCL),
            ],
            stdout=out,
            check=True,
            timeout=30,
        )
    # varnishd reads it as its own unprivileged user.
    target.chmod(0o644)
    return target


def start_varnish(vcl: Path, port: int, workdir: Path) -> Server:
    varnishd = shutil.which("varnishd") or shutil.which("varnishd", path="/usr/sbin")
    if not varnishd:
        raise BenchError("varnishd is not installed (Debian package `varnish`).")
    server = rp.varnishd_server(varnishd, vcl, port, workdir, storage="malloc,128m")
    wait_until_answers(server, port, seconds=30)
    return server


def gunicorn_program() -> list[str]:
    venv_gunicorn = Path(PYTHON).parent / "gunicorn"
    program = [str(venv_gunicorn)] if venv_gunicorn.exists() else [PYTHON, "-m", "gunicorn"]
    # gunicorn 25 and later open a control socket at one path in the home
    # folder, which two instances (or anyone else's) would fight over.
    done = subprocess.run([*program, "--help"], capture_output=True, text=True, timeout=30)
    if "--no-control-socket" in done.stdout:
        program.append("--no-control-socket")
    return program


def start_gunicorn(name: str, program: list[str], port: int, env: dict, workdir: Path) -> Server:
    command = [
        *program,
        "portal.wsgi",
        "--workers",
        str(WORKERS),
        "--bind",
        f"127.0.0.1:{port}",
        "--timeout",
        "60",
    ]
    server = Server(f"gunicorn {name}", command, env=env, log=workdir / f"gunicorn-{name}.log")
    wait_until_answers(server, port)
    return server


# -- the plan --------------------------------------------------------------------


@dataclass
class Op:
    index: int
    kind: str  # article, home, category, search, vote, comment
    route: str  # varnish, A, B
    address: str = ""
    hot: bool = False
    parent: int | None = None
    reaction: str = ""
    search: str = ""


def build_plan(total: int, tail: int, site: dict) -> list[Op]:
    """The operations in order, the same for every run of the same size."""
    rng = random.Random(20221011)
    n_comments = max(1, round(total * COMMENT_SHARE))
    n_votes = max(1, round(total * VOTE_SHARE))
    kinds = ["comment"] * n_comments + ["vote"] * n_votes
    read_kinds = [k for k in READ_WEIGHTS if k != "category" or site["category"]]
    weights = [READ_WEIGHTS[k] for k in read_kinds]
    kinds += rng.choices(read_kinds, weights=weights, k=total - len(kinds))
    rng.shuffle(kinds)
    read_routes = itertools.cycle(["varnish", "A", "varnish", "B"])
    write_routes = {"vote": itertools.cycle("AB"), "comment": itertools.cycle("BA")}
    unique = (f"198.18.{n // 250}.{n % 250 + 1}" for n in itertools.count())
    plan = []
    for index, kind in enumerate(kinds):
        if kind not in WRITE_KINDS:
            op = Op(index, kind, next(read_routes))
            if kind == "search":
                op.search = rng.choice(SEARCH_WORDS)
            plan.append(op)
            continue
        op = Op(index, kind, next(write_routes[kind]))
        hot_share = HOT_VOTE_SHARE if kind == "vote" else HOT_COMMENT_SHARE
        # No hot address in the tail: it shows the recovery, where 429 would blur it.
        op.hot = index < total - tail and rng.random() < hot_share
        if op.hot:
            op.address = rng.choice(HOT_VOTE_ADDRESSES if kind == "vote" else HOT_COMMENT_ADDRESSES)
        else:
            op.address = next(unique)
        if kind == "vote":
            op.reaction = rng.choice(site["reactions"])
        elif site["parents"] and rng.random() < 0.5:
            op.parent = rng.choice(site["parents"])
        plan.append(op)
    return plan


# -- the load --------------------------------------------------------------------


@dataclass
class Result:
    index: int
    kind: str  # the op's kind, or "ticket" for a comment's ticket request
    route: str
    start: float  # seconds since the load began
    end: float
    wall_start: float
    wall_end: float
    status: int  # 0: no answer
    error: str = ""
    address: str = ""
    hot: bool = False
    accepted: bool | None = None  # writes only
    marker: str = ""
    reader: str = ""
    retry_after: str | None = None
    indonesian: bool | None = None  # 503 only
    body_head: str = ""


@dataclass
class Answer:
    status: int
    headers: http.client.HTTPMessage | None
    body: bytes
    error: str = ""


@dataclass
class Run:
    """What the load saw, and what happened to the servers meanwhile."""

    t0: float = 0.0
    wall0: float = 0.0
    results: list[Result] = field(default_factory=list)
    events: dict = field(default_factory=dict)  # name -> seconds since t0
    fault_errors: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    started: int = 0

    def now(self) -> float:
        return time.monotonic() - self.t0

    def mark(self, name: str) -> None:
        self.events[name] = self.now()


class Load:
    def __init__(self, *, ports: dict, site: dict, site_url: str, run: Run):
        self.ports = ports  # route -> port
        self.site = site
        self.origin = site_url.rstrip("/")
        self.run = run
        self.comment_number = itertools.count(1)

    def request(self, route: str, method: str, path: str, headers: dict, body=None) -> Answer:
        conn = http.client.HTTPConnection("127.0.0.1", self.ports[route], timeout=REQUEST_TIMEOUT)
        try:
            conn.request(method, path, body=body, headers={"Host": HOST_HEADER, **headers})
            response = conn.getresponse()
            return Answer(response.status, response.msg, response.read())
        except (OSError, http.client.HTTPException) as error:
            return Answer(0, None, b"", f"{type(error).__name__}: {error}")
        finally:
            conn.close()

    def timed(self, op: Op, kind: str, route: str, method: str, path: str, headers, body=None):
        wall_start, start = time.time(), self.run.now()
        answer = self.request(route, method, path, headers, body)
        result = Result(
            index=op.index,
            kind=kind,
            route=route,
            start=start,
            end=self.run.now(),
            wall_start=wall_start,
            wall_end=time.time(),
            status=answer.status,
            error=answer.error,
            address=op.address,
            hot=op.hot,
        )
        if answer.status >= 500:
            _describe_error_page(result, answer)
        return result, answer

    def reader_headers(self, op: Op) -> dict:
        return {
            "User-Agent": "Mozilla/5.0 (X11; Linux x86_64) kabar-bench-faults",
            "Accept": "text/html,application/xhtml+xml",
            "Accept-Encoding": "gzip",
            "Accept-Language": "id-ID,id;q=0.9",
        }

    def perform(self, op: Op) -> list[Result]:
        if op.kind == "vote":
            return [self.vote(op)]
        if op.kind == "comment":
            return self.comment(op)
        path = {
            "article": self.site["article"],
            "home": "/",
            "category": self.site["category"],
            "search": f"/cari/?{urlencode({'q': op.search})}",
        }[op.kind]
        result, _ = self.timed(op, op.kind, op.route, "GET", path, self.reader_headers(op))
        return [result]

    def form_headers(self, op: Op) -> dict:
        return {
            **self.reader_headers(op),
            "Content-Type": "application/x-www-form-urlencoded",
            "Origin": self.origin,
            "Referer": self.origin + self.site["article"],
            "X-Forwarded-For": op.address,
        }

    def vote(self, op: Op) -> Result:
        path = f"/tanggapan/{self.site['article_id']}/"
        body = urlencode({"reaction": op.reaction})
        result, answer = self.timed(op, "vote", op.route, "POST", path, self.form_headers(op), body)
        result.accepted = answer.status in ACCEPTED
        if answer.headers is not None:
            cookie = _cookies(answer.headers).get("kabar_pembaca")
            if cookie:
                # A signed cookie: "<reader id>:<timestamp>:<signature>".
                result.reader = cookie.rsplit(":", 2)[0]
        return result

    def comment(self, op: Op) -> list[Result]:
        other = "A" if op.route == "B" else "B"
        headers = {**self.reader_headers(op), "X-Forwarded-For": op.address}
        headers["Accept"] = "text/css,*/*;q=0.1"
        ticket_result, answer = self.timed(
            op, "ticket", other, "GET", "/komentar/tiket.css", headers
        )
        ticket = _cookies(answer.headers).get("kabar_tiket") if answer.headers else None
        marker = f"KBF{op.index:05d}{secrets.token_hex(6)}"
        rng = random.Random(op.index)
        text = " ".join(rng.sample(read_path_site.SENTENCES, k=2))
        name = f"{rng.choice(read_path_site.FIRST_NAMES)} {rng.choice(read_path_site.LAST_NAMES)}"
        form = {
            "name": name.strip(),
            "email": f"pembaca{next(self.comment_number)}@contoh.example",
            "url": "",
            "body": f"{text}\n\n(penanda {marker})",
            "parent": str(op.parent) if op.parent else "",
            "situs_web": "",
        }
        headers = self.form_headers(op)
        if ticket:
            headers["Cookie"] = f"kabar_tiket={ticket}"
        path = f"/komentar/{self.site['article_id']}/"
        result, answer = self.timed(op, "comment", op.route, "POST", path, headers, urlencode(form))
        result.accepted = answer.status in ACCEPTED
        result.marker = marker
        return [ticket_result, result]


def _cookies(headers: http.client.HTTPMessage) -> dict:
    jar = SimpleCookie()
    for value in headers.get_all("Set-Cookie") or []:
        with contextlib.suppress(Exception):
            jar.load(value)
    return {name: morsel.value for name, morsel in jar.items()}


def _describe_error_page(result: Result, answer: Answer) -> None:
    body = answer.body
    if answer.headers is not None and answer.headers.get("Content-Encoding") == "gzip":
        with contextlib.suppress(OSError, EOFError, zlib.error):
            body = gzip.decompress(body)
    text = body.decode("utf-8", errors="replace")
    result.body_head = " ".join(text.split())[:160]
    if answer.status == 503:
        result.retry_after = answer.headers.get("Retry-After") if answer.headers else None
        result.indonesian = 'lang="id"' in text and PHRASE_503 in text.lower()


def run_load(load: Load, plan: list[Op], *, concurrency: int, rate: float, faults) -> None:
    run = load.run
    total = len(plan)
    next_index = itertools.count()
    run.t0, run.wall0 = time.monotonic(), time.time()

    def worker():
        while True:
            with run.lock:
                index = next(next_index)
                if index >= total:
                    return
            delay = run.t0 + index / rate - time.monotonic()
            if delay > 0:
                time.sleep(delay)
            with run.lock:
                run.started += 1
            results = load.perform(plan[index])
            with run.lock:
                run.results.extend(results)

    threads = [threading.Thread(target=worker, daemon=True) for _ in range(concurrency)]
    controller = threading.Thread(target=faults, args=(run, total), daemon=True)
    for thread in [*threads, controller]:
        thread.start()
    step = max(total // 10, 1)
    shown = 0
    while any(t.is_alive() for t in threads):
        time.sleep(0.5)
        if run.started >= shown + step:
            shown = run.started - run.started % step
            print(f"  {shown:,}/{total:,} operations started, {run.now():.1f} s", flush=True)
    controller.join(timeout=120)
    run.mark("load_end")


def make_faults(redis_server: RedisServer, postgres: PostgresCluster | None):
    def wait_for(run: Run, count: int) -> None:
        while run.started < count:
            time.sleep(0.05)

    def faults(run: Run, total: int) -> None:
        try:
            wait_for(run, int(total * REDIS_AT))
            run.mark("redis_stop")
            redis_server.stop()
            run.mark("redis_down")
            time.sleep(REDIS_DOWN_SECONDS)
            run.mark("redis_start")
            redis_server.start()
            run.mark("redis_up")
            if postgres is None:
                return
            wait_for(run, int(total * POSTGRES_AT))
            run.mark("postgres_stop")
            postgres.stop("fast")
            run.mark("postgres_down")
            time.sleep(POSTGRES_DOWN_SECONDS)
            run.mark("postgres_start")
            postgres.start()
            run.mark("postgres_up")
        except Exception as error:  # reported, and the load goes on
            run.fault_errors.append(f"{type(error).__name__}: {error}")

    return faults


# -- checks and the report --------------------------------------------------------


def windows(run: Run) -> dict:
    """Each fault's window in seconds since the load began: from stop to back + settle."""
    found = {}
    for name in ("redis", "postgres"):
        start, up = run.events.get(f"{name}_stop"), run.events.get(f"{name}_up")
        if start is not None:
            end = (up if up is not None else run.events.get("load_end", start)) + SETTLE_SECONDS
            found[name] = (start, end)
    return found


def overlaps(result: Result, window: tuple[float, float] | None) -> bool:
    return window is not None and result.start < window[1] and result.end > window[0]


def rate_window_end(address: str, wall: float, period: int) -> int:
    """The end of django-ratelimit's window for ``address`` at time ``wall`` (its formula)."""
    ts = int(wall)
    end = ts - (ts % period) + (zlib.crc32(address.encode()) % period)
    return end + period if end < ts else end


def parse_rate(rate: str) -> tuple[int, int]:
    count, unit = rate.split("/")
    return int(count), {"s": 1, "m": 60, "h": 3600, "d": 86400}[unit[-1]] * int(unit[:-1] or 1)


def rate_limit_report(results: list[Result], kind: str, rate: str, redis_wall) -> dict:
    """Accepted writes per hot address and rate-limit window; the largest such count.

    A request whose start and end fall in different windows may have been
    counted in either: it goes to a window the Redis restart cut through if
    one of the two was (those are reported apart: their counts were lost),
    else to the one with fewer. Counting it against a checked window when
    it may as well have fallen in a cut one would report a breach that the
    server need not have made.
    """
    limit, period = parse_rate(rate)

    def cut(end: int) -> bool:
        return redis_wall is not None and end - period < redis_wall[1] and end > redis_wall[0]

    by_address = defaultdict(list)
    for r in results:
        if r.kind == kind and r.hot:
            by_address[r.address].append(r)
    report = {"limit": limit, "period": period, "addresses": {}, "max": 0, "max_cut": 0}
    report["checked"] = 0
    for address, rows in sorted(by_address.items()):
        counts: Counter = Counter()
        per_route = defaultdict(Counter)
        ambiguous = []
        for r in rows:
            if not r.accepted:
                continue
            first = rate_window_end(address, r.wall_start, period)
            last = rate_window_end(address, r.wall_end, period)
            if first == last:
                counts[first] += 1
                per_route[first][r.route] += 1
            else:
                ambiguous.append((r, first, last))
        for r, first, last in ambiguous:
            chosen = min((first, last), key=lambda end: (not cut(end), counts[end]))
            counts[chosen] += 1
            per_route[chosen][r.route] += 1
        windows_seen = []
        for end, n in sorted(counts.items()):
            was_cut = cut(end)
            windows_seen.append(
                {"end": end, "accepted": n, "routes": per_route[end], "cut": was_cut}
            )
            key = "max_cut" if was_cut else "max"
            report[key] = max(report[key], n)
            report["checked"] += not was_cut
        statuses = Counter(r.status for r in rows)
        report["addresses"][address] = {"statuses": statuses, "windows": windows_seen}
    return report


def percentile(values: list[float], share: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


def status_text(counter: Counter) -> str:
    return ", ".join(f"{s or 'no answer'}×{n}" for s, n in sorted(counter.items())) or "none"


def statuses_of(results: list[Result]) -> str:
    return status_text(Counter(r.status for r in results))


def clock(wall: float) -> str:
    return datetime.datetime.fromtimestamp(wall).strftime("%H:%M:%S.%f")[:-3]


def check_all(run: Run, verified: dict, site: dict, tail: int, postgres_restarted: bool):
    """[(name, passed, detail)] for every check."""
    results = run.results
    fault_windows = windows(run)
    pg = fault_windows.get("postgres")
    redis = fault_windows.get("redis")
    checks = []

    comments = [r for r in results if r.kind == "comment"]
    rows = verified["comment_rows"]
    accepted = [r for r in comments if r.accepted]
    refused = [r for r in comments if not r.accepted and r.status]
    unanswered = [r for r in comments if not r.status]
    bad = [f"{r.marker}: {rows[r.marker]} rows" for r in accepted if rows[r.marker] != 1]
    bad += [f"{r.marker} ({r.status}): {rows[r.marker]} rows" for r in refused if rows[r.marker]]
    bad += [
        f"{r.marker} (no answer): {rows[r.marker]} rows" for r in unanswered if rows[r.marker] > 1
    ]
    checks.append(
        (
            "each accepted comment stored once, refused ones never",
            not bad and bool(accepted),
            f"{len(accepted)} accepted, {len(refused)} refused, {len(unanswered)} unanswered"
            + (f"; wrong: {'; '.join(bad[:5])}" if bad else "")
            + ("" if accepted else "; no comment was accepted"),
        )
    )
    new_comments = verified["comments_after"] - site["comments_before"]
    on_article = sum(rows[r.marker] for r in comments)
    checks.append(
        (
            "the article gained exactly the accepted comments",
            new_comments == on_article == len(accepted),
            f"{new_comments} new rows on the article, {len(accepted)} accepted",
        )
    )

    votes = [r for r in results if r.kind == "vote"]
    accepted_votes = [r for r in votes if r.accepted]
    vote_rows = verified["vote_rows"]
    no_reader = [r for r in accepted_votes if not r.reader]
    wrong = [n for r in accepted_votes if r.reader and (n := vote_rows.get(r.reader, 0)) != 1]
    new_votes = verified["votes_after"] - site["votes_before"]
    unanswered_votes = sum(1 for r in votes if not r.status)
    checks.append(
        (
            "each accepted vote stored once (by its reader cookie)",
            not no_reader and not wrong and bool(accepted_votes),
            f"{len(accepted_votes)} accepted; {len(no_reader)} without a reader cookie; "
            f"{len(wrong)} readers with other than 1 row"
            + (f" ({Counter(wrong)})" if wrong else ""),
        )
    )
    checks.append(
        (
            "the article gained exactly the accepted votes",
            len(accepted_votes) <= new_votes <= len(accepted_votes) + unanswered_votes,
            f"{new_votes} new vote rows, {len(accepted_votes)} accepted, "
            f"{unanswered_votes} unanswered",
        )
    )

    redis_wall = (run.wall0 + redis[0], run.wall0 + redis[1]) if redis else None
    for kind, rate in (("vote", POLL_RATE_LIMIT), ("comment", COMMENTS_RATE_LIMIT)):
        report = rate_limit_report(results, kind, rate, redis_wall)
        limited = sum(1 for r in results if r.kind == kind and r.status == 429)
        per_address = "; ".join(
            f"{address}: {status_text(a['statuses'])}, accepted per window "
            + ", ".join(
                f"{w['accepted']}{'*' if w['cut'] else ''}"
                f" (A {w['routes'].get('A', 0)}, B {w['routes'].get('B', 0)})"
                for w in a["windows"]
            )
            for address, a in report["addresses"].items()
        )
        checks.append(
            (
                f"{kind} rate limit {rate} held across A and B",
                limited > 0 and report["checked"] > 0 and report["max"] <= report["limit"],
                f"{limited}×429; {report['checked']} windows checked, "
                f"most accepted in one {report['max']} "
                f"(limit {report['limit']}); * = window cut by the Redis restart "
                f"(most {report['max_cut']}, not checked); {per_address}",
            )
        )

    server_errors = [r for r in results if r.status >= 500]
    outside = [r for r in server_errors if not (r.status == 503 and overlaps(r, pg))]
    checks.append(
        (
            "no 5xx but 503 while PostgreSQL restarted",
            not outside,
            f"{len(server_errors)} 5xx in all ({statuses_of(server_errors)})"
            + (
                "; outside that: "
                + ", ".join(
                    f"{r.kind} {r.route} {r.status} at {r.start:.1f} s: {r.body_head[:60]!r}"
                    for r in outside[:6]
                )
                if outside
                else ""
            ),
        )
    )
    in_redis = [r for r in results if overlaps(r, redis) and (r.status >= 500 or not r.status)]
    checks.append(
        (
            "no 5xx and no lost request while Redis restarted",
            not in_redis,
            f"{len(in_redis)} such answers"
            + (f": {status_text(Counter(r.status for r in in_redis))}" if in_redis else ""),
        )
    )
    answers_503 = [r for r in results if r.status == 503]
    poor = [r for r in answers_503 if not (r.indonesian and r.retry_after)]
    checks.append(
        (
            f"every 503 an Indonesian page ({PHRASE_503!r}) with Retry-After",
            not poor,
            f"{len(answers_503)} answers 503"
            + (
                f"; {len(poor)} not: e.g. {poor[0].kind} via {poor[0].route}, Retry-After "
                f"{poor[0].retry_after!r}, {poor[0].body_head[:80]!r}"
                if poor
                else ""
            ),
        )
    )
    if postgres_restarted:
        in_pg = [r for r in results if overlaps(r, pg)]
        checks.append(
            (
                "PostgreSQL's restart was seen by the load",
                bool(in_pg),
                f"{len(in_pg)} requests in its window",
            )
        )
    lost = [r for r in results if not r.status]
    checks.append(
        (
            "every request answered",
            not lost,
            f"{len(lost)} without an answer"
            + (f", e.g. {lost[0].kind} via {lost[0].route}: {lost[0].error}" if lost else ""),
        )
    )
    last = sorted(results, key=lambda r: r.start)[-tail:]
    not_ok = [r for r in last if not 200 <= r.status < 400]
    checks.append(
        (
            f"recovered by itself: the last {len(last)} requests all 2xx/3xx",
            not not_ok,
            f"from {last[0].start:.1f} s; not 2xx/3xx: {statuses_of(not_ok)}"
            if not_ok
            else f"from {last[0].start:.1f} s",
        )
    )
    if run.fault_errors:
        checks.append(("the faults were injected", False, "; ".join(run.fault_errors)))
    return checks


def print_report(info: dict, run: Run, checks: list) -> None:
    results = run.results
    print()
    print(f"## Load with faults ({info['date']})")
    print()
    for line in info["lines"]:
        print(f"- {line}")
    print()
    print("| kind | route | requests | statuses | p50 | p99 |")
    print("| --- | --- | ---: | --- | ---: | ---: |")
    groups = defaultdict(list)
    for r in results:
        groups[(r.kind, r.route)].append(r)
    order = ["article", "home", "category", "search", "vote", "ticket", "comment"]
    for (kind, route), rows in sorted(
        groups.items(), key=lambda g: (order.index(g[0][0]), g[0][1])
    ):
        latencies = [(r.end - r.start) * 1000 for r in rows]
        print(
            f"| {kind} | {route} | {len(rows):,} | {status_text(Counter(r.status for r in rows))} "
            f"| {percentile(latencies, 0.5):.1f} ms | {percentile(latencies, 0.99):.1f} ms |"
        )
    latencies = [(r.end - r.start) * 1000 for r in results]
    print(
        f"| all | | {len(results):,} | {status_text(Counter(r.status for r in results))} "
        f"| {percentile(latencies, 0.5):.1f} ms | {percentile(latencies, 0.99):.1f} ms |"
    )
    print()
    events = run.events

    def at(name: str) -> str:
        if name not in events:
            return "?"
        return f"{clock(run.wall0 + events[name])} (+{events[name]:.1f} s)"

    print("Faults (times since the load began):")
    fault_windows = windows(run)
    described = {
        "redis": (
            f"Redis: terminated {at('redis_stop')}, exited {at('redis_down')}, started again "
            f"{at('redis_start')}, answering {at('redis_up')}"
        ),
        "postgres": (
            f"PostgreSQL: stop -m fast {at('postgres_stop')}, stopped {at('postgres_down')}, "
            f"started again {at('postgres_start')}, ready {at('postgres_up')}"
        ),
    }
    for name, text in described.items():
        if name not in fault_windows:
            print(f"- {text.split(':')[0]}: not restarted ({info['skipped'].get(name, 'failed')})")
            continue
        start, end = fault_windows[name]
        inside = [r for r in results if overlaps(r, (start, end))]
        by_kind = defaultdict(Counter)
        for r in inside:
            by_kind[r.kind][r.status] += 1
        breakdown = "; ".join(f"{k} {status_text(c)}" for k, c in sorted(by_kind.items()))
        print(f"- {text}")
        print(
            f"  window {start:.1f}–{end:.1f} s (settle {SETTLE_SECONDS:.0f} s): "
            f"{len(inside)} requests: {breakdown or 'none'}"
        )
    print()
    print(f"Load: {events.get('load_end', 0):.1f} s. Checks:")
    print()
    print("| check | result | detail |")
    print("| --- | --- | --- |")
    for name, passed, detail in checks:
        print(f"| {name} | {'PASS' if passed else 'FAIL'} | {detail} |")


def log_summary(servers: list[Server]) -> list[str]:
    """Per app server: how many tracebacks its log holds, and the commonest exceptions."""
    exception_line = re.compile(r"^([A-Za-z_][\w.]*(?:Error|Exception|Interrupted)):")
    lines = []
    for server in servers:
        text = server.log.read_text(errors="replace") if server.log.exists() else ""
        tracebacks = text.count("Traceback (most recent call last)")
        if not tracebacks:
            continue
        names = Counter(
            match.group(1) for line in text.splitlines() if (match := exception_line.match(line))
        )
        common = ", ".join(f"{name}×{n}" for name, n in names.most_common(4))
        lines.append(f"{server.name} log: {tracebacks} tracebacks; exceptions: {common}")
    return lines


def copy_logs(workdir: Path, target: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    for log in workdir.glob("*.log"):
        shutil.copy(log, target / log.name)
    print(f"Logs copied to {target}")


# -- main ------------------------------------------------------------------------


def run_bench(stack: contextlib.ExitStack) -> bool:
    total = _int_env("BENCH_FAULTS_REQUESTS", 6000, 100, 100_000)
    concurrency = _int_env("BENCH_FAULTS_CONCURRENCY", 16, 1, 256)
    rate = _int_env("BENCH_FAULTS_RATE", 75, 1, 10_000)
    tail = _int_env("BENCH_FAULTS_TAIL", 200, 10, total // 4)
    if not VCL.is_file():
        raise BenchError(f"{VCL} does not exist")
    started = datetime.datetime.now().astimezone()
    workdir = Path(tempfile.mkdtemp(prefix="kabar-bench-faults-"))
    stack.callback(shutil.rmtree, workdir, ignore_errors=True)
    keep_logs = os.environ.get("BENCH_FAULTS_LOGS")
    if keep_logs:
        # Runs after every server has stopped, before the folder goes.
        stack.callback(_quietly(lambda: copy_logs(workdir, Path(keep_logs)), "copy the logs"))
    # varnishd's child and the postgres user must reach their folders inside.
    workdir.chmod(0o755)

    print("Starting this run's Redis and PostgreSQL", flush=True)
    redis_server = RedisServer(workdir)
    stack.callback(_quietly(redis_server.stop, "stop redis-server"))
    redis_server.start()
    redis_server.flush()
    skipped = {}
    bindir = _postgres_bin()
    postgres = None
    if bindir is None:
        server_url = rp.POSTGRES_URL
        skipped["postgres"] = f"no initdb found: the shared server at {server_url} was used"
    else:
        postgres = PostgresCluster(bindir, workdir)
        postgres.init()
        stack.callback(_quietly(lambda: postgres.stop("immediate"), "stop PostgreSQL"))
        postgres.start()
        server_url = postgres.server_url
    version = _postgres_admin(server_url, "SELECT current_setting('server_version')")[0][0]
    _postgres_admin(server_url, f'DROP DATABASE IF EXISTS "{DATABASE_NAME}" WITH (FORCE)')
    _postgres_admin(server_url, f'CREATE DATABASE "{DATABASE_NAME}"')
    drop = _quietly(
        lambda: _postgres_admin(
            server_url, f'DROP DATABASE IF EXISTS "{DATABASE_NAME}" WITH (FORCE)'
        ),
        f"drop database {DATABASE_NAME}",
    )
    stack.callback(drop)

    varnish_port, port_a, port_b = free_port(), free_port(), free_port()
    site_url = f"http://127.0.0.1:{varnish_port}"
    purge_secret = secrets.token_hex(24)
    env = site_env(varnish_port, workdir)
    # Moderator notices run in the request (no task queue in this run).
    for name in [k for k in env if k.startswith("TASKS_")]:
        del env[name]
    env.update(
        DATABASE_URL=urlunsplit(urlsplit(server_url)._replace(path=f"/{DATABASE_NAME}")),
        CACHE_URL=redis_server.url,
        SITE_URL=site_url,
        TRUSTED_PROXY_COUNT="1",
        VARNISH_PURGE_URLS=f"{site_url}/",
        VARNISH_PURGE_SECRET=purge_secret,
        COMMENTS_MIN_FORM_SECONDS="0",
        COMMENTS_RATE_LIMIT=COMMENTS_RATE_LIMIT,
        POLL_RATE_LIMIT=POLL_RATE_LIMIT,
        # Every accepted vote is to be stored: no silent per-address cap here.
        POLL_NEW_VOTERS_PER_ADDRESS_HOUR="1000000",
    )
    print("Setting up (production settings, demo content)", flush=True)
    rp.prepare_site(env)
    site = last_json(
        run_step(
            "comments and votes on the seed article",
            [PYTHON, str(SITE_HELPER), "setup"],
            env,
        )
    )

    print(f"Starting gunicorn A :{port_a}, B :{port_b}, Varnish :{varnish_port} (→ A)", flush=True)
    program = gunicorn_program()
    gunicorn_a = start_gunicorn("A", program, port_a, env, workdir)
    stack.callback(_quietly(gunicorn_a.stop, "stop gunicorn A"))
    gunicorn_b = start_gunicorn("B", program, port_b, env, workdir)
    stack.callback(_quietly(gunicorn_b.stop, "stop gunicorn B"))
    varnish = start_varnish(render_vcl(port_a, purge_secret, workdir), varnish_port, workdir)
    stack.callback(_quietly(varnish.stop, "stop varnishd"))

    plan = build_plan(total, tail, site)
    run = Run()
    load = Load(
        ports={"varnish": varnish_port, "A": port_a, "B": port_b},
        site=site,
        site_url=site_url,
        run=run,
    )
    kinds = Counter(op.kind for op in plan)
    print(
        f"Load: {total:,} operations ({status_text(kinds)}), {concurrency} threads, "
        f"{rate}/s; Redis restart at {REDIS_AT:.0%}, PostgreSQL at {POSTGRES_AT:.0%}",
        flush=True,
    )
    run_load(
        load,
        plan,
        concurrency=concurrency,
        rate=rate,
        faults=make_faults(redis_server, postgres),
    )
    alive = {s.name: s.alive() for s in (gunicorn_a, gunicorn_b, varnish)}

    print("Counting stored rows", flush=True)
    written = workdir / "written.json"
    written.write_text(
        json.dumps(
            {
                "article_id": site["article_id"],
                "markers": [r.marker for r in run.results if r.kind == "comment"],
                "readers": sorted({r.reader for r in run.results if r.accepted and r.reader}),
            }
        ),
        encoding="utf-8",
    )
    verified = last_json(
        run_step("verify", [PYTHON, str(SITE_HELPER), "verify", str(written)], env)
    )
    checks = check_all(run, verified, site, tail, postgres is not None)
    dead = [name for name, ok in alive.items() if not ok]
    checks.append(
        ("app servers and Varnish still running", not dead, ", ".join(dead) or "all three")
    )
    info = {
        "date": started.isoformat(timespec="seconds"),
        "skipped": skipped,
        "lines": [
            f"commit: {rp.git_commit()}; nproc: {rp.nproc()} (the load runs on the same machine)",
            f"PostgreSQL {version} ({'throwaway cluster' if postgres else 'shared server'}), "
            f"Redis {redis_server.version()} (own server), Python {sys.version.split()[0]}",
            f"gunicorn A and B, --workers {WORKERS} each; Varnish in front of A, {site_url}",
            f"{total:,} operations ({status_text(kinds)}), {concurrency} threads, paced at "
            f"{rate}/s; reads: half via Varnish, a quarter each to A and B; writes alternately "
            "to A and B, X-Forwarded-For naming the client (TRUSTED_PROXY_COUNT=1)",
            f"POLL_RATE_LIMIT={POLL_RATE_LIMIT}, COMMENTS_RATE_LIMIT={COMMENTS_RATE_LIMIT} per "
            f"address; hot addresses {', '.join(HOT_VOTE_ADDRESSES + HOT_COMMENT_ADDRESSES)}; "
            "COMMENTS_MIN_FORM_SECONDS=0, POLL_NEW_VOTERS_PER_ADDRESS_HOUR=1000000",
            f"seed article {site['article']} (id {site['article_id']}): "
            f"{site['votes_before']:,} votes and {site['comments_before']} comments before",
            *log_summary([gunicorn_a, gunicorn_b]),
        ],
    }
    print_report(info, run, checks)
    return all(passed for _, passed, _ in checks)


def main() -> int:
    passed = rp.run_alone(LOCK, "bench/load_faults.py", run_bench)
    if passed is None:
        return 1
    print()
    print("All checks passed." if passed else "Some checks FAILED (see the table).")
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
