"""Every page a reader, editor or moderator opens, on the archive ``scale_data.py`` built.

Each page is requested in-process with every cache emptied first (a miss),
best of ``--repeat``; printed as a table: time, SQL queries, HTML size and
the slowest query of the page.

    SCALE_DATABASE_URL=postgres://postgres@127.0.0.1:5432/kabar_scale \\
        .venv/bin/python bench/scale_pages.py

``--explain N`` prints EXPLAIN ANALYZE of the N slowest queries seen.
"""

import argparse
import logging
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scale_data import configure  # noqa: E402

_TABLE = re.compile(r'FROM "(\w+)"')


def _label(sql: str) -> str:
    """A few words naming a query: its first table, and COUNT when it counts."""
    table = _TABLE.search(sql)
    name = table.group(1) if table else sql[:30]
    kind = "COUNT " if re.match(r'SELECT COUNT\(\*\)|SELECT COUNT\("', sql, re.I) else ""
    return f"{kind}{name}"


def _clear_caches() -> None:
    from django.core.cache import caches

    for cache in caches.all():
        cache.clear()


def _request(client, url: str, repeat: int) -> dict:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    best = None
    for _ in range(repeat):
        _clear_caches()
        with CaptureQueriesContext(connection) as ctx:
            started = time.perf_counter()
            response = client.get(url)
            elapsed = (time.perf_counter() - started) * 1000
        if response.status_code != 200:
            raise SystemExit(f"{url}: HTTP {response.status_code}")
        queries = [(float(q["time"]) * 1000, q["sql"]) for q in ctx.captured_queries]
        if best is None or elapsed < best["ms"]:
            slowest = max(queries, default=(0.0, ""))
            best = {
                "ms": elapsed,
                "queries": len(queries),
                "bytes": len(response.content),
                "slowest_ms": slowest[0],
                "slowest_sql": slowest[1],
                "content": response.content,
            }
    return best


def _size(nbytes: int) -> str:
    if nbytes >= 1024 * 1024:
        return f"{nbytes / 1024 / 1024:.1f} MB"
    return f"{nbytes / 1024:.0f} KiB"


