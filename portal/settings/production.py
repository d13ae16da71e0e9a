"""Production: refuses to start without a secret, its hosts, its address and a shared cache."""

from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import CACHES, SITE_URL, STORAGES, TRUSTED_PROXY_COUNT, env

DEBUG = False
SECRET_KEY = env.str("SECRET_KEY", default="")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=[])
if not SECRET_KEY or len(SECRET_KEY) < 50:
    raise ImproperlyConfigured("SECRET_KEY must be set (at least 50 characters) in production.")
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS must name the hosts this site serves.")
# Every absolute URL (canonical, Open Graph, JSON-LD, feeds, sitemaps) is
# built on SITE_URL, never on the Host header a client sent.
_site = urlsplit(SITE_URL)
if _site.scheme not in ("http", "https") or not _site.hostname or _site.path.strip("/"):
    raise ImproperlyConfigured(
        "SITE_URL must be the site's public address, e.g. https://kabar.example.id."
    )
# Rate limits, lockouts and counters must be shared by every app process.
_cache_backend = CACHES["default"]["BACKEND"].rsplit(".", 1)[-1]
if _cache_backend in ("LocMemCache", "DummyCache", "FileBasedCache", "LockedFileCache"):
    raise ImproperlyConfigured(
        f"CACHE_URL must name a cache every app process shares (redis://...), not {_cache_backend}."
    )

STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
# Believe a proxy's X-Forwarded-Proto only when proxies are declared, as for
# X-Forwarded-For (portal.client_address): a client can write either.
if TRUSTED_PROXY_COUNT > 0:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True)
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=True)
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])
