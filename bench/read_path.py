"""Benchmark the reader's read path as production serves it: gunicorn under wrk.

    make bench-read                      # about two minutes
    BENCH_SECONDS=3 make bench-read      # a quick run

Everything runs on this machine, on loopback:

1. A scratch PostgreSQL database (``kabar_bench_read`` on 127.0.0.1:5432, user
   postgres; dropped and recreated on every run) and Redis database 15
   (flushed) as the shared cache. Production settings, ``collectstatic``,
   ``migrate``, ``load_demo``, then 500 approved threaded comments and 5,000
   reaction votes on the seed article (bench/read_path_site.py).
2. gunicorn as the README starts it: ``gunicorn portal.wsgi --workers 3``.
3. wrk (2 threads, 16 connections, ``BENCH_SECONDS`` seconds each, gzip
   accepted) on /robots.txt (the ceiling: no database, no template), the seed
   article, the home page, a category page and a search, against one server;
   then the read beacon (``POST /baca/`` for the seed article, a phone
   browser's user agent: counted in Redis, as each reader's would be).
4. When ``varnishd`` and deploy/varnish/kabar.vcl are both there, Varnish in
   front of that gunicorn, and the seed article at 256 connections.
5. Each gunicorn worker's resident memory after the load, and the seed
   article's in-process render time and SQL queries on a cache miss, next
   to the same render by the code before the read-path work
   (``RENDER_BASELINE``, checked out with ``git worktree``), on the same
   data in the same run: the machine's speed changes from day to day, the
   ratio does not.

Every server is stopped and the database dropped, whatever happens.

Environment: ``BENCH_SECONDS`` (default 10), ``BENCH_POSTGRES_URL`` (default
postgres://postgres@127.0.0.1:5432), ``BENCH_REDIS_URL`` (default
redis://127.0.0.1:6379/13), ``BENCH_VCL`` (default deploy/varnish/kabar.vcl).
"""

import contextlib
import datetime
import fcntl
import http.client
import json
import os
import re
import secrets
import shutil
import signal
import socket
import string
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PYTHON = sys.executable
DATABASE_NAME = "kabar_bench_read"
POSTGRES_URL = os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432")
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/13")
VCL = Path(os.environ.get("BENCH_VCL", ROOT / "deploy" / "varnish" / "kabar.vcl"))
LUA = HERE / "wrk_report.lua"
LOCK = Path(tempfile.gettempdir()) / "kabar-bench-read.lock"
WORKERS = 3
CONNECTIONS = 16
VARNISH_CONNECTIONS = 256
THREADS = 2
# A request slower than this counts as a timeout error rather than a latency.
WRK_TIMEOUT = "5s"
# Every request comes from one address, where readers come from thousands:
# the per-address search limit would answer 429 after 30 searches.
SEARCH_RATE_LIMIT = "1000000/m"
WARMUP_SECONDS = 1
RENDER_REPEAT = 30
# The last commit before the read path was redesigned (issue 10): every
# page rendered afresh for every reader.
RENDER_BASELINE = "ddf2a6c"
STEP_TIMEOUT = 600  # seconds for any one setup command


class BenchError(Exception):
    """A step failed; the message says which and why."""


def _terminate_on_sigterm() -> None:
    def handler(signum, frame):
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, handler)
    signal.signal(signal.SIGHUP, handler)


def run_alone(lock: Path, name: str, run):
    """``run(stack)`` with this script's lock held; its result, or None when it could not run.

    The benchmarks share one harness: a SIGTERM or SIGHUP stops the run
    through its ``ExitStack`` (servers stopped, scratch data dropped); a
    second run of the same script waits for none and says so; a failed step
    (``BenchError``) is printed as "``name`` failed: why".
    """
    _terminate_on_sigterm()
    lock.touch(exist_ok=True)
    with open(lock) as held:
        try:
            fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            print(f"Another {name} run is going on; try later.")
            return None
        try:
            with contextlib.ExitStack() as stack:
                return run(stack)
        except BenchError as error:
            print(f"\n{name} failed: {error}", file=sys.stderr)
            return None


