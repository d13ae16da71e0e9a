"""What the benchmarks share: a scratch database, a big newsroom, timings.

A scratch database never touches the site's own: SQLite in a temporary
folder, or a new PostgreSQL database beside the one DATABASE_URL names,
dropped afterwards.
"""

import os
import random
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _scratch_postgres(url: str, label: str) -> tuple[str, Callable[[], None]]:
    """A new empty database on the server ``url`` names, and how to drop it."""
    import psycopg

    parts = urlsplit(url)
    name = f"kabar_bench_{label}_{os.getpid()}"
    admin = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')

    def drop():
        from django.db import connections

        connections.close_all()
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')

    return urlunsplit(parts._replace(path=f"/{name}")), drop


def configure(database_url: str | None, *, label: str) -> tuple[str, Callable[[], None]]:
    """Point Django at a scratch database and set it up; return it and its cleanup."""
    if database_url and database_url.startswith(("postgres://", "postgresql://")):
        url, cleanup = _scratch_postgres(database_url, label)
    else:
        url = f"sqlite:///{tempfile.mkdtemp(prefix=f'kabar-bench-{label}-')}/bench.sqlite3"

        def cleanup():
            return None

    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
    import django

    django.setup()
    return url, cleanup


def build_newsroom(extra: int) -> dict:
    """The demo newsroom plus ``extra`` published articles made of its sentences."""
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
    return {"demo": demo, "seed": seed, "total": Article.objects.published().count()}


def p95(sorted_ms: list[float]) -> float:
    """The 95th percentile of ``sorted_ms`` (sorted, not empty)."""
    return sorted_ms[max(0, int(len(sorted_ms) * 0.95) - 1)]


def measure(client, url: str, params: dict | None = None, *, repeat: int) -> dict:
    """Queries of one request, then median and p95 ms and peak memory over ``repeat``.

    Every request is a rendering: the shared cache is emptied before it, so
    the figures are what a miss costs (a kept page costs no query), and no
    rate limit counts the benchmark's own requests.
    """
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url, params)  # warm templates
    cache.clear()
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url, params)
    assert response.status_code == 200, (url, params, response.status_code)
    # Read now: the next request's request_started signal empties the log.
    queries = len(ctx.captured_queries)
    timings = []
    for _ in range(repeat):
        cache.clear()
        started = time.perf_counter()
        client.get(url, params)
        timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    # Memory on one more request: tracing slows Python, so never while timing.
    cache.clear()
    tracemalloc.start()
    client.get(url, params)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {
        "queries": queries,
        "median_ms": statistics.median(timings),
        "p95_ms": p95(timings),
        "kib": len(response.content) / 1024,
        "peak_kib": peak / 1024,
    }
