"""The live report bench/live.py polls: set up, and entries posted during the run.

    python bench/live_site.py seed     # a live report with 200 entries; prints JSON
    python bench/live_site.py post N   # one entry through live_entry_post; prints JSON

Run with the environment bench/live.py gives it (production settings, its
database and Redis). Posting goes through the same service an editor's
"Kirim pembaruan" does, so the keys are announced and Varnish is purged.
"""

import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.production")

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402

from articles.live.services import live_entry_post  # noqa: E402
from articles.models import Article, Category, EditorProfile  # noqa: E402

SLUG = "gempa-cianjur-laporan-langsung"
ENTRIES = 200


def seed() -> dict:
    user = get_user_model().objects.create_user("redaktur-langsung", is_staff=True)
    EditorProfile.objects.create(user=user, initials="RLG")
    category, _ = Category.objects.get_or_create(slug="nasional", defaults={"name": "Nasional"})
    report = Article.objects.create(
        title="Gempa Cianjur: laporan langsung",
        slug=SLUG,
        lead="Pembaruan terkini gempa M5,6 di Cianjur.",
        body="<p>Gempa bermagnitudo 5,6 mengguncang Cianjur, Jawa Barat.</p>",
        status=Article.Status.PUBLISHED,
        category=category,
        editor=user,
        is_live=True,
    )
    entry = None
    for n in range(ENTRIES):
        entry = live_entry_post(
            article=report,
            body=f"<p>Pembaruan {n}: tim SAR menyisir Cugenang, warga mengungsi ke lapangan.</p>",
            user=user,
            key_event=n % 25 == 0,
        )
    return {"path": report.get_absolute_url(), "latest": entry.pk}


def post(number: int) -> dict:
    report = Article.objects.get(slug=SLUG)
    user = get_user_model().objects.get(username="redaktur-langsung")
    entry = live_entry_post(
        article=report, body=f"<p>Pembaruan baru {number} selama pengukuran.</p>", user=user
    )
    # When the entry is committed and its keys announced (and Varnish purged).
    return {"id": entry.pk, "posted": time.time()}


if __name__ == "__main__":
    if sys.argv[1] == "seed":
        print(json.dumps(seed()))
    else:
        print(json.dumps(post(int(sys.argv[2]))))