def prepare_site(env: dict) -> None:
    """The site's static files, tables and demo content, as production would have them."""
    if (ROOT / ".env").exists():
        print("  note: .env in the project folder also applies to what it sets")
    manage = [PYTHON, "manage.py"]
    run_step("collectstatic", [*manage, "collectstatic", "--noinput", "-v0"], env)
    run_step("migrate", [*manage, "migrate", "--noinput", "-v0"], env)
    run_step("load_demo", [*manage, "load_demo"], env)


# -- tools and services --------------------------------------------------------


def ensure_wrk() -> str:
    """The wrk binary; installed from Debian when missing and we may."""
    found = shutil.which("wrk")
    if found:
        return found
    if os.geteuid() == 0 and shutil.which("apt-get"):
        print("Installing wrk (Debian package) for the load tests", flush=True)
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        lock_wait = ["-o", "DPkg::Lock::Timeout=300"]
        for command in (
            ["apt-get", *lock_wait, "update", "-qq"],
            ["apt-get", *lock_wait, "install", "-y", "-qq", "wrk"],
        ):
            done = subprocess.run(
                command, env=env, capture_output=True, text=True, timeout=STEP_TIMEOUT
            )
            if done.returncode != 0:
                raise BenchError(f"{' '.join(command)} failed:\n{done.stderr.strip()}")
        found = shutil.which("wrk")
        if found:
            return found
    raise BenchError("wrk is not installed: run `apt-get install wrk` (Debian) and try again.")


def _postgres_admin_url() -> str:
    return urlunsplit(urlsplit(POSTGRES_URL)._replace(path="/postgres"))


def database_url() -> str:
    return urlunsplit(urlsplit(POSTGRES_URL)._replace(path=f"/{DATABASE_NAME}"))


def _postgres(sql: str):
    import psycopg

    with psycopg.connect(_postgres_admin_url(), autocommit=True, connect_timeout=5) as conn:
        cursor = conn.execute(sql)
        return cursor.fetchall() if cursor.description else None


def create_database() -> str:
    """Drop and recreate the scratch database; return the server's version."""
    try:
        version = _postgres("SELECT current_setting('server_version')")[0][0]
    except Exception as error:  # psycopg.OperationalError, or psycopg missing
        raise BenchError(
            f"PostgreSQL must answer at {POSTGRES_URL} (user postgres, trust): {error}"
        ) from error
    _postgres(f'DROP DATABASE IF EXISTS "{DATABASE_NAME}" WITH (FORCE)')
    _postgres(f'CREATE DATABASE "{DATABASE_NAME}"')
    return version


def drop_database() -> None:
    _postgres(f'DROP DATABASE IF EXISTS "{DATABASE_NAME}" WITH (FORCE)')


def flush_redis() -> str:
    """Empty the benchmark's Redis database; return the server's version."""
    import redis

    try:
        client = redis.Redis.from_url(REDIS_URL, socket_timeout=5)
        client.flushdb()
        return client.info("server").get("redis_version", "?")
    except redis.RedisError as error:
        raise BenchError(f"Redis must answer at {REDIS_URL}: {error}") from error


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def site_env(port: int, workdir: Path) -> dict:
    """The production environment, with nothing inherited that the settings read."""
    example = (ROOT / ".env.example").read_text(encoding="utf-8")
    settings_names = set(re.findall(r"^([A-Z][A-Z0-9_]*)=", example, flags=re.MULTILINE))
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in settings_names and not key.startswith("DJANGO_")
    }
    alphabet = string.ascii_letters + string.digits + "!@#%^&*(-_=+)"
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        SECRET_KEY="".join(secrets.choice(alphabet) for _ in range(60)),
        ALLOWED_HOSTS="127.0.0.1",
        SITE_URL=f"http://127.0.0.1:{port}",
        SECURE_SSL_REDIRECT="False",
        STATIC_ROOT=str(workdir / "static"),
        DATABASE_URL=database_url(),
        CACHE_URL=REDIS_URL,
        SEARCH_RATE_LIMIT=SEARCH_RATE_LIMIT,
        PYTHONUNBUFFERED="1",
    )
    return env


