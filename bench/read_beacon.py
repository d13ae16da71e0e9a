"""The read beacon's cost, as a share of /robots.txt on the same server, in one run.

    .venv/bin/python bench/read_beacon.py        # about half a minute

The quick form of the beacon step in bench/read_path.py (which also loads
every reading page and Varnish): a scratch SQLite database, Redis database
13 (``BENCH_REDIS_URL``, flushed) as the shared cache, production settings,
``load_demo``, then ``gunicorn portal.wsgi --workers 3`` on loopback. wrk
(2 threads, 16 connections, ``BENCH_SECONDS`` seconds each) alternates
/robots.txt (answered from the page cache) and ``POST /baca/`` for the seed
article with a phone browser's user agent (each request counted in Redis,
as a reader's would be), three rounds each; the medians and their ratio are
printed, then how many reads Redis counted against how many beacons wrk
sent, and the fold's time for them.
"""

import os
import shutil
import statistics
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

import page_weight
import read_path
from page_weight import demo_site, free_port, manage, site_env

REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/13")
SECONDS = int(os.environ.get("BENCH_SECONDS", "5"))
ROUNDS = 3


def _stored_reads(env) -> int:
    code = (
        "from django.db.models import Sum; "
        "from articles.readership.models import ArticleReadHour; "
        "print(ArticleReadHour.objects.aggregate(n=Sum('reads'))['n'] or 0)"
    )
    return int(manage(env, "shell", "-c", code).split()[-1])


def main() -> int:
    page_weight.REDIS_URL = REDIS_URL
    wrk = read_path.ensure_wrk()
    workdir = Path(tempfile.mkdtemp(prefix="kabar-read-beacon-"))
    port = free_port()
    env = site_env(workdir, port)
    env["CACHE_URL"] = REDIS_URL
    with ExitStack() as stack:
        stack.callback(shutil.rmtree, workdir, ignore_errors=True)
        print("Setting up (production settings, SQLite, Redis, demo content)", flush=True)
        path = stack.enter_context(demo_site(env, port, workers=3))
        article_id = read_path.READ_ID_CODE.format(path=path)
        article_id = manage(env, "shell", "-c", article_id).split()[-1]
        print(f"Beacon for article {article_id}: {read_path.describe_beacon(port, article_id)}")
        post = read_path._post_script(f"a={article_id}&r=https%3A%2F%2Fwww.google.com%2F", workdir)
        agent = (f"User-Agent: {read_path.BEACON_AGENT}",)

        def robots(seconds):
            return read_path.run_wrk(
                wrk, port, "/robots.txt", seconds=seconds, connections=read_path.CONNECTIONS
            )

        def beacon(seconds):
            return read_path.run_wrk(
                wrk,
                port,
                read_path.BEACON_PATH,
                seconds=seconds,
                connections=read_path.CONNECTIONS,
                script=post,
                headers=agent,
            )

        robots(1)
        beacon(1)
        manage(env, "fold_reads")
        before = _stored_reads(env)
        figures = {"robots": [], "beacon": []}
        sent = 0
        for _ in range(ROUNDS):
            figures["robots"].append(robots(SECONDS))
            result = beacon(SECONDS)
            figures["beacon"].append(result)
            sent += result["requests"]
        started = time.perf_counter()
        manage(env, "fold_reads")
        fold_seconds = time.perf_counter() - started
        counted = _stored_reads(env) - before

    def median(label, key):
        return statistics.median(r[key] for r in figures[label])

    print()
    print(
        f"gunicorn --workers 3, wrk -t{read_path.THREADS} -c{read_path.CONNECTIONS} "
        f"-d{SECONDS}s, {ROUNDS} rounds alternating (medians):"
    )
    print()
    print("| endpoint | req/s | p50 | p99 | errors | share of /robots.txt |")
    print("| --- | ---: | ---: | ---: | --- | ---: |")
    ceiling = median("robots", "rps") or 1
    for label, name in (("/robots.txt", "robots"), ("POST /baca/ (read beacon)", "beacon")):
        errors = sum(r["errors"] for r in figures[name])
        print(
            f"| {label} | {median(name, 'rps'):,.0f} | {median(name, 'p50_ms'):.1f} ms "
            f"| {median(name, 'p99_ms'):.1f} ms | {errors} | {median(name, 'rps') / ceiling:.0%} |"
        )
    print()
    print(
        f"Reads in the database after the fold: {counted:,} of {sent:,} beacons sent in the "
        f"measured runs (the last `manage.py fold_reads`: {fold_seconds:.1f} s, Django's "
        "start included)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
