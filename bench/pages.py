"""Benchmark the reading pages: SQL queries, latency, size and memory per page.

Builds a scratch database with the demo newsroom plus ``--articles`` more
articles and ``--comments`` approved comments in threads on the seed article,
then requests each page ``--repeat`` times in-process and prints the figures.

    .venv/bin/python bench/pages.py --articles 1000 --comments 300
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/kabar .venv/bin/python bench/pages.py
"""

import argparse
import os

from scratch import build_newsroom, configure, measure


def _comment_threads(article, count: int) -> None:
    """``count`` approved comments: top-level ones, each with a reply chain."""
    from tests.comments.factories import make_comment

    parent = None
    for i in range(count):
        parent = make_comment(article=article, parent=parent if i % 4 else None)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--comments", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=50)
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL"))
    args = parser.parse_args()

    url, cleanup = configure(args.database_url, label="pages")
    try:
        built = build_newsroom(args.articles)
        seed = built["seed"]
        _comment_threads(seed, args.comments)
        from django.test import Client

        pages = {
            "home": "/",
            "article": seed.get_absolute_url(),
            "category": seed.category.get_absolute_url(),
            "tag": seed.tags.first().get_absolute_url(),
            "source": seed.source.get_absolute_url(),
        }
        client = Client()
        print(
            f"database: {url.split('@')[-1]}  published articles: {built['total']}"
            f"  comments on the article: {args.comments}"
        )
        print(f"{'page':<10}{'queries':>8}{'median ms':>11}{'p95 ms':>9}{'KiB':>8}{'peak KiB':>10}")
        for name, path in pages.items():
            r = measure(client, path, repeat=args.repeat)
            print(
                f"{name:<10}{r['queries']:>8}{r['median_ms']:>11.1f}{r['p95_ms']:>9.1f}"
                f"{r['kib']:>8.1f}{r['peak_kib']:>10.0f}"
            )
    finally:
        cleanup()


if __name__ == "__main__":
    main()