def run_step(label: str, command: list[str], env: dict) -> str:
    """Run a setup command in the project folder; its stdout, or BenchError."""
    print(f"  {label}", flush=True)
    try:
        done = subprocess.run(
            command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=STEP_TIMEOUT
        )
    except subprocess.TimeoutExpired as error:
        raise BenchError(f"{label}: no answer after {STEP_TIMEOUT} s") from error
    if done.returncode != 0:
        output = (done.stdout + done.stderr).strip()[-4000:]
        raise BenchError(f"{label} failed (exit {done.returncode}):\n{output}")
    return done.stdout


def last_json(output: str) -> dict:
    return json.loads(output.strip().splitlines()[-1])


# -- servers ---------------------------------------------------------------------


class Server:
    """A process started in the background, its output in a log file.

    ``stop`` may be called any number of times: terminate, then kill if it
    lingers.
    """

    def __init__(self, name: str, command: list[str], *, env: dict, log: Path):
        self.name = name
        self.log = log
        self._log_file = open(log, "wb")  # noqa: SIM115 (closed in stop)
        self.process = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=self._log_file, stderr=subprocess.STDOUT
        )

    @property
    def pid(self) -> int:
        return self.process.pid

    def alive(self) -> bool:
        return self.process.poll() is None

    def log_tail(self, chars: int = 3000) -> str:
        try:
            return self.log.read_text(encoding="utf-8", errors="replace")[-chars:].strip()
        except OSError:
            return ""

    def stop(self) -> None:
        if self.alive():
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        self._log_file.close()


def http_get(port: int, path: str, *, timeout: float = 10) -> tuple[int, dict, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request("GET", path, headers={"Host": "127.0.0.1", "Accept-Encoding": "gzip"})
        response = conn.getresponse()
        body = response.read()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, body
    finally:
        conn.close()


def wait_until_answers(server: Server, port: int, *, seconds: float = 60) -> None:
    """Until GET /robots.txt answers 200, or BenchError."""
    deadline = time.monotonic() + seconds
    last = "no answer"
    while time.monotonic() < deadline:
        if not server.alive():
            code = server.process.returncode
            raise BenchError(f"{server.name} exited ({code}):\n{server.log_tail()}")
        try:
            status, _, _ = http_get(port, "/robots.txt", timeout=2)
            if status == 200:
                return
            last = f"HTTP {status}"
        except OSError as error:
            last = str(error)
        time.sleep(0.25)
    raise BenchError(
        f"{server.name} did not answer on port {port} in {seconds:.0f} s ({last}):\n"
        f"{server.log_tail()}"
    )


def start_gunicorn(port: int, env: dict, workdir: Path) -> Server:
    venv_gunicorn = Path(PYTHON).parent / "gunicorn"
    program = [str(venv_gunicorn)] if venv_gunicorn.exists() else [PYTHON, "-m", "gunicorn"]
    command = [*program, "portal.wsgi", "--workers", str(WORKERS), "--bind", f"127.0.0.1:{port}"]
    server = Server("gunicorn", command, env=env, log=workdir / "gunicorn.log")
    wait_until_answers(server, port)
    return server


def worker_pids(master: int) -> list[int]:
    """The gunicorn master's child processes (its workers)."""
    children = Path(f"/proc/{master}/task/{master}/children")
    with contextlib.suppress(OSError):
        return sorted(int(pid) for pid in children.read_text().split())
    pids = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, ValueError, IndexError):
            # The command name may hold spaces and parentheses: split after its end.
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if int(fields[1]) == master:
                pids.append(int(stat.parent.name))
    return sorted(pids)


def rss_mb(pid: int) -> float | None:
    with contextlib.suppress(OSError):
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return None


