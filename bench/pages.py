"""Benchmark the reading pages: latency, SQL queries and memory per page.

Builds a scratch database (SQLite in a temporary folder unless DATABASE_URL
names another), loads the demo newsroom plus ``--articles`` more articles,
then requests each page ``--repeat`` times in-process and prints the figures.

    .venv/bin/python bench/pages.py --articles 1000 --repeat 50
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _configure(database_url: str | None) -> str:
    scratch = tempfile.mkdtemp(prefix="kabar-bench-")
    os.environ["DATABASE_URL"] = database_url or f"sqlite:///{scratch}/bench.sqlite3"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
    import django

    django.setup()
    return os.environ["DATABASE_URL"]


def _build(extra_articles: int) -> dict:
    from django.core.management import call_command

    from articles.demo.loader import load_demo
    from articles.models import Article, Tag
    from tests.factories import make_article

    call_command("migrate", verbosity=0, interactive=False)
    demo = load_demo(with_accounts=False)
    seed = demo["seed"]
    tags = list(Tag.objects.all()[:6])
    if Article.objects.count() < extra_articles + len(demo["articles"]):
        for i in range(extra_articles):
            make_article(
                title=f"Artikel pembanding {i}",
                slug=f"artikel-pembanding-{i}",
                category=seed.category,
                editor=seed.editor,
                source=seed.source,
                tags=tags[: 1 + i % len(tags)],
                body="<p>" + "Kalimat isi berita pembanding yang cukup panjang. " * 30 + "</p>",
            )
    return {
        "home": "/",
        "article": seed.get_absolute_url(),
        "category": seed.category.get_absolute_url(),
        "tag": seed.tags.first().get_absolute_url(),
        "source": seed.source.get_absolute_url(),
    }


def _measure(client, url: str, repeat: int) -> dict:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url)  # warm caches and templates
    # The log is a bounded deque, full after building the data: empty it so
    # the capture below counts this request's queries.
    connection.queries_log.clear()
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    timings = []
    tracemalloc.start()
    for _ in range(repeat):
        started = time.perf_counter()
        client.get(url)
        timings.append((time.perf_counter() - started) * 1000)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    timings.sort()
    return {
        "queries": len(ctx.captured_queries),
        "median_ms": statistics.median(timings),
        "p95_ms": timings[max(0, int(len(timings) * 0.95) - 1)],
        "bytes": len(response.content),
        "peak_kib": peak / 1024,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=50)
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL"))
    args = parser.parse_args()

    database = _configure(args.database_url)
    pages = _build(args.articles)
    from django.test import Client

    client = Client()
    print(f"database: {database.split('@')[-1]}  extra articles: {args.articles}")
    print(f"{'page':<10}{'queries':>8}{'median ms':>11}{'p95 ms':>9}{'KiB html':>10}{'peak KiB':>10}")
    for name, url in pages.items():
        r = _measure(client, url, args.repeat)
        print(
            f"{name:<10}{r['queries']:>8}{r['median_ms']:>11.1f}{r['p95_ms']:>9.1f}"
            f"{r['bytes'] / 1024:>10.1f}{r['peak_kib']:>10.0f}"
        )


if __name__ == "__main__":
    main()
