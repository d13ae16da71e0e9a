"""Benchmark ``import_wordpress`` on a big generated export: time and peak memory.

Writes a WXR 1.2 export of ``--posts`` posts and ``--comments`` comments
(threaded, with pingbacks, captions, links between posts) to a file in
/tmp, imports it into a scratch database (never the site's own), then
imports it again (nothing changes), and prints the wall and CPU time of
each run, the peak memory of the process and the summary table of the
first run.

``--once`` skips the second import; the peak memory is then the first
import's alone (printed before and after it, so the export's writing and
Django's start are told apart). ``--profile N`` prints the N costliest
functions of the first import.

    .venv/bin/python bench/wordpress_import.py --posts 10000 --comments 100000
    .venv/bin/python bench/wordpress_import.py --posts 20000 --comments 200000 --once
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/kabar .venv/bin/python bench/wordpress_import.py
"""

import argparse
import cProfile
import io
import os
import pstats
import random
import resource
import sys
import tempfile
import time
from pathlib import Path
from xml.sax.saxutils import escape

from scratch import configure

SITE = "https://lama.example"
CATEGORIES = [
    ("nasional", "Nasional", ""),
    ("politik", "Politik", "nasional"),
    ("hukum", "Hukum", "nasional"),
    ("ekonomi", "Ekonomi", ""),
    ("olahraga", "Olahraga", ""),
    ("sepak-bola", "Sepak Bola", "olahraga"),
    ("internasional", "Internasional", ""),
    ("uncategorized", "Uncategorized", ""),
]
WORDS = (
    "pemerintah rencana anggaran warga kota banjir jalan presiden menteri sidang pasar harga "
    "beras listrik pelabuhan sekolah guru siswa rumah sakit dokter pasien gempa bantuan relawan "
    "polisi pengadilan saksi tim pelatih laga gol suporter investor saham rupiah ekspor impor"
).split()


def _cdata(text: str) -> str:
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def _sentence(rng: random.Random) -> str:
    words = rng.choices(WORDS, k=rng.randint(8, 18))
    return " ".join(words).capitalize() + "."


def _body(rng: random.Random, wp_id: int, posts: int) -> str:
    paragraphs = [" ".join(_sentence(rng) for _ in range(3)) for _ in range(rng.randint(4, 8))]
    other = rng.randint(1, posts)
    paragraphs.insert(2, f'Baca juga <a href="{SITE}/?p={other}">berita sebelumnya</a>.')
    if wp_id % 3 == 0:
        paragraphs.insert(
            1,
            f'[caption id="attachment_{wp_id}" align="aligncenter" width="640"]'
            f'<img src="{SITE}/wp-content/uploads/2021/01/foto-{wp_id}.jpg" alt="Foto" '
            f'width="640" height="360" /> Keterangan foto {wp_id}.[/caption]',
        )
    if wp_id % 5 == 0:
        paragraphs.append("<ul>\n<li>Poin pertama</li>\n<li>Poin kedua</li>\n</ul>")
    return "\n\n".join(paragraphs)


def _comment(rng, cid, parent, kind="") -> str:
    state = rng.choices(["1", "0", "spam", "trash"], weights=[85, 8, 5, 2])[0]
    return (
        f"<wp:comment><wp:comment_id>{cid}</wp:comment_id>"
        f"<wp:comment_author>{_cdata(f'Pembaca {cid % 997}')}</wp:comment_author>"
        f"<wp:comment_author_email>pembaca{cid % 997}@surel.example</wp:comment_author_email>"
        f"<wp:comment_author_url></wp:comment_author_url>"
        f"<wp:comment_author_IP>203.0.113.{cid % 250}</wp:comment_author_IP>"
        f"<wp:comment_date>2021-02-01 10:{cid % 60:02d}:00</wp:comment_date>"
        f"<wp:comment_date_gmt>2021-02-01 03:{cid % 60:02d}:00</wp:comment_date_gmt>"
        f"<wp:comment_content>{_cdata(_sentence(rng) + chr(10) + _sentence(rng))}"
        f"</wp:comment_content><wp:comment_approved>{state}</wp:comment_approved>"
        f"<wp:comment_type>{kind}</wp:comment_type><wp:comment_parent>{parent}"
        f"</wp:comment_parent><wp:comment_user_id>0</wp:comment_user_id></wp:comment>"
    )


