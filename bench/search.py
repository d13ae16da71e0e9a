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
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

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


def _scratch_postgres(url: str) -> tuple[str, callable]:
    """A new empty database on the server ``url`` names, and how to drop it."""
    import psycopg

    parts = urlsplit(url)
    name = f"kabar_bench_search_{os.getpid()}"
    admin = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')

    def drop():
        from django.db import connections

        connections.close_all()
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')

    return urlunsplit(parts._replace(path=f"/{name}")), drop


def _configure(database_url: str | None):
    if database_url and database_url.startswith(("postgres://", "postgresql://")):
        url, cleanup = _scratch_postgres(database_url)
    else:
        url = f"sqlite:///{tempfile.mkdtemp(prefix='kabar-bench-search-')}/bench.sqlite3"

        def cleanup():
            return None

    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
    import django

    django.setup()
    return url, cleanup


def _build(extra: int) -> dict:
    """The demo newsroom plus ``extra`` articles made of its sentences."""
    from datetime import timedelta

    from django.core.management import call_command
    from django.db import connection
    from django.utils import timezone
    from django.utils.html import escape

    from articles.demo import content
    from articles.demo.loader import load_demo
    from articles.models import Article, Category, Tag

    call_command("migrate", verbosity=0, interactive=False)
    demo = load_demo(with_accounts=False)
    seed = demo["seed"]
    rng = random.Random(5)
    sentences = [p for data in content.ARTICLES for p in data["body"]]
    titles = [data["title"] for data in content.ARTICLES]
    categories = list(Category.objects.all())
    tags = list(Tag.objects.all())
    now = timezone.now()
    articles = []
    for i in range(extra):
        published_at = now - timedelta(hours=i * 3 + 1)
        paragraphs = rng.sample(sentences, k=min(8, len(sentences)))
        articles.append(
            Article(
                title=f"{rng.choice(titles)} ({i})",
                slug=f"bench-{i}",
                lead=rng.choice(sentences)[:480],
                body="".join(f"<p>{escape(p)}</p>" for p in paragraphs),
                status=Article.Status.PUBLISHED,
                published_at=published_at,
                publication_date=timezone.localdate(published_at),
                editor=seed.editor,
                category=rng.choice(categories),
                source=seed.source if i % 2 else None,
            )
        )
    created = Article.objects.bulk_create(articles, batch_size=200)
    Through = Article.tags.through
    Through.objects.bulk_create(
        [
            Through(article_id=article.pk, tag_id=tag.pk)
            for article in created
            for tag in rng.sample(tags, k=2)
        ],
        batch_size=500,
    )
    if connection.vendor == "postgresql":
        # Fresh statistics, as autovacuum would gather them in production.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    return {"seed": seed.get_absolute_url(), "total": Article.objects.published().count()}


def _measure(client, url: str, params: dict | None, repeat: int) -> dict:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url, params)  # warm caches and templates
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url, params)
    assert response.status_code == 200, (url, params, response.status_code)
    # Read now: the next request's request_started signal empties the log.
    queries = len(ctx.captured_queries)
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        client.get(url, params)
        timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    return {
        "queries": queries,
        "median_ms": statistics.median(timings),
        "p95_ms": timings[max(0, int(len(timings) * 0.95) - 1)],
    }


def _search_only(query: str, repeat: int) -> float:
    """Median ms of the search itself: count plus the first page with snippets."""
    from articles.search import search_articles, with_snippets

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

    from articles.search import search_articles

    if connection.vendor != "postgresql":
        return "word match (no full-text index on this database)"
    plans = []
    for seqscan in ("on", "off"):
        with connection.cursor() as cursor:
            cursor.execute(f"SET enable_seqscan = {seqscan}")
        plan = search_articles(query=query).explain()
        plans.append("article_search_vector_idx" in plan)
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

    url, cleanup = _configure(args.database_url)
    try:
        built = _build(args.articles)
        from django.test import Client

        from articles.search import search_articles

        client = Client()
        print(f"database: {url.split('@')[-1]}  published articles: {built['total']}")
        print(_explain("Nord Stream"))
        header = f"{'search /cari/?q=':<26}{'found':>6}{'queries':>8}{'median ms':>11}"
        print(f"{header}{'p95 ms':>9}{'search-only ms':>16}")
        for query in SEARCHES:
            r = _measure(client, "/cari/", {"q": query}, args.repeat)
            only = _search_only(query, args.repeat)
            found = search_articles(query=query).count()
            print(
                f"{query:<26}{found:>6}{r['queries']:>8}{r['median_ms']:>11.1f}"
                f"{r['p95_ms']:>9.1f}{only:>16.1f}"
            )
        print(f"\n{'page':<26}{'':>6}{'queries':>8}{'median ms':>11}{'p95 ms':>9}")
        for name, path in {**OTHER_PAGES, "article": built["seed"]}.items():
            r = _measure(client, path, None, args.repeat)
            print(f"{name:<26}{'':>6}{r['queries']:>8}{r['median_ms']:>11.1f}{r['p95_ms']:>9.1f}")
    finally:
        cleanup()


if __name__ == "__main__":
    main()