# -- wrk -------------------------------------------------------------------------


def _post_script(body: str, workdir: Path) -> Path:
    """wrk_report.lua preceded by what makes every request a form POST of ``body``."""
    script = workdir / "wrk_post.lua"
    prelude = (
        'wrk.method = "POST"\n'
        f"wrk.body = {json.dumps(body)}\n"
        'wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"\n'
    )
    script.write_text(prelude + LUA.read_text())
    return script


def run_wrk(
    wrk: str,
    port: int,
    path: str,
    *,
    seconds: int,
    connections: int,
    script: Path = LUA,
    headers: tuple[str, ...] = (),
) -> dict:
    """One wrk run; its figures from wrk_report.lua, and the text wrk printed."""
    extra = [part for header in headers for part in ("-H", header)]
    command = [
        wrk,
        f"-t{THREADS}",
        f"-c{connections}",
        f"-d{seconds}s",
        f"--timeout={WRK_TIMEOUT}",
        "--latency",
        "-H",
        "Accept-Encoding: gzip",
        *extra,
        "-s",
        str(script),
        f"http://127.0.0.1:{port}{path}",
    ]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=seconds + 60)
    except subprocess.TimeoutExpired as error:
        raise BenchError(f"wrk on {path} did not finish") from error
    match = re.search(r"^WRK_REPORT (\{.*\})$", done.stdout, flags=re.MULTILINE)
    if done.returncode != 0 or not match:
        output = f"{done.stdout}{done.stderr}".strip()
        raise BenchError(f"wrk on {path} failed (exit {done.returncode}):\n{output}")
    report = json.loads(match.group(1))
    seconds_run = report["duration_us"] / 1e6 or 1
    socket_errors = sum(report[k] for k in ("connect", "read", "write", "timeout"))
    bad = {int(s): n for s, n in report["statuses"].items() if not 200 <= int(s) < 400}
    return {
        "rps": report["requests"] / seconds_run,
        "p50_ms": report["p50_us"] / 1000,
        "p99_ms": report["p99_us"] / 1000,
        "requests": report["requests"],
        "kib_per_response": report["bytes"] / max(report["requests"], 1) / 1024,
        "socket_errors": {k: report[k] for k in ("connect", "read", "write", "timeout")},
        "bad_statuses": bad,
        "errors": socket_errors + sum(bad.values()),
        "text": done.stdout,
    }


def error_text(result: dict) -> str:
    """``0``, or the count and what it was made of: ``31 (429×30, timeout×1)``."""
    if not result["errors"]:
        return "0"
    parts = [f"{status}×{n}" for status, n in sorted(result["bad_statuses"].items())]
    parts += [f"{kind}×{n}" for kind, n in result["socket_errors"].items() if n]
    return f"{result['errors']} ({', '.join(parts)})"


def describe_response(port: int, path: str) -> str:
    """What one request answers: status, encoding, size; a non-200 is flagged."""
    status, headers, body = http_get(port, path)
    encoding = headers.get("content-encoding", "identity")
    note = f"{status}, {encoding}, {len(body) / 1024:.1f} KiB"
    if status != 200:
        note += "  <-- not 200: the figures below measure an error page"
    return note


BEACON_PATH = "/baca/"
BEACON_AGENT = (
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/131.0.0.0 Mobile Safari/537.36"
)
READ_ID_CODE = (
    "from django.urls import resolve; from articles.models import Article; "
    "m = resolve('{path}').kwargs; "
    "print(Article.objects.get(slug=m['slug'], publication_date__year=m['year']).pk)"
)


