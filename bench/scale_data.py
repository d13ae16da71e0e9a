"""A newsroom's whole archive in PostgreSQL, made by set-based SQL.

At ``SCALE=1``: 300,000 published articles over five years (plus the demo's
16), two tags each; 3,000,000 comments (95% approved, 3% pending, 2% spam),
900,000 of them replies, the most recent articles the busiest; 6,000,000
reactions, the recent ones on recent articles. Everything is made by
``INSERT … SELECT … generate_series`` in the database: no row passes through
Python. Secondary indexes are dropped while the rows go in and built again
afterwards, as a restore would.

    SCALE_DATABASE_URL=postgres://postgres@127.0.0.1:5432/kabar_scale SCALE=0.1 \\
        .venv/bin/python bench/scale_data.py

The database is created when the server does not have it (default
``kabar_scale`` on the local server). ``SCALE=0`` is the demo newsroom alone.

``--reuse`` keeps an archive that is already there (same size); the
benchmark of the pages (``bench/scale_pages.py``) runs on it.
"""

import argparse
import logging
import os
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ARTICLES = 300_000
COMMENTS = 3_000_005
REPLY_SHARE = 0.3
REACTIONS = 6_000_482
TAGS = 3_000
COMMENTERS = 60_000
YEARS = 5

# Words of the generated titles and bodies: "ekonomi" is common (one article
# in three), "Stoltenberg" stays in the demo's few.
TOPICS = [
    "ekonomi",
    "politik",
    "banjir",
    "pendidikan",
    "kesehatan",
    "olahraga",
    "teknologi",
    "pariwisata",
    "pertanian",
]
SENTENCES = [
    "Pemerintah daerah menyiapkan anggaran tambahan untuk perbaikan jalan provinsi.",
    "Warga diminta tetap waspada menghadapi cuaca ekstrem pekan ini.",
    "Harga bahan pokok di pasar tradisional terpantau stabil menjelang akhir bulan.",
    "Para pelaku usaha kecil menyambut baik program kredit berbunga rendah.",
    "Rapat dengar pendapat di DPRD berlangsung hingga larut malam.",
    "Kepolisian menambah personel untuk mengamankan arus mudik.",
    "Sekolah-sekolah mulai menerapkan kurikulum baru secara bertahap.",
    "Dinas kesehatan menggelar vaksinasi di puskesmas kecamatan.",
    "Tim nasional bersiap menghadapi laga uji coba di stadion utama.",
    "Investor asing menunggu kepastian regulasi sebelum menanamkan modal.",
    "Petani berharap musim tanam tahun ini membawa hasil panen yang lebih baik.",
    "Sejumlah wisatawan mancanegara memadati kawasan pantai selatan.",
]


DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/kabar_scale"


def _create_database(url: str) -> None:
    """Create the database ``url`` names when the server does not have it yet."""
    import psycopg

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    admin = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')


def configure() -> str:
    url = os.environ.get("SCALE_DATABASE_URL") or DEFAULT_URL
    if not url.startswith(("postgres://", "postgresql://")):
        sys.exit("SCALE_DATABASE_URL must name a PostgreSQL database (the archive is made by SQL).")
    _create_database(url)
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
    import django

    django.setup()
    # The page cache announces every change it hears of; not worth a line here.
    logging.disable(logging.INFO)
    return url


def sizes(scale: float) -> dict:
    if scale <= 0:
        # The demo newsroom alone.
        return dict.fromkeys(("articles", "comments", "reactions", "tags", "commenters"), 0)
    return {
        "articles": max(100, round(ARTICLES * scale)),
        "comments": max(1000, round(COMMENTS * scale)),
        "reactions": max(1000, round(REACTIONS * scale)),
        "tags": max(50, round(TAGS * min(1.0, scale * 3))),
        "commenters": max(200, round(COMMENTERS * scale)),
    }


def _sql_array(values: list[str]) -> str:
    quoted = ",".join("'" + v.replace("'", "''") + "'" for v in values)
    return f"ARRAY[{quoted}]::text[]"


