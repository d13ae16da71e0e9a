"""Test settings: fast hashing, mail kept in memory, a fixed secret."""

import hashlib
import os
import re
import tempfile
from pathlib import Path

from .base import *  # noqa: F403
from .base import _limits_cache, env

DEBUG = False
SECRET_KEY = "test-only-secret-key-not-for-production-use-0123456789"
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {"default": env.cache_url("TEST_CACHE_URL", default="locmemcache://kabar-test")}
# Tests run in parallel processes (pytest-xdist) each clear the cache: with
# Redis, worker N uses the named database plus N, so they never meet.
_worker = os.environ.get("PYTEST_XDIST_WORKER", "")
_redis_db = re.fullmatch(r"(redis://[^/]+/)(\d+)", str(CACHES["default"].get("LOCATION", "")))
if _worker.startswith("gw") and _redis_db:
    CACHES["default"]["LOCATION"] = (
        f"{_redis_db.group(1)}{int(_redis_db.group(2)) + int(_worker.removeprefix('gw'))}"
    )
CACHES["limits"] = _limits_cache(CACHES["default"])
if CACHES["default"]["BACKEND"].endswith("LocMemCache"):
    SILENCED_SYSTEM_CHECKS += ["django_ratelimit.E003", "django_ratelimit.W001"]  # noqa: F405
# The anti-abuse timer is exercised by its own tests, which set it.
COMMENTS_MIN_FORM_SECONDS = 0
WHITENOISE_AUTOREFRESH = True
# Each read reaches Redis at once; tests/readership/test_batch.py sends them in batches.
READS_BATCH_SECONDS = 0
# Tests move this host's clock (time-machine); the shared clock is tested alone.
PAGE_CACHE_SHARED_CLOCK = False

# Concurrency tests write from many threads at once: SQLite's test database
# is a file (WAL, busy timeout) rather than shared-cache memory, whose table
# locks fail at once instead of waiting.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    DATABASES["default"]["TEST"] = {  # noqa: F405
        "NAME": env.str("TEST_SQLITE_NAME", default=str(BASE_DIR / "test-db.sqlite3"))  # noqa: F405
    }

# Photos the tests upload (load_demo's among them) go to a scratch folder,
# never into the project's media/.
# Each parallel process, and each checkout of the project, has its own: the
# demo loader replaces its photos' files, which another process may be
# writing at the same moment.
_checkout = hashlib.sha256(str(BASE_DIR).encode()).hexdigest()[:8]  # noqa: F405
MEDIA_ROOT = Path(
    env.str("TEST_MEDIA_ROOT", default="")
    or Path(tempfile.gettempdir()) / f"kabar-test-media-{_checkout}"
) / (_worker or "main")
