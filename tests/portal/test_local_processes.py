"""Without Redis (make run), every local process shares the kept pages' folder.

A comment approved from ``manage.py shell`` shows on the running server's
next answer, and a kept page is one rendering for every process.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection
from django.test import Client

from comments.models import Comment
from tests.comments.factories import make_comment
from tests.factories import make_article

ROOT = Path(__file__).resolve().parents[2]


def _database_url() -> str:
    db = connection.settings_dict
    if db["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{db['NAME']}"
    port = db.get("PORT") or 5432
    return f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{port}/{db['NAME']}"


@pytest.mark.django_db(transaction=True)
def test_a_comment_approved_from_the_shell_shows_on_the_running_server(settings, tmp_path):
    folder = tmp_path / "cache"
    files = {"BACKEND": "portal.file_cache.LockedFileCache"}
    settings.CACHES = {"default": {**files, "LOCATION": str(folder)}}
    settings.CACHES["limits"] = settings.CACHES["default"]
    article = make_article(title="Berita lokal")
    waiting = make_comment(
        article=article, body="Disetujui dari shell.", status=Comment.Status.PENDING
    )
    url = article.get_absolute_url()
    assert "Disetujui dari shell." not in Client().get(url).content.decode()
    assert list(folder.iterdir()), "the page is kept in the shared folder"
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")},
        "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
        "DATABASE_URL": _database_url(),
        "CACHE_URL": f"filecache://{folder}",
    }
    command = (
        "from comments.models import Comment; from comments.services import comment_moderate; "
        f"comment_moderate(comments=Comment.objects.filter(pk={waiting.pk}), "
        "status=Comment.Status.APPROVED, moderator=None)"
    )
    done = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", command],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Disetujui dari shell." in Client().get(url).content.decode()


def test_the_embedded_default_is_a_folder_every_process_shares():
    env = {k: v for k, v in os.environ.items() if k not in ("CACHE_URL", "DJANGO_SETTINGS_MODULE")}
    code = (
        "from portal.settings import dev; c = dev.CACHES; print(c['default']['BACKEND']); "
        "print(c['limits']['LOCATION'] == c['default']['LOCATION'] + '-limits', "
        "c['limits']['OPTIONS']['MAX_ENTRIES'] >= 10000)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    # Counters and spent tickets in a folder of their own, never culled with kept pages.
    assert done.stdout.split() == ["portal.file_cache.LockedFileCache", "True", "True"]


def test_make_runs_server_without_debug_serves_static_files_and_its_own_404(tmp_path):
    """``make run`` serves with DEBUG off: static files from the apps, the site's 404 page."""
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")},
        "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
        "DEBUG": "false",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "CACHE_URL": "locmemcache://",
    }
    code = (
        "import django; django.setup(); from django.core.management import call_command; "
        "call_command('migrate', verbosity=0); from django.test import Client; "
        "c = Client(HTTP_HOST='127.0.0.1'); print(c.get('/static/css/kabar.css').status_code); "
        "r = c.get('/kategori/tidak-ada/'); "
        "print(r.status_code, 'Halaman tidak ditemukan' in r.content.decode())"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["200", "404", "True"]
    makefile = (ROOT / "Makefile").read_text()
    assert "DEBUG=$(or $(DEBUG),false) $(BIN)/python manage.py runserver" in makefile
