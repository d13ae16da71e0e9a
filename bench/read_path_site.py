"""The Django side of bench/read_path.py, run in its own process.

    python bench/read_path_site.py seed    # comments and votes on the seed article
    python bench/read_path_site.py render  # in-process render time on a cache miss
    python bench/read_path_site.py render --code-root DIR --baseline
        # the same, with the code of another checkout (an earlier commit)

Both read their settings (production, the scratch database, the Redis
database) from the environment bench/read_path.py builds, and print one JSON
object on the last line of their output.
"""

import argparse
import hashlib
import json
import random
import statistics
import sys
import time
from contextlib import nullcontext
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SEED_SLUG_PREFIX = "nato-rusia-serang"

FIRST_NAMES = [
    "Agus", "Budi", "Citra", "Dewi", "Eko", "Fitri", "Gilang", "Hendra", "Indah", "Joko",
    "Kartika", "Lestari", "Made", "Nur", "Oktaviani", "Putu", "Rizky", "Siti", "Teguh",
    "Utami", "Wahyu", "Yusuf", "Zainal", "Ayu", "Bambang", "Dian", "Fajar", "Hadi",
]  # fmt: skip
LAST_NAMES = [
    "Santoso", "Wijaya", "Saputra", "Lestari", "Hidayat", "Nugroho", "Pratama", "Siregar",
    "Nasution", "Harahap", "Susanto", "Kurniawan", "Wibowo", "Rahmawati", "Setiawan", "",
]  # fmt: skip

# Sentences a reader might write under an article on NATO, Russia and Ukraine.
SENTENCES = [
    "Semoga perang ini cepat berakhir dan warga sipil tidak lagi menjadi korban.",
    "Saya tidak yakin ancaman nuklir itu hanya gertakan belaka.",
    "NATO seharusnya lebih berhati-hati, eskalasi seperti ini bisa merugikan semua pihak.",
    "Yang paling menderita tetap rakyat biasa, terutama anak-anak dan orang tua.",
    "Harga pangan dan energi di negara kita juga ikut naik karena perang ini.",
    "Indonesia sebaiknya tetap bebas aktif dan mendorong perundingan damai.",
    "Beritanya lengkap, tetapi saya ingin tahu juga pandangan dari pihak Rusia.",
    "Serangan ke kota-kota jelas melanggar hukum humaniter internasional.",
    "Menurut saya sanksi ekonomi kurang berpengaruh selama masih ada yang membeli minyaknya.",
    "Terima kasih atas liputannya, jarang ada media yang menulis sedetail ini.",
    "Kalau pertemuan para menteri pertahanan itu tidak menghasilkan apa-apa, untuk apa diadakan?",
    "Sejarah menunjukkan perang besar selalu dimulai dari salah perhitungan seperti ini.",
    "Saya punya saudara yang bekerja di Eropa, katanya suasana di sana mulai tegang.",
    "Perlu diingat bahwa informasi dari medan perang sering kali belum bisa diverifikasi.",
    "Mohon redaksi menambahkan peta lokasi serangan supaya pembaca lebih paham.",
    "Bantuan senjata terus mengalir, tetapi bantuan kemanusiaan justru sering terlambat.",
    "Pernyataan Stoltenberg itu masuk akal, perang nuklir memang tidak bisa dimenangkan siapa pun.",
    "Apakah PBB masih punya peran di konflik ini? Rasanya Dewan Keamanan lumpuh.",
    "Rusia kehilangan banyak wilayah, wajar kalau mereka mencari cara lain untuk menekan.",
    "Ukraina juga butuh pertahanan udara yang lebih baik, bukan hanya tank.",
    "Saya berharap para pemimpin dunia mengutamakan diplomasi daripada gengsi.",
    "Setiap hari membaca berita seperti ini rasanya sedih sekali.",
    "Tulisan ini membantu saya memahami latar belakang konfliknya.",
    "Jangan lupa, musim dingin akan membuat keadaan pengungsi semakin berat.",
    "Ekonomi global belum pulih dari pandemi, sekarang ditambah krisis energi.",
    "Bagaimana nasib mahasiswa Indonesia yang masih berada di Ukraina?",
]
SHORT_REPLIES = [
    "Setuju.",
    "Betul sekali, Bung.",
    "Saya kurang sependapat.",
    "Sumbernya dari mana, ya?",
    "Terima kasih infonya.",
    "Amin, semoga damai.",
    "Nah, ini poin yang penting.",
    "Hmm, masuk akal juga.",
]


