"""Benchmark the photo library: uploading a 24-megapixel JPEG, the demo photos, page queries.

On a scratch database and a temporary media folder (never the site's own):

1. posts a 6000 x 4000 JPEG (with EXIF and GPS) through the admin's add
   form ``--repeat`` times and prints the seconds each took, every rendition
   made and stored; then the same split into checking and rendering;
2. times the demo's photos (``load_demo``'s 16 drawings and their renditions);
3. prints the SQL queries and times of the home and seed article pages
   rendered afresh (page cache emptied) once every demo article has a photo.

    .venv/bin/python bench/photo_upload.py
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/kabar .venv/bin/python bench/photo_upload.py
"""

import argparse
import io
import os
import shutil
import statistics
import sys
import tempfile
import time

from scratch import configure, p95

SIZE = (6000, 4000)


def photo_like_jpeg(size=SIZE) -> bytes:
    """A 24-megapixel JPEG that compresses like a photo (smooth areas, edges, grain), with GPS."""
    from PIL import ExifTags, Image, ImageDraw, ImageFilter

    width, height = size
    sky = Image.linear_gradient("L").resize(size)
    grain = Image.effect_noise(size, 24)
    image = Image.merge("RGB", (sky, grain.filter(ImageFilter.GaussianBlur(1)), sky.rotate(180)))
    draw = ImageDraw.Draw(image)
    for i in range(40):
        x, y = (i * 977) % width, (i * 613) % height
        draw.ellipse((x, y, x + 400, y + 300), fill=(i * 6 % 256, 120, 255 - i * 6 % 256))
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "Kamera"
    exif[ExifTags.Base.Orientation] = 1
    exif[ExifTags.IFD.GPSInfo] = {1: "S", 2: (6.0, 10.0, 30.5), 3: "E", 4: (106.0, 49.0, 0.0)}
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90, exif=exif)
    return out.getvalue()


def upload_through_admin(client, data: bytes, n: int) -> tuple[float, float]:
    """Wall-clock and CPU seconds (every thread) of one upload through the admin form."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile(f"foto-{n}.jpg", data, content_type="image/jpeg")
    started, cpu = time.perf_counter(), time.process_time()
    response = client.post(
        "/admin/articles/photo/add/",
        {"upload": upload, "alt_text": f"Foto uji {n}", "credit": "Foto: Antara/Uji"},
    )
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    assert response.status_code == 302, response.content[:500]
    return elapsed, cpu


def split_timing(data: bytes) -> tuple[float, float]:
    """Seconds to check and clean the upload, then to make and store every rendition."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    from articles.photos.models import Photo
    from articles.photos.services import photo_set_image
    from articles.photos.uploads import check_upload

    started = time.perf_counter()
    checked = check_upload(SimpleUploadedFile("foto.jpg", data, content_type="image/jpeg"))
    checked_at = time.perf_counter()
    photo_set_image(Photo(alt_text="Foto uji terpisah"), checked)
    return checked_at - started, time.perf_counter() - checked_at


def render_without_cache(client, path: str, *, repeat: int) -> dict:
    """Queries and timings of ``path`` rendered afresh: the page cache emptied before each."""
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    cache.clear()
    client.get(path)  # templates compiled, connections open
    cache.clear()
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(path)
    assert response.status_code == 200, path
    queries = len(ctx.captured_queries)
    timings = []
    for _ in range(repeat):
        cache.clear()
        started = time.perf_counter()
        client.get(path)
        timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    return {
        "queries": queries,
        "median_ms": statistics.median(timings),
        "p95_ms": p95(timings),
        "kib": len(response.content) / 1024,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL"))
    args = parser.parse_args()

    media = tempfile.mkdtemp(prefix="kabar-bench-media-")
    os.environ["MEDIA_ROOT"] = media
    url, cleanup = configure(args.database_url, label="photos")
    try:
        from django.contrib.auth import get_user_model
        from django.core.management import call_command
        from django.test import Client

        from articles.photos.services import WORKERS

        call_command("migrate", verbosity=0, interactive=False)
        data = photo_like_jpeg()
        print(f"database: {url.split('@')[-1]}; {os.cpu_count()} CPUs, {WORKERS} threads")
        print(f"upload: {SIZE[0]} x {SIZE[1]} JPEG, {len(data) / 1024 / 1024:.1f} MB, with GPS")

        admin = get_user_model().objects.create_superuser("bench", "bench@kabar.example", "x")
        client = Client()
        client.force_login(admin)
        runs = [upload_through_admin(client, data, n) for n in range(args.repeat)]
        timings = [wall for wall, _ in runs]
        print(
            f"admin upload, every rendition made: median {statistics.median(timings):.2f} s, "
            f"best {min(timings):.2f} s ({', '.join(f'{t:.2f}' for t in timings)}); "
            f"CPU {statistics.median(cpu for _, cpu in runs):.2f} s"
        )
        print(f"  load average when done: {os.getloadavg()[0]:.1f}")
        check, render = split_timing(data)
        print(f"  of which: check and clean {check:.2f} s; renditions and storing {render:.2f} s")

        started, cpu = time.perf_counter(), time.process_time()
        call_command("load_demo", stdout=io.StringIO())
        drawn, drawn_cpu = time.perf_counter() - started, time.process_time() - cpu
        from articles.models import Article

        Article.objects.update(featured_photo=None)
        started, cpu = time.perf_counter(), time.process_time()
        call_command("load_demo", stdout=io.StringIO())
        reused, reused_cpu = time.perf_counter() - started, time.process_time() - cpu
        print(
            f"load_demo on an empty database: {drawn:.1f} s (CPU {drawn_cpu:.1f} s) with the "
            f"16 demo photos drawn; {reused:.1f} s (CPU {reused_cpu:.1f} s) when their files "
            "are there already"
        )

        seed = Article.objects.get(slug__startswith="nato-rusia-serang")
        pages = (("home", "/"), ("seed article", seed.get_absolute_url()))
        print(f"\n{'page (cache miss)':<30}{'queries':>8}{'median ms':>11}{'p95 ms':>9}{'KiB':>8}")
        with_photos = {
            name: render_without_cache(Client(), path, repeat=20) for name, path in pages
        }
        kept = dict(Article.objects.values_list("pk", "featured_photo"))
        Article.objects.update(featured_photo=None)
        without = {name: render_without_cache(Client(), path, repeat=20) for name, path in pages}
        for name, _ in pages:
            for label, r in (("with photos", with_photos[name]), ("without", without[name])):
                print(
                    f"{name + ', ' + label:<30}{r['queries']:>8}{r['median_ms']:>11.1f}"
                    f"{r['p95_ms']:>9.1f}{r['kib']:>8.1f}"
                )
        for pk, photo in kept.items():
            Article.objects.filter(pk=pk).update(featured_photo=photo)
    finally:
        cleanup()
        shutil.rmtree(media, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