def _pages() -> list[tuple[str, str, bool]]:
    """``(label, url, needs staff)`` for every page the table shows."""
    from django.conf import settings
    from django.db.models import Count
    from django.urls import reverse

    from articles.models import Article, Category, Source, Tag
    from comments.models import Comment
    from comments.moderation.history import commenter_key

    admin = "/" + settings.ADMIN_URL
    category = Category.objects.annotate(n=Count("articles")).order_by("-n").first()
    per_page = settings.ARTICLES_PER_PAGE
    last = max(1, -(-Article.objects.published().filter(category=category).count() // per_page))
    tag = Tag.objects.filter(slug__startswith="topik-").order_by("pk").first()
    tag = tag or Tag.objects.first()
    source = Source.objects.order_by("pk").first()
    busiest_id = (
        Comment.objects.order_by()
        .values("article_id")
        .annotate(n=Count("pk"))
        .order_by("-n")
        .values_list("article_id", flat=True)
        .first()
    )
    busiest = Article.objects.get(pk=busiest_id)
    commenter = Comment.objects.filter(article=busiest).order_by("pk").first()
    pages = [
        ("home `/`", "/", False),
        ("category page 1", category.get_absolute_url(), False),
        (f"category last page ({last:,})", f"{category.get_absolute_url()}?page={last}", False),
        ("tag page 1", tag.get_absolute_url(), False),
        ("source page 1", source.get_absolute_url(), False),
        ("search `ekonomi` (common)", "/cari/?q=ekonomi", False),
        ("search `Stoltenberg` (rare)", "/cari/?q=Stoltenberg", False),
        ("`/feed/`", "/feed/", False),
        ("`/sitemap.xml`", "/sitemap.xml", False),
    ]
    pages += _sitemap_parts()
    pages += [
        ("`/sitemap-news.xml`", "/sitemap-news.xml", False),
        ("busiest article", busiest.get_absolute_url(), False),
        ("busiest article, last comment page", busiest.get_absolute_url() + "?page=last", False),
        ("admin index", admin, True),
        ("admin article list", f"{admin}articles/article/", True),
        ("admin article search `ekonomi`", f"{admin}articles/article/?q=ekonomi", True),
        ("admin comment list", f"{admin}comments/comment/", True),
        ("admin comment search", f"{admin}comments/comment/?q=Pembaca+1234", True),
        (
            "admin comments of the busiest article",
            f"{admin}comments/comment/?article__id__exact={busiest.pk}",
            True,
        ),
        ("moderation queue", reverse("admin:comments_pendingcomment_changelist"), True),
        (
            "commenter history",
            f"{admin}comments/comment/?pengomentar={commenter_key(commenter)}",
            True,
        ),
        ("admin article change page", f"{admin}articles/article/{busiest.pk}/change/", True),
        ("admin reaction counts", reverse("admin:articles_reactiontally_changelist"), True),
        ("statistics: readers", reverse("statistik:index"), True),
        ("statistics: busiest article", reverse("statistik:article", args=[busiest.pk]), True),
    ]
    return pages


def _sitemap_parts() -> list[tuple[str, str, bool]]:
    """The sitemap index's parts: the newest month's articles, the tags' and the authors'."""
    from django.test import Client

    content = Client().get("/sitemap.xml").content.decode()
    if "<sitemapindex" not in content:
        return []
    locs = re.findall(r"<loc>https?://[^/]+(/[^<]*)</loc>", content)
    parts = []
    articles = [loc for loc in locs if "artikel" in loc]
    if articles:
        parts.append(("sitemap part: newest month", articles[0], False))
    tags = [loc for loc in locs if "tag" in loc]
    if tags:
        parts.append(("sitemap part: tags", tags[0], False))
    authors = [loc for loc in locs if "penulis" in loc]
    if authors:
        parts.append(("sitemap part: authors", authors[0], False))
    return parts


def _last_comment_page(client, url: str) -> str:
    _clear_caches()
    html = client.get(url.replace("?page=last", "")).content.decode()
    # "Halaman 1 dari 120" in the comments' page links; a next link otherwise.
    section = html[html.find('class="pagination comment-pagination') :]
    total = re.search(r"Halaman [0-9.]+ dari ([0-9.]+)", section)
    numbers = [int(n) for n in re.findall(r"[?&]page=(\d+)#komentar", html)]
    last = int(total.group(1).replace(".", "")) if total else max(numbers, default=1)
    return url.replace("page=last", f"page={last}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--explain", type=int, default=0)
    parser.add_argument("--only", default="", help="only pages whose label contains this")
    args = parser.parse_args()
    url = configure()
    logging.disable(logging.INFO)
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client

    from articles.models import Article
    from comments.models import Comment

    User = get_user_model()
    staff, _ = User.objects.get_or_create(
        username="bench-admin", defaults={"is_staff": True, "is_superuser": True}
    )
    public, admin = Client(), Client()
    admin.force_login(staff)
    print(
        f"database {url.rsplit('@', 1)[-1]}: {Article.objects.published().count():,} published "
        f"articles, {Comment.objects.count():,} comments; best of {args.repeat}, caches "
        "emptied before each request"
    )
    print()
    print("| page | time | queries | size | slowest query |")
    print("|---|---|---|---|---|")
    slow = []
    for label, page_url, staff_only in _pages():
        if args.only and args.only not in label:
            continue
        client = admin if staff_only else public
        if page_url.endswith("page=last"):
            page_url = _last_comment_page(client, page_url)
            label = f"{label} ({page_url.rsplit('=', 1)[1]})"
        result = _request(client, page_url, args.repeat)
        slowest = ""
        if result["slowest_ms"] >= 20:
            slowest = f"{result['slowest_ms']:,.0f} ms {_label(result['slowest_sql'])}"
        print(
            f"| {label} | {result['ms']:,.0f} ms | {result['queries']} | "
            f"{_size(result['bytes'])} | {slowest} |",
            flush=True,
        )
        slow.append((result["slowest_ms"], label, result["slowest_sql"]))
    slow.sort(reverse=True)
    for ms, label, sql in slow[: args.explain]:
        print(f"\n### {label}: {ms:,.0f} ms\n```\n{sql}\n```")
        with connection.cursor() as cursor:
            cursor.execute("EXPLAIN (ANALYZE, BUFFERS OFF) " + sql)
            print("```\n" + "\n".join(row[0] for row in cursor.fetchall()) + "\n```")


if __name__ == "__main__":
    main()