def _setup() -> None:
    import django

    django.setup()


def _seed_article():
    from articles.models import Article

    return Article.objects.get(slug__startswith=SEED_SLUG_PREFIX)


def _comment_text(rng: random.Random, *, reply: bool) -> str:
    """A comment as readers write them: mostly a few sentences, sometimes a short
    reply, now and then two paragraphs (a blank line, which the sanitizer keeps)."""
    if reply and rng.random() < 0.25:
        return rng.choice(SHORT_REPLIES)
    paragraphs = 2 if rng.random() < 0.2 else 1
    return "\n\n".join(
        " ".join(rng.sample(SENTENCES, k=rng.choice((1, 1, 2, 2, 3, 4)))) for _ in range(paragraphs)
    )


def _add_comments(article, count: int, rng: random.Random) -> dict:
    """``count`` approved comments in threads: roots, and replies down to depth 3."""
    from django.conf import settings
    from django.db import transaction
    from django.utils import timezone

    from comments.models import Comment
    from comments.sanitize import sanitize_comment

    max_depth = min(3, settings.COMMENTS_MAX_DEPTH)
    made: list = []
    with transaction.atomic():
        for i in range(count):
            eligible = [c for c in made[-80:] if c.depth < max_depth]
            parent = rng.choice(eligible) if eligible and rng.random() < 0.65 else None
            first = rng.choice(FIRST_NAMES)
            name = f"{first} {rng.choice(LAST_NAMES)}".strip()
            made.append(
                Comment.objects.create(
                    article=article,
                    parent=parent,
                    root=(parent.root or parent) if parent else None,
                    depth=parent.depth + 1 if parent else 0,
                    name=name,
                    email=f"{first.lower()}{i}@contoh.example",
                    body=sanitize_comment(_comment_text(rng, reply=parent is not None)),
                    status=Comment.Status.APPROVED,
                )
            )
        # Spread the comments over the days before now, oldest first, each
        # approved a few minutes after it was written.
        now = timezone.now()
        for i, comment in enumerate(made):
            comment.created_at = now - timedelta(minutes=(count - i) * 7)
            comment.moderated_at = comment.created_at + timedelta(minutes=rng.randint(2, 90))
        Comment.objects.bulk_update(made, ["created_at", "moderated_at"], batch_size=250)
    depths: dict[int, int] = {}
    for comment in made:
        depths[comment.depth] = depths.get(comment.depth, 0) + 1
    lengths = sorted(len(c.body) for c in made)
    return {
        "comments": len(made),
        "by_depth": {str(k): v for k, v in sorted(depths.items())},
        "body_chars_median": statistics.median(lengths),
        "body_chars_max": lengths[-1],
    }


def _add_votes(article, count: int, rng: random.Random) -> dict:
    """``count`` votes from distinct readers, then the tallies rebuilt from them."""
    from articles.poll.models import ReactionOption, ReactionVote
    from articles.poll.services import tally_rebuild

    options = list(ReactionOption.objects.active())
    if not options:
        raise SystemExit("No active reaction options: did the migrations run?")
    weights = [len(options) - i for i in range(len(options))]
    votes = [
        ReactionVote(
            article=article,
            option=rng.choices(options, weights=weights)[0],
            voter_hash=hashlib.sha256(f"bench-read:{article.pk}:{n}".encode()).hexdigest(),
            address_bucket=f"{rng.getrandbits(20):05x}",
        )
        for n in range(count)
    ]
    ReactionVote.objects.bulk_create(votes, batch_size=1000)
    tally_rebuild(article=article)
    return {"votes": ReactionVote.objects.filter(article=article).count()}


