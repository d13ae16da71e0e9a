"""Where photos are stored: the media folder, or an S3-compatible bucket from the environment."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "portal.settings.production",
    "SECRET_KEY": "k" * 60 + "-x9#Lq2!vZ",
    "ALLOWED_HOSTS": "kabar.example.id",
    "SITE_URL": "https://kabar.example.id",
    "CACHE_URL": "redis://127.0.0.1:6379/9",
    "TASKS_REDIS_URL": "redis://127.0.0.1:6379/10",
}
BUCKET = {
    "AWS_STORAGE_BUCKET_NAME": "kabar-foto",
    "AWS_S3_ENDPOINT_URL": "https://s3.example.id",
    "AWS_S3_REGION_NAME": "ap-southeast-3",
    "AWS_S3_CUSTOM_DOMAIN": "foto.kabar.example.id",
    "AWS_ACCESS_KEY_ID": "kunci",
    "AWS_SECRET_ACCESS_KEY": "rahasia",
}
SHOW = (
    "import django; django.setup()\n"
    "from django.conf import settings\n"
    "from django.core.files.storage import storages\n"
    "s = storages['default']\n"
    "print(type(s).__name__)\n"
    "print(s.url('foto/2026/11/abc/x-1200.jpg'))\n"
    "print(settings.MEDIA_ROOT)\n"
)


def _run(env_overrides: dict, *args) -> subprocess.CompletedProcess:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("AWS_", "MEDIA_", "DJANGO_ALLOW_ASYNC_UNSAFE", "TRUSTED_PROXY"))
    }
    env.update(PRODUCTION, **env_overrides)
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def test_the_media_folder_by_default():
    result = _run({"MEDIA_ROOT": ""}, "-c", SHOW)
    assert result.returncode == 0, result.stderr
    backend, url, root = result.stdout.split()
    assert backend == "FileSystemStorage"
    assert url == "/media/foto/2026/11/abc/x-1200.jpg"
    assert root == str(ROOT / "media")


def test_a_bucket_when_named():
    result = _run(BUCKET, "-c", SHOW)
    assert result.returncode == 0, result.stderr
    backend, url, _ = result.stdout.split()
    assert backend == "S3Storage"
    # Plain public URLs on the custom domain: never signed, never expiring.
    assert url == "https://foto.kabar.example.id/foto/2026/11/abc/x-1200.jpg"


def test_deploy_check_stays_clean_with_a_bucket():
    result = _run(BUCKET, "manage.py", "check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stderr + result.stdout
