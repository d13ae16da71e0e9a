"""Benchmark search, feeds and sitemaps over many articles: time and SQL queries.

Builds a scratch database (SQLite in a temporary folder, or a new PostgreSQL
database next to the one ``--database-url``/``DATABASE_URL`` names, dropped
afterwards), loads the demo newsroom plus ``--articles`` generated articles
written from the demo's own sentences, then runs each search ``--repeat``
times in-process and prints median and p95 milliseconds and query counts.

    .venv/bin/python bench/search.py --articles 1000 --repeat 50
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/kabar .venv/bin/python bench/search.py
"""

import argparse
import os
import statistics
import time

from scratch import build_newsroom, configure, measure

SEARCHES = [
    "Stoltenberg",
    "Nord Stream",
    "nuklir",
    "inflasi pangan",
    '"medan perang"',
    "rupiah melemah",
    "xylofonkuantum",
]
OTHER_PAGES = {
    "feed": "/feed/",
    "category feed": "/kategori/internasional/feed/",
    "sitemap": "/sitemap.xml",
    "news sitemap": "/sitemap-news.xml",
    "robots": "/robots.txt",
    "home": "/",
}


def _search_only(query: str, repeat: int) -> float:
    """Median ms of the search itself: count plus the first page with snippets."""
    from articles.discovery.search import search_articles, with_snippets

    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        results = search_articles(query=query)
        results.count()
        with_snippets(results[:12], query=query)
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


def _explain(query: str) -> str:
    """Which plan PostgreSQL picks for the match, and whether the GIN index can serve it."""
    from django.db import connection

    from articles.discovery.search import search_articles

    if connection.vendor != "postgresql":
        return "word match (no full-text index on this database)"
    plans = []
    for seqscan in ("on", "off"):
        with connection.cursor() as cursor:
            cursor.execute(f"SET enable_seqscan = {seqscan}")
        plan = search_articles(query=query).explain()
        plans.append("article_search_document_idx" in plan)
    with connection.cursor() as cursor:
        cursor.execute("SET enable_seqscan = on")
    chosen, usable = plans
    return f"GIN index chosen by planner: {chosen}; usable: {usable}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=50)
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL"))
    args = parser.parse_args()

    url, cleanup = configure(args.database_url, label="search")
    try:
        built = build_newsroom(args.articles)
        from django.test import Client

        from articles.discovery.search import search_articles

        client = Client()
        print(f"database: {url.split('@')[-1]}  published articles: {built['total']}")
        print(_explain("Nord Stream"))
        header = f"{'search /cari/?q=':<26}{'found':>6}{'queries':>8}{'median ms':>11}"
        print(f"{header}{'p95 ms':>9}{'search-only ms':>16}")
        for query in SEARCHES:
            r = measure(client, "/cari/", {"q": query}, repeat=args.repeat)
            only = _search_only(query, args.repeat)
            found = search_articles(query=query).count()
            print(
                f"{query:<26}{found:>6}{r['queries']:>8}{r['median_ms']:>11.1f}"
                f"{r['p95_ms']:>9.1f}{only:>16.1f}"
            )
        print(f"\n{'page':<26}{'':>6}{'queries':>8}{'median ms':>11}{'p95 ms':>9}")
        for name, path in {**OTHER_PAGES, "article": built["seed"].get_absolute_url()}.items():
            r = measure(client, path, repeat=args.repeat)
            print(f"{name:<26}{'':>6}{r['queries']:>8}{r['median_ms']:>11.1f}{r['p95_ms']:>9.1f}")
    finally:
        cleanup()


if __name__ == "__main__":
    main()