def seed(args) -> dict:
    from django.db import connection

    article = _seed_article()
    rng = random.Random(20221011)
    result = {"article": article.get_absolute_url(), "category": None}
    if article.category_id:
        result["category"] = article.category.get_absolute_url()
    result.update(_add_comments(article, args.comments, rng))
    result.update(_add_votes(article, args.votes, rng))
    if connection.vendor == "postgresql":
        # Fresh statistics, as autovacuum would gather them in production.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    return result


def _render_times(client, url, repeat: int, make_miss) -> dict:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    timings, cpu = [], []
    queries = status = None
    size = 0
    for n in range(repeat):
        make_miss()
        last = n == repeat - 1
        # Queries are captured on the last request only: the debug cursor costs time.
        with CaptureQueriesContext(connection) if last else nullcontext() as ctx:
            started, started_cpu = time.perf_counter(), time.process_time()
            response = client.get(url, HTTP_HOST="127.0.0.1")
            timings.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - started_cpu) * 1000)
            if last:
                # Read now: the next request's request_started signal empties the log.
                queries = len(ctx.captured_queries)
        status = response.status_code
        size = len(response.content)
        if status != 200:
            break
    return {
        "status": status,
        "requests": len(timings),
        "median_ms": statistics.median(timings),
        "cpu_median_ms": statistics.median(cpu),
        "min_ms": min(timings),
        "max_ms": max(timings),
        "queries": queries,
        "kib": size / 1024,
    }


def render_baseline(args) -> dict:
    """GET the seed article ``args.repeat`` times with another checkout's code.

    That code may know nothing of the page cache: the cache is cleared
    before each request, and the page is rendered in full every time.
    """
    from django.core.cache import cache
    from django.test import Client

    url = _seed_article().get_absolute_url()
    client = Client()
    client.get(url, HTTP_HOST="127.0.0.1")
    return _render_times(client, url, args.repeat, cache.clear)


def render(args) -> dict:
    """GET the seed article ``args.repeat`` times in-process, each a cache miss.

    Three kinds of miss: on an empty cache (nothing kept at all), after a
    change to the article's comments (a comment approved: its key announced), and after the
    kept page expired (every PAGE_CACHE_SECONDS, for the poll counts), the
    miss a busy story meets most.
    """
    from django.conf import settings
    from django.core.cache import cache
    from django.test import Client

    from articles.page_keys import comments_key
    from portal.page_cache import store
    from portal.page_cache.middleware import _name

    article = _seed_article()
    url = article.get_absolute_url()
    client = Client()
    client.get(url, HTTP_HOST="127.0.0.1")
    result = _render_times(client, url, args.repeat, cache.clear)
    result["after_change"] = _render_times(
        client, url, args.repeat, lambda: store.announce([comments_key(article.pk)])
    )

    # The kept page's time ran out (poll counts are refreshed so): the
    # comments did not change, and the fragments kept for it (the article's
    # data, the comment sections and count) are reused. Only the page's own
    # entry goes; the fragments are kept under the same kind of name.
    origin = "" if settings.SITE_URL else "http://127.0.0.1"
    page_entry = store.cache_key("entry", _name(origin, url, {}))
    if cache.get(page_entry) is None:
        raise SystemExit(f"the seed article's kept entry is not at {page_entry}")

    def expired():
        cache.delete(page_entry)

    result["after_expiry"] = _render_times(client, url, args.repeat, expired)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    seed_parser = sub.add_parser("seed")
    seed_parser.add_argument("--comments", type=int, default=500)
    seed_parser.add_argument("--votes", type=int, default=5000)
    render_parser = sub.add_parser("render")
    render_parser.add_argument("--repeat", type=int, default=30)
    render_parser.add_argument("--code-root", help="import the site from this checkout")
    render_parser.add_argument("--baseline", action="store_true", help="see render_baseline")
    args = parser.parse_args()
    if getattr(args, "code_root", None):
        sys.path.insert(0, str(Path(args.code_root).resolve()))
    _setup()
    if args.command == "seed":
        result = seed(args)
    else:
        result = render_baseline(args) if args.baseline else render(args)
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