def _step(label: str, cursor, sql: str, params=None) -> None:
    started = time.perf_counter()
    cursor.execute(sql, params)
    print(f"  {label}: {time.perf_counter() - started:.1f} s", flush=True)


def _window(start: str, length: str) -> str:
    """SQL for ``length`` after ``start``, cut short at now: a time picked in it is never ahead.

    Picking in the whole window and then moving later times back to now
    would give the newest articles' comments one shared second (185,000 of
    them at full size), a tie no real archive has and one that makes every
    "newest first" list sort it.
    """
    return f"least(interval '{length}', now() - interval '1 second' - {start})"


def _secondary_indexes(cursor, tables: list[str]) -> list[tuple[str, str]]:
    """``(name, definition)`` of the indexes on ``tables`` no constraint needs."""
    cursor.execute(
        """
        SELECT i.relname, pg_get_indexdef(i.oid)
        FROM pg_index x
        JOIN pg_class i ON i.oid = x.indexrelid
        JOIN pg_class t ON t.oid = x.indrelid
        WHERE t.relname = ANY(%s)
          AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.oid)
        """,
        [tables],
    )
    return cursor.fetchall()


def existing_size(cursor) -> int:
    cursor.execute("SELECT count(*) FROM articles_article WHERE slug LIKE 'arsip-%'")
    return cursor.fetchone()[0]


def generate(n: dict) -> None:
    from django.core.management import call_command
    from django.db import connection, transaction

    with connection.cursor() as cursor:
        started = time.perf_counter()
        # The demo newsroom first, with its comments and votes (as make run has it).
        call_command("load_demo", stdout=open(os.devnull, "w"))
        tables = [
            "articles_article",
            "articles_article_tags",
            "comments_comment",
            "articles_reactionvote",
        ]
        indexes = _secondary_indexes(cursor, tables)
        with transaction.atomic():
            for name, _definition in indexes:
                cursor.execute(f'DROP INDEX "{name}"')
            # Foreign keys are checked once, by the rows' construction.
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            cursor.execute("SELECT setseed(0.19)")
            if n["articles"]:
                _articles(cursor, n)
                _comments(cursor, n)
                _reactions(cursor, n)
            for name, definition in indexes:
                _step(f"index {name}", cursor, definition)
        # Statistics and the visibility map, as autovacuum would leave them.
        _step("vacuum analyze", cursor, "VACUUM (ANALYZE)")
    # Counters and rollups the site keeps, rebuilt from the rows.
    try:
        call_command("rebuild_rollups", verbosity=1)
    except Exception as exc:  # noqa: BLE001 - the command is optional before it exists
        if "Unknown command" not in str(exc):
            raise
    print(f"archive built in {time.perf_counter() - started:.0f} s", flush=True)


