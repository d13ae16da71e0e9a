"""Benchmark a reader's comment POST while the mail server hangs.

The moderator email is a task: the request stores the comment and puts the
task in the queue (Redis, as in production), and a worker sends the mail
later. So a mail server that accepts connections and never answers must not
slow the POST. This posts ``--posts`` comments (each from its own address,
as many readers do) twice, first with a working mail server and then with a
hanging one, and prints the latency of each run in-process.

    .venv/bin/python bench/comment_post.py
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/kabar .venv/bin/python bench/comment_post.py

Needs Redis (``--tasks-redis``, default 127.0.0.1:6379 database 13); its
queue is emptied afterwards. Exits 1 when the hanging run's p95 reaches the
target (100 ms) or when the mail server was called within a request.
"""

import argparse
import os
import statistics
import sys
import time

from scratch import build_newsroom, configure, p95

TARGET_MS = 100.0


def _post_many(article, count: int, first: int) -> list[float]:
    """POST ``count`` comments, each from a new reader; their times in ms."""
    from django.test import Client

    from tests.comments.factories import post_comment

    timings = []
    for i in range(first, first + count):
        client = Client()
        started = time.perf_counter()
        response = post_comment(
            client,
            article,
            name=f"Pembaca {i}",
            email=f"pembaca{i}@contoh.example",
            body=f"Tanggapan nomor {i} tentang berita ini.",
            # Each reader from its own /48: no rate limit is met.
            REMOTE_ADDR=f"2001:db8:{i:x}::1",
        )
        timings.append((time.perf_counter() - started) * 1000)
        if response.status_code != 303:
            raise SystemExit(f"comment {i}: answered {response.status_code}, not 303")
    return sorted(timings)


def _row(label: str, timings: list[float]) -> str:
    return (
        f"{label:<28}{len(timings):>6}{statistics.median(timings):>11.1f}"
        f"{p95(timings):>9.1f}{timings[-1]:>9.1f}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=100)
    parser.add_argument("--tasks-redis", default="redis://127.0.0.1:6379/13")
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL"))
    args = parser.parse_args()

    # The production queue: tasks wait in Redis for a worker.
    os.environ["TASKS_REDIS_URL"] = args.tasks_redis
    url, cleanup = configure(args.database_url, label="comment_post")
    import django_rq
    from django.conf import settings

    from tests.tasks.helpers import silent_server

    queue = django_rq.get_queue("default")
    try:
        queue.connection.ping()
    except Exception as exc:
        print(f"Redis must answer at {args.tasks_redis} ({type(exc).__name__}).")
        cleanup()
        return 1
    queue.empty()
    failed = False
    try:
        article = build_newsroom(0)["seed"]
        settings.MODERATOR_EMAILS = ["meja@redaksi.example"]
        settings.EMAIL_TIMEOUT = 10
        print(f"database: {url.split('@')[-1]}  queue: {args.tasks_redis}")
        print(f"{'mail server':<28}{'posts':>6}{'median ms':>11}{'p95 ms':>9}{'max ms':>9}")
        _post_many(article, 5, first=0)  # warm the process, as a server's is
        working = _post_many(article, args.posts, first=5)
        print(_row("working (kept in memory)", working))
        # A mail server that accepts connections and never greets.
        with silent_server() as (port, held):
            settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
            settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", port
            settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
            hanging = _post_many(article, args.posts, first=5 + args.posts)
            print(_row("hanging (never answers)", hanging))
            called = len(held)
        queued = queue.count
        print(f"connections to the mail server during the requests: {called}")
        print(f"moderator emails waiting in the queue for a worker: {queued}")
        expected = 2 * args.posts + 5
        checks = [
            (
                f"p95 with the mail server hanging under {TARGET_MS:.0f} ms",
                p95(hanging) < TARGET_MS,
            ),
            ("no request called the mail server", called == 0),
            (f"every comment's email queued ({expected})", queued == expected),
        ]
        for label, ok in checks:
            print(f"{'PASS' if ok else 'FAIL'}  {label}")
            failed |= not ok
    finally:
        queue.empty()
        cleanup()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
