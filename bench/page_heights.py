"""How tall the reader's pages are on a phone (360 px wide), in CSS pixels.

    .venv/bin/python bench/page_heights.py [--root OTHER_CHECKOUT]

On a scratch SQLite database and Redis database 13 (flushed): production
settings, ``collectstatic``, ``migrate`` and ``load_demo``, then gunicorn on
loopback. Debian's Chromium opens the home page, the seed article and a
search at 360 x 740 and prints each page's height, where the article's
comments begin and how tall its poll is. ``--root`` runs the site from
another checkout (an older commit, for the figures before a change).
"""

import argparse
import os
import shutil
import sys
import tempfile
from contextlib import ExitStack
from pathlib import Path

import page_weight
from page_weight import demo_site, free_port, site_env

CHROMIUM = os.environ.get("KABAR_CHROMIUM", "/usr/bin/chromium")
WIDTH, HEIGHT = 360, 740
SEARCH = "/cari/?q=NATO"


def measure(base: str, article: str) -> dict:
    from playwright.sync_api import sync_playwright

    figures = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=["--no-sandbox", "--disable-gpu"]
        )
        page = browser.new_page(viewport={"width": WIDTH, "height": HEIGHT})
        for label, path in (("home", "/"), ("article", article), ("search", SEARCH)):
            page.goto(base + path, wait_until="networkidle")
            figures[label] = page.evaluate("document.documentElement.scrollHeight")
            if label == "article":
                figures["comments start"] = page.evaluate(
                    "Math.round(document.getElementById('komentar').getBoundingClientRect().top"
                    " + window.scrollY)"
                )
                figures["poll"] = page.evaluate(
                    "Math.round(document.getElementById('tanggapan').getBoundingClientRect().height)"
                )
                figures["overflowing"] = page.evaluate(
                    "document.documentElement.scrollWidth > window.innerWidth"
                )
        browser.close()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--root", type=Path, default=page_weight.ROOT)
    root = parser.parse_args().root.resolve()
    page_weight.ROOT = root
    page_weight.REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/13")
    workdir = Path(tempfile.mkdtemp(prefix="kabar-page-heights-"))
    port = free_port()
    env = site_env(workdir, port)
    env["CACHE_URL"] = page_weight.REDIS_URL
    with ExitStack() as stack:
        stack.callback(shutil.rmtree, workdir, ignore_errors=True)
        print(f"Setting up {root} (production settings, SQLite, demo content)", flush=True)
        article = stack.enter_context(demo_site(env, port))
        figures = measure(f"http://127.0.0.1:{port}", article)
        print(f"\nAt {WIDTH} px wide (CSS pixels):\n")
        print("| page | height |")
        print("| --- | ---: |")
        for label, value in figures.items():
            shown = value if isinstance(value, bool) else f"{value:,} px"
            print(f"| {label} | {shown} |")


if __name__ == "__main__":
    sys.exit(main())