def _articles(cursor, n: dict) -> None:
    articles, tags = n["articles"], n["tags"]
    _step(
        "tags",
        cursor,
        """
        INSERT INTO articles_tag (name, slug, created_at, updated_at)
        SELECT 'Topik ' || g, 'topik-' || g, now(), now() FROM generate_series(1, %s) g
        """,
        [tags],
    )
    sentences = _sql_array(SENTENCES)
    topics = _sql_array(TOPICS)
    _step(
        "articles",
        cursor,
        f"""
        WITH c AS (SELECT array_agg(id ORDER BY id) ids FROM articles_category),
             s AS (SELECT array_agg(id ORDER BY id) ids FROM articles_source),
             e AS (SELECT array_agg(id ORDER BY id) ids FROM auth_user WHERE is_staff),
             a AS (
               SELECT g,
                      now() - interval '5 minutes'
                        - make_interval(secs => (%(n)s - g) * (%(years)s * 31557600.0 / %(n)s))
                        AS at,
                      ({topics})[1 + g %% {len(TOPICS)}] AS topic,
                      {sentences} AS sx
               FROM generate_series(1, %(n)s) g
             )
        INSERT INTO articles_article (
          created_at, updated_at, title, slug, lead, body, dateline, status, published_at,
          published_at_set, publication_date, original_url, comments_open, editor_id,
          category_id, source_id, wordpress_slug, is_live)
        SELECT a.at, a.at,
               'Laporan ' || a.topic || ' dari daerah nomor ' || g,
               'arsip-' || g,
               a.sx[1 + g %% 12] || ' Kabar ' || a.topic || ' hari ini.',
               '<p>' || a.sx[1 + (g * 7) %% 12] || ' ' || a.sx[1 + (g * 5) %% 12] || '</p><p>'
                 || a.sx[1 + (g * 3) %% 12] || ' Soal ' || a.topic || ', '
                 || a.sx[1 + (g * 11) %% 12] || '</p><p>' || a.sx[1 + (g + 4) %% 12] || ' '
                 || a.sx[1 + (g + 9) %% 12] || '</p>',
               'Jakarta', 'published', a.at, true,
               (a.at AT TIME ZONE 'Asia/Jakarta')::date, '', true,
               e.ids[1 + g %% cardinality(e.ids)],
               c.ids[1 + g %% cardinality(c.ids)],
               CASE WHEN g %% 3 = 0 THEN NULL ELSE s.ids[1 + g %% cardinality(s.ids)] END,
               '', false
        FROM a, c, s, e
        ORDER BY g
        """,
        {"n": articles, "years": YEARS},
    )
    _step(
        "article tags",
        cursor,
        """
        WITH t AS (SELECT array_agg(id ORDER BY id) ids
                   FROM articles_tag WHERE slug LIKE 'topik-%'),
             a AS (SELECT id, row_number() OVER (ORDER BY id) r
                   FROM articles_article WHERE slug LIKE 'arsip-%')
        INSERT INTO articles_article_tags (article_id, tag_id)
        SELECT a.id, t.ids[1 + (a.r * k) % cardinality(t.ids)]
        FROM a, t, (VALUES (1), (7)) AS m(k)
        ON CONFLICT DO NOTHING
        """,
    )


def _comments(cursor, n: dict) -> None:
    total = n["comments"]
    replies = round(total * REPLY_SHARE)
    top = total - replies
    # Article ranks from the newest: the cube of a uniform number puts one
    # comment in 67 on the newest article at full size.
    cursor.execute(
        """
        CREATE TEMP TABLE arsip ON COMMIT DROP AS
        SELECT id, published_at, row_number() OVER (ORDER BY published_at DESC, id DESC) AS r
        FROM articles_article WHERE status = 'published';
        CREATE UNIQUE INDEX ON arsip (r);
        """
    )
    cursor.execute("SELECT count(*) FROM arsip")
    published = cursor.fetchone()[0]
    status = """CASE WHEN x < 0.95 THEN 'approved' WHEN x < 0.98 THEN 'pending' ELSE 'spam' END"""
    _step(
        "comments",
        cursor,
        f"""
        INSERT INTO comments_comment (
          created_at, updated_at, depth, name, email, url, body, status, flag, user_agent,
          article_id, auto_approved, by_newsroom, spam_learned, spam_reasons)
        SELECT at, at, 0, 'Pembaca ' || who, 'pembaca' || who || '@contoh.id', '',
               '<p>Komentar nomor ' || g || ': '
                 || ({_sql_array(SENTENCES)})[1 + g %% 12] || '</p>',
               {status}, '', '', id, false, false, '', '[]'::jsonb
        FROM (
          SELECT g, arsip.id, x, 1 + (g::bigint * 7919) %% %(commenters)s AS who,
                 arsip.published_at + spread * {_window("arsip.published_at", "3 days")} AS at
          FROM (
            SELECT g, random() AS x, random() AS spread,
                   1 + floor(%(published)s * power(random(), 3))::int AS r
            FROM generate_series(1, %(top)s) g
          ) pick
          JOIN arsip USING (r)
        ) c
        """,
        {"top": top, "published": published, "commenters": n["commenters"]},
    )
    # Replies: two thirds answer a top-level comment, one third a reply.
    cursor.execute("SELECT min(id), max(id) FROM comments_comment WHERE depth = 0")
    low, high = cursor.fetchone()
    first_replies = replies * 2 // 3
    reply_sql = f"""
        INSERT INTO comments_comment (
          created_at, updated_at, depth, name, email, url, body, status, flag, user_agent,
          article_id, parent_id, root_id, auto_approved, by_newsroom, spam_learned, spam_reasons)
        SELECT at, at, p.depth + 1, 'Pembaca ' || who, 'pembaca' || who || '@contoh.id', '',
               '<p>Balasan nomor ' || g || ': '
                 || ({_sql_array(SENTENCES)})[1 + g %% 12] || '</p>',
               {status}, '', '', p.article_id, p.id, coalesce(p.root_id, p.id), false, false,
               '', '[]'::jsonb
        FROM (
          SELECT g, random() AS x, 1 + (g::bigint * 104729) %% %(commenters)s AS who,
                 %(low)s + floor(random() * (%(high)s - %(low)s + 1))::bigint AS parent
          FROM generate_series(1, %(count)s) g
        ) r
        JOIN comments_comment p ON p.id = r.parent
        CROSS JOIN LATERAL (
          SELECT p.created_at + random() * {_window("p.created_at", "6 hours")} AS at
        ) t
    """
    _step(
        "replies",
        cursor,
        reply_sql,
        {"count": first_replies, "low": low, "high": high, "commenters": n["commenters"]},
    )
    cursor.execute("SELECT min(id), max(id) FROM comments_comment WHERE depth = 1")
    low, high = cursor.fetchone()
    _step(
        "replies to replies",
        cursor,
        reply_sql,
        {"count": replies - first_replies, "low": low, "high": high, "commenters": n["commenters"]},
    )