def describe_beacon(port: int, article_id: str) -> str:
    """What one beacon answers (a 204 and no body when counted)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.request(
            "POST",
            BEACON_PATH,
            body=f"a={article_id}",
            headers={
                "Content-Type": "application/x-www-form-urlencoded",
                "User-Agent": BEACON_AGENT,
            },
        )
        response = connection.getresponse()
        body = response.read()
    finally:
        connection.close()
    note = f"{response.status}, {len(body)} bytes"
    if response.status != 204:
        note += "  <-- not 204: the figures below measure an error"
    return note


# -- Varnish ---------------------------------------------------------------------


def varnish_skip_reason() -> str | None:
    if not shutil.which("varnishd"):
        return "varnishd is not installed (Debian package `varnish`)"
    if not VCL.is_file():
        return f"{VCL.relative_to(ROOT) if VCL.is_relative_to(ROOT) else VCL} does not exist"
    return None


def render_vcl(backend_port: int, workdir: Path) -> Path:
    text = VCL.read_text(encoding="utf-8")
    for placeholder, value in {
        "__BACKEND_HOST__": "127.0.0.1",
        "__BACKEND_PORT__": str(backend_port),
        "__PURGE_SECRET__": secrets.token_urlsafe(32),
    }.items():
        text = text.replace(placeholder, value)
    left = sorted(set(re.findall(r"__[A-Z][A-Z0-9_]*__", text)))
    if left:
        print(f"  note: the VCL still holds placeholders this script does not fill: {left}")
    rendered = workdir / "kabar.vcl"
    rendered.write_text(text, encoding="utf-8")
    rendered.chmod(0o644)
    return rendered


def varnish_counters(instance: Path) -> dict:
    """Hits, misses and backend requests from varnishstat, when it answers."""
    if not shutil.which("varnishstat"):
        return {}
    with contextlib.suppress(subprocess.SubprocessError, OSError, ValueError):
        done = subprocess.run(
            ["varnishstat", "-n", str(instance), "-1", "-j"],
            capture_output=True,
            text=True,
            timeout=10,
        )
        data = json.loads(done.stdout)
        counters = data.get("counters", data)
        wanted = {
            "hit": "MAIN.cache_hit",
            "miss": "MAIN.cache_miss",
            "pass": "MAIN.s_pass",
            "backend": "MAIN.backend_req",
        }
        return {
            label: counters[name]["value"] for label, name in wanted.items() if name in counters
        }
    return {}


def varnishd_server(varnishd: str, vcl: Path, port: int, workdir: Path, *, storage: str) -> Server:
    """``varnishd`` started with ``vcl`` on 127.0.0.1:``port``; not yet waited for.

    Its working folder is ``workdir``/varnish (varnishstat's ``-n``), its
    output goes to ``workdir``/varnishd.log.
    """
    command = [
        varnishd,
        "-F",
        "-n",
        str(workdir / "varnish"),
        "-a",
        f"127.0.0.1:{port}",
        "-f",
        str(vcl),
        "-s",
        storage,
    ]
    return Server("varnishd", command, env=dict(os.environ), log=workdir / "varnishd.log")


def bench_varnish(wrk: str, backend_port: int, article: str, workdir: Path, stack, seconds):
    """Varnish in front of the running gunicorn; the seed article at 256 connections."""
    reason = varnish_skip_reason()
    if reason:
        return {"skipped": reason}
    vcl = render_vcl(backend_port, workdir)
    instance = workdir / "varnish"
    port = free_port()
    server = varnishd_server(shutil.which("varnishd"), vcl, port, workdir, storage="malloc,256m")
    stack.callback(_quietly(server.stop, "stop varnishd"))
    try:
        wait_until_answers(server, port, seconds=30)
    except BenchError as error:
        server.stop()
        return {"skipped": f"varnishd did not start: {error}"}
    check = describe_response(port, article)
    describe_response(port, article)  # a second request, which a cache should answer
    result = run_wrk(wrk, port, article, seconds=seconds, connections=VARNISH_CONNECTIONS)
    result["check"] = check
    result["counters"] = varnish_counters(instance)
    server.stop()
    return result


# -- the report ----------------------------------------------------------------


def render_baseline(env: dict, workdir: Path) -> dict:
    """The seed article rendered by the RENDER_BASELINE commit's code, or why not."""
    checkout = workdir / "baseline"
    try:
        subprocess.run(
            ["git", "worktree", "add", "--detach", "--quiet", str(checkout), RENDER_BASELINE],
            cwd=ROOT,
            check=True,
            capture_output=True,
            text=True,
        )
    except (OSError, subprocess.CalledProcessError) as error:
        reason = getattr(error, "stderr", "") or str(error)
        return {"skipped": f"no checkout of {RENDER_BASELINE}: {reason.strip()}"}
    try:
        command = [
            PYTHON,
            str(HERE / "read_path_site.py"),
            "render",
            "--repeat",
            str(RENDER_REPEAT),
            "--code-root",
            str(checkout),
            "--baseline",
        ]
        return last_json(run_step(f"render with {RENDER_BASELINE}'s code", command, env))
    finally:
        subprocess.run(
            ["git", "worktree", "remove", "--force", str(checkout)], cwd=ROOT, capture_output=True
        )


def git_commit() -> str:
    def git(*args):
        return subprocess.run(
            ["git", *args], cwd=ROOT, capture_output=True, text=True, timeout=10
        ).stdout.strip()

    with contextlib.suppress(OSError, subprocess.SubprocessError):
        commit = git("rev-parse", "--short=12", "HEAD")
        if commit:
            dirty = git("status", "--porcelain", "--untracked-files=no")
            return commit + (" (with uncommitted changes)" if dirty else "")
    return "unknown"


def nproc() -> str:
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        return subprocess.run(["nproc"], capture_output=True, text=True, timeout=5).stdout.strip()
    return str(len(os.sched_getaffinity(0)))


def print_report(info: dict, pages: list[tuple[str, str]], results: dict) -> None:
    ceiling = results[pages[0][1]]["rps"] or 1
    print()
    print(f"## Read path under load ({info['date']})")
    print()
    print(f"- commit: {info['commit']}")
    print(f"- nproc: {info['nproc']}  (wrk runs on the same machine and shares them)")
    print(f"- {info['versions']}")
    print(
        f"- gunicorn portal.wsgi --workers {WORKERS}; wrk -t{THREADS} -c{CONNECTIONS} "
        f"-d{info['seconds']}s --timeout {WRK_TIMEOUT}, Accept-Encoding: gzip"
    )
    print(f"- seed article: {info['seed_summary']}")
    print(
        f"- SEARCH_RATE_LIMIT={SEARCH_RATE_LIMIT}: all the load comes from one address; "
        "everything else is the production default"
    )
    print()
    print("| page | req/s | p50 | p99 | errors | share of /robots.txt |")
    print("| --- | ---: | ---: | ---: | --- | ---: |")
    for label, path in pages:
        r = results[path]
        print(
            f"| {label} | {r['rps']:,.0f} | {r['p50_ms']:.1f} ms | {r['p99_ms']:.1f} ms "
            f"| {error_text(r)} | {r['rps'] / ceiling:.1%} |"
        )
    print()
    print("Responses (one request each before its run):")
    for label, path in pages:
        r = results[path]
        size = f"{r['kib_per_response']:.1f} KiB per response under load, headers included"
        print(f"- {label} `{path}`: {r['check']}; {size}")
    print()
    varnish = info["varnish"]
    if "skipped" in varnish:
        print(f"Varnish: skipped: {varnish['skipped']}.")
    else:
        counters = varnish["counters"]
        figures = ", ".join(f"{k} {v:,}" for k, v in counters.items()) or "no varnishstat"
        print(
            f"Varnish in front (seed article, wrk -t{THREADS} -c{VARNISH_CONNECTIONS}): "
            f"{varnish['rps']:,.0f} req/s, p99 {varnish['p99_ms']:.1f} ms, "
            f"errors {error_text(varnish)}; first answer {varnish['check']}; {figures}"
        )
    print()
    rss = info["rss"]
    workers = ", ".join(f"{mb:.1f}" for mb in rss["workers"]) or "none found"
    master = f"{rss['master']:.1f}" if rss["master"] is not None else "?"
    print(f"gunicorn RSS after the load: workers {workers} MB; master {master} MB")
    render = info["render"]
    print(
        f"In-process render of the seed article on a cache miss ({render['requests']}× "
        f"django.test.Client, cache cleared before each): median {render['median_ms']:.1f} ms "
        f"(min {render['min_ms']:.1f}, max {render['max_ms']:.1f}), "
        f"{render['queries']} SQL queries, HTTP {render['status']}, {render['kib']:.1f} KiB"
    )
    changed = render.get("after_change")
    if changed:
        print(
            f"The same after a change to the article (its key bumped, as a comment approval "
            f"does): median {changed['median_ms']:.1f} ms (min {changed['min_ms']:.1f}, "
            f"max {changed['max_ms']:.1f}), {changed['queries']} SQL queries"
        )
    expired = render.get("after_expiry")
    if expired:
        print(
            f"The same after the kept page expired (comments unchanged): median "
            f"{expired['median_ms']:.1f} ms (min {expired['min_ms']:.1f}, "
            f"max {expired['max_ms']:.1f}), {expired['queries']} SQL queries"
        )
    print_render_ratios(render, info["baseline"])


def print_render_ratios(render: dict, baseline: dict) -> None:
    """The render times against the code before the read-path work, in this run."""
    print()
    if "skipped" in baseline:
        print(f"Render before the read-path work: skipped: {baseline['skipped']}.")
        return
    before = baseline["median_ms"]
    before_cpu = baseline["cpu_median_ms"]
    print(
        f"Render on a miss against the code before the read-path work "
        f"({RENDER_BASELINE}, every page rendered afresh), same data, same run:"
    )
    print()
    print("| miss | median | CPU | queries | share of before (median) | share of before (CPU) |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    rows = [
        (f"before ({RENDER_BASELINE})", baseline),
        ("empty cache", render),
        ("after a comment change", render.get("after_change")),
        ("after the kept page expired", render.get("after_expiry")),
    ]
    for label, r in rows:
        if not r:
            continue
        print(
            f"| {label} | {r['median_ms']:.1f} ms | {r['cpu_median_ms']:.1f} ms | {r['queries']} "
            f"| {r['median_ms'] / before:.0%} | {r['cpu_median_ms'] / before_cpu:.0%} |"
        )


# -- main ------------------------------------------------------------------------


def bench_seconds() -> int:
    raw = os.environ.get("BENCH_SECONDS", "10")
    try:
        seconds = int(raw)
    except ValueError:
        seconds = 0
    if not 1 <= seconds <= 600:
        raise BenchError(f"BENCH_SECONDS must be a whole number of seconds, 1 to 600, not {raw!r}")
    return seconds


def _quietly(action, what: str):
    """``action`` for a cleanup: a failure is reported, and the other cleanups still run."""

    def cleanup():
        try:
            action()
        except Exception as error:
            print(f"warning: could not {what}: {error}", file=sys.stderr)

    return cleanup


def run(stack: contextlib.ExitStack) -> None:
    seconds = bench_seconds()
    wrk = ensure_wrk()
    started = datetime.datetime.now().astimezone()
    workdir = Path(tempfile.mkdtemp(prefix="kabar-bench-read-"))
    stack.callback(shutil.rmtree, workdir, ignore_errors=True)
    # varnishd's unprivileged child must reach its working folder inside.
    workdir.chmod(0o755)

    print("Setting up (scratch database, production settings, demo content)", flush=True)
    postgres_version = create_database()
    stack.callback(_quietly(drop_database, f"drop database {DATABASE_NAME}"))
    redis_version = flush_redis()
    stack.callback(_quietly(flush_redis, f"flush {REDIS_URL}"))
    port = free_port()
    env = site_env(port, workdir)
    prepare_site(env)
    seeded = last_json(
        run_step(
            "500 comments and 5,000 votes on the seed article",
            [PYTHON, str(HERE / "read_path_site.py"), "seed"],
            env,
        )
    )

    print(f"Starting gunicorn on 127.0.0.1:{port}", flush=True)
    gunicorn = start_gunicorn(port, env, workdir)
    stack.callback(_quietly(gunicorn.stop, "stop gunicorn"))
    pages = [
        ("/robots.txt", "/robots.txt"),
        ("seed article", seeded["article"]),
        ("home", "/"),
    ]
    if seeded["category"]:
        pages.append(("category", seeded["category"]))
    pages.append(("search", "/cari/?q=nuklir"))
    # Each worker compiles templates and fills its caches on its first
    # requests: a short unmeasured run per page first, so that no measured
    # run pays for it.
    print(f"Warming up ({WARMUP_SECONDS} s per page)", flush=True)
    for _, path in pages:
        run_wrk(wrk, port, path, seconds=WARMUP_SECONDS, connections=CONNECTIONS)
    results = {}
    for label, path in pages:
        check = describe_response(port, path)
        print(f"wrk {seconds} s on {label} ({check})", flush=True)
        results[path] = run_wrk(wrk, port, path, seconds=seconds, connections=CONNECTIONS)
        results[path]["check"] = check
        if not gunicorn.alive():
            raise BenchError(f"gunicorn died during the load:\n{gunicorn.log_tail()}")

    beacon = BEACON_PATH
    print(f"wrk {seconds} s on the read beacon (POST {beacon}, a browser's user agent)", flush=True)
    article_id = run_step(
        "the seed article's id",
        [PYTHON, "manage.py", "shell", "-c", READ_ID_CODE.format(path=seeded["article"])],
        env,
    ).split()[-1]
    post = _post_script(f"a={article_id}&r=https%3A%2F%2Fwww.google.com%2F", workdir)
    browser = (f"User-Agent: {BEACON_AGENT}",)
    run_wrk(
        wrk,
        port,
        beacon,
        seconds=WARMUP_SECONDS,
        connections=CONNECTIONS,
        script=post,
        headers=browser,
    )
    results[beacon] = run_wrk(
        wrk, port, beacon, seconds=seconds, connections=CONNECTIONS, script=post, headers=browser
    )
    results[beacon]["check"] = describe_beacon(port, article_id)
    pages.append(("read beacon (POST)", beacon))

    print("Varnish", flush=True)
    varnish = bench_varnish(wrk, port, seeded["article"], workdir, stack, seconds)

    workers = worker_pids(gunicorn.pid)
    rss = {
        "workers": [mb for mb in (rss_mb(pid) for pid in workers) if mb is not None],
        "master": rss_mb(gunicorn.pid),
    }
    gunicorn.stop()

    print(f"Render time on a cache miss ({RENDER_REPEAT} requests in-process)", flush=True)
    render = last_json(
        run_step(
            "render",
            [PYTHON, str(HERE / "read_path_site.py"), "render", "--repeat", str(RENDER_REPEAT)],
            env,
        )
    )

    baseline = render_baseline(env, workdir)

    depths = ", ".join(f"depth {d}: {n}" for d, n in seeded["by_depth"].items())
    info = {
        "date": started.isoformat(timespec="seconds"),
        "commit": git_commit(),
        "nproc": nproc(),
        "seconds": seconds,
        "versions": (
            f"PostgreSQL {postgres_version}, Redis {redis_version}, Python {sys.version.split()[0]}"
        ),
        "seed_summary": (
            f"{seeded['comments']} approved comments ({depths}; median "
            f"{seeded['body_chars_median']:.0f} chars), {seeded['votes']:,} reaction votes"
        ),
        "varnish": varnish,
        "rss": rss,
        "render": render,
        "baseline": baseline,
    }
    print_report(info, pages, results)


def main() -> int:
    done = run_alone(LOCK, "bench/read_path.py", lambda stack: run(stack) or True)
    return 0 if done else 1


if __name__ == "__main__":
    sys.exit(main())