def write_export(path: Path, posts: int, comments: int, seed: int = 7) -> None:
    """A WXR 1.2 file with ``posts`` posts carrying ``comments`` comments between them."""
    rng = random.Random(seed)
    per_post = comments // posts
    extra = comments - per_post * posts
    cid = 0
    with open(path, "w", encoding="utf-8") as out:
        out.write(
            '<?xml version="1.0" encoding="UTF-8" ?>\n<rss version="2.0" '
            'xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:wp="http://wordpress.org/export/1.2/">\n<channel>\n'
            f"<title>Kabar Lama</title><link>{SITE}</link>"
            "<wp:wxr_version>1.2</wp:wxr_version>"
            f"<wp:base_site_url>{SITE}</wp:base_site_url><wp:base_blog_url>{SITE}"
            "</wp:base_blog_url>\n"
        )
        for n in range(1, 21):
            out.write(
                f"<wp:author><wp:author_id>{n}</wp:author_id><wp:author_login>"
                f"{_cdata(f'penulis{n}')}</wp:author_login><wp:author_email>"
                f"penulis{n}@lama.example</wp:author_email><wp:author_display_name>"
                f"{_cdata(f'Penulis {n}')}</wp:author_display_name></wp:author>\n"
            )
        for slug, name, parent in CATEGORIES:
            out.write(
                f"<wp:category><wp:category_nicename>{slug}</wp:category_nicename>"
                f"<wp:category_parent>{parent}</wp:category_parent><wp:cat_name>"
                f"{_cdata(name)}</wp:cat_name></wp:category>\n"
            )
        for wp_id in range(1, posts + 1):
            status = rng.choices(["publish", "draft", "future"], weights=[94, 5, 1])[0]
            day = 1 + wp_id % 28
            year = 2099 if status == "future" else 2015 + wp_id % 8
            slug = f"berita-{wp_id}-{rng.choice(WORDS)}"
            category = rng.choice(CATEGORIES)
            tags = rng.sample(WORDS, 3)
            count = per_post + (1 if wp_id <= extra else 0)
            thread = []
            ids: list[int] = []
            for i in range(count):
                cid += 1
                parent = rng.choice(ids) if ids and rng.random() < 0.35 else 0
                kind = "pingback" if i == 0 and wp_id % 10 == 0 else ""
                thread.append(_comment(rng, cid, parent, kind))
                if not kind:
                    ids.append(cid)
            terms = (
                f'<category domain="category" nicename="{category[0]}">'
                f"{_cdata(category[1])}</category>"
            )
            terms += "".join(
                f'<category domain="post_tag" nicename="{t}">{_cdata(t.title())}</category>'
                for t in tags
            )
            meta = (
                "<wp:postmeta><wp:meta_key>sumber</wp:meta_key><wp:meta_value>"
                f"{_cdata(rng.choice(['Antara', 'Medcom.id', 'Kompas']))}</wp:meta_value>"
                "</wp:postmeta>"
                if wp_id % 4 == 0
                else ""
            )
            out.write(
                f"<item><title>{escape(_sentence(rng)[:-1])}</title>"
                f"<link>{SITE}/{year}/{(wp_id % 12) + 1:02d}/{slug}/</link>"
                f"<dc:creator>{_cdata(f'penulis{1 + wp_id % 20}')}</dc:creator>"
                f'<guid isPermaLink="false">{SITE}/?p={wp_id}</guid>'
                f"<content:encoded>{_cdata(_body(rng, wp_id, posts))}</content:encoded>"
                f"<excerpt:encoded>{_cdata(_sentence(rng) if wp_id % 2 else '')}"
                "</excerpt:encoded>"
                f"<wp:post_id>{wp_id}</wp:post_id>"
                f"<wp:post_date>{year}-{(wp_id % 12) + 1:02d}-{day:02d} 14:00:00</wp:post_date>"
                f"<wp:post_date_gmt>{year}-{(wp_id % 12) + 1:02d}-{day:02d} 07:00:00"
                "</wp:post_date_gmt><wp:comment_status>open</wp:comment_status>"
                f"<wp:post_name>{slug}</wp:post_name><wp:status>{status}</wp:status>"
                "<wp:post_parent>0</wp:post_parent><wp:post_type>post</wp:post_type>"
                f"{terms}{meta}{''.join(thread)}</item>\n"
            )
        for page in range(posts + 1, posts + 1 + max(posts // 100, 1)):
            out.write(
                f"<item><title>Halaman {page}</title><wp:post_id>{page}</wp:post_id>"
                "<wp:post_type>page</wp:post_type><wp:status>publish</wp:status></item>\n"
            )
        out.write("</channel>\n</rss>\n")


def _import(path: Path) -> tuple[float, float, str]:
    """Wall and CPU seconds of one import, and its output."""
    from django.core.management import call_command

    out = io.StringIO()
    started, cpu = time.perf_counter(), time.process_time()
    call_command("import_wordpress", str(path), stdout=out, stderr=io.StringIO())
    return time.perf_counter() - started, time.process_time() - cpu, out.getvalue()


def _maxrss() -> float:
    """The process's peak resident memory so far, in MiB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=10_000)
    parser.add_argument("--comments", type=int, default=100_000)
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL"))
    parser.add_argument(
        "--once", action="store_true", help="import once (skip the second, unchanged run)"
    )
    parser.add_argument(
        "--profile", type=int, default=0, metavar="N", help="print the N costliest functions"
    )
    args = parser.parse_args()

    path = Path(tempfile.gettempdir()) / f"kabar-wxr-{args.posts}-{args.comments}.xml"
    started = time.perf_counter()
    write_export(path, args.posts, args.comments)
    print(
        f"export: {path} ({path.stat().st_size / 2**20:.1f} MiB), "
        f"written in {time.perf_counter() - started:.1f} s"
    )
    url, cleanup = configure(args.database_url, label="wordpress")
    try:
        from django.core.management import call_command

        call_command("migrate", verbosity=0, interactive=False)
        before = _maxrss()
        profiler = cProfile.Profile() if args.profile else None
        if profiler:
            profiler.enable()
        first, first_cpu, summary = _import(path)
        if profiler:
            profiler.disable()
        print(f"database: {url.split('@')[-1]}")
        print(f"first import: {first:.1f} s wall, {first_cpu:.1f} s CPU", flush=True)
        print(
            f"peak memory (maxrss): {before:.0f} MiB before the import, "
            f"{_maxrss():.0f} MiB after it",
            flush=True,
        )
        if profiler:
            stats = pstats.Stats(profiler, stream=sys.stdout)
            stats.sort_stats("cumulative").print_stats(args.profile)
            stats.sort_stats("tottime").print_stats(args.profile)
        if not args.once:
            second, second_cpu, again = _import(path)
            print(f"second import (nothing to change): {second:.1f} s wall, {second_cpu:.1f} s CPU")
            print(f"peak memory (maxrss): {_maxrss():.0f} MiB")
        # Wall time counts waiting for a busy machine's cores; CPU time does not.
        print(f"load average at the end: {os.getloadavg()[0]:.1f}")
        print()
        print(summary.split("\nNotes")[0].rstrip())
        if not args.once:
            assert "everything was unchanged" in again, again
    finally:
        cleanup()


if __name__ == "__main__":
    main()