def _reactions(cursor, n: dict) -> None:
    cursor.execute("SELECT count(*) FROM arsip")
    published = cursor.fetchone()[0]
    _step(
        "reactions",
        cursor,
        f"""
        WITH o AS (SELECT array_agg(id ORDER BY id) ids FROM articles_reactionoption)
        INSERT INTO articles_reactionvote (
          created_at, updated_at, voter_hash, article_id, option_id, address_bucket)
        SELECT at, at, md5('pembaca-' || g), id, o.ids[1 + (g::bigint * 31) %% cardinality(o.ids)],
               substr(md5('alamat-' || (g %% 400000)), 1, 5)
        FROM (
          SELECT g, arsip.id,
                 arsip.published_at + spread * {_window("arsip.published_at", "3 days")} AS at
          FROM (
            SELECT g, random() AS spread, 1 + floor(%(published)s * power(random(), 3))::int AS r
            FROM generate_series(1, %(count)s) g
          ) pick
          JOIN arsip USING (r)
        ) v, o
        """,
        {"count": n["reactions"], "published": published},
    )
    _step(
        "reaction tallies",
        cursor,
        """
        DELETE FROM articles_reactiontally;
        INSERT INTO articles_reactiontally (article_id, option_id, count)
        SELECT article_id, option_id, count(*) FROM articles_reactionvote
        GROUP BY article_id, option_id
        """,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=float(os.environ.get("SCALE", "1")))
    parser.add_argument(
        "--reuse", action="store_true", help="keep an archive of this size that is already there"
    )
    args = parser.parse_args()
    url = configure()
    n = sizes(args.scale)
    from django.core.management import call_command
    from django.db import connection

    call_command("migrate", verbosity=0, interactive=False)
    with connection.cursor() as cursor:
        have = existing_size(cursor)
        cursor.execute("SELECT count(*) FROM articles_article")
        total = cursor.fetchone()[0]
    where = url.rsplit("@", 1)[-1]
    if total and have == n["articles"] and args.reuse:
        print(f"archive of {have:,} generated articles already in {where}: reused")
        return
    if total:
        sys.exit(
            f"{where} already holds {have:,} generated articles; "
            "drop and create the database to build again, or pass --reuse."
        )
    print(
        f"building in {where}: {n['articles']:,} articles, {n['comments']:,} comments, "
        f"{n['reactions']:,} reactions",
        flush=True,
    )
    generate(n)


if __name__ == "__main__":
    main()
