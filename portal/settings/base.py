"""Settings shared by every environment; values come from the environment.

Every variable read here is documented in ``.env.example``.
"""

from pathlib import Path

import environ
from csp.constants import NONCE, NONE, SELF
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DEBUG = env.bool("DEBUG", default=False)
SECRET_KEY = env.str("SECRET_KEY", default="")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=[])
ADMIN_URL = env.str("ADMIN_URL", default="admin/")
SITE_NAME = env.str("SITE_NAME", default="Kabar")
# Absolute base used where a full URL is required (feeds, sitemaps, JSON-LD)
# and no request is at hand. Empty: taken from the request.
SITE_URL = env.str("SITE_URL", default="")

INSTALLED_APPS = [
    # Django's admin with notes on its index (portal/admin_site.py).
    "portal.admin_site.KabarAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.postgres",
    "django.contrib.sitemaps",
    "django.contrib.syndication",
    "articles",
    "comments",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Turns django-ratelimit's refusals into 429 answers (RATELIMIT_VIEW).
    "django_ratelimit.middleware.RatelimitMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "articles.context_processors.site",
            ],
            # Django finds template tags only in an app's own templatetags
            # package; the articles app's feature packages name theirs here.
            "libraries": {
                "poll": "articles.poll.templatetags.poll",
                "page_meta": "articles.discovery.templatetags.page_meta",
                "search_box": "articles.discovery.templatetags.search_box",
                "rankings": "articles.discovery.templatetags.rankings",
            },
        },
    },
]

# --- Database -----------------------------------------------------------------
# SQLite by default so the site runs with no server. WAL lets readers and a
# writer work at once; IMMEDIATE transactions plus a busy timeout make
# concurrent writers queue instead of failing with "database is locked".
DATABASES = {
    "default": env.db_url("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "timeout": env.int("SQLITE_BUSY_TIMEOUT", default=30),
            "transaction_mode": "IMMEDIATE",
            "init_command": (
                "PRAGMA journal_mode=WAL;PRAGMA synchronous=NORMAL;PRAGMA foreign_keys=ON;"
            ),
        }
    )
else:
    DATABASES["default"].setdefault("CONN_MAX_AGE", env.int("CONN_MAX_AGE", default=60))
    DATABASES["default"].setdefault("CONN_HEALTH_CHECKS", True)

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
# URLs typed without a scheme in forms are taken as https (Django 6 default).
FORMS_URLFIELD_ASSUME_HTTPS = True

# --- Cache --------------------------------------------------------------------
# Rate limits and counters live here; name a Redis server in CACHE_URL so they
# hold across server processes.
CACHES = {"default": env.cache_url("CACHE_URL", default="locmemcache://kabar")}

# Rate limits (django-ratelimit) count in the default cache, keyed by the
# client address as ``articles.client_address.client_address`` works it out.
RATELIMIT_USE_CACHE = "default"
RATELIMIT_IP_META_KEY = "articles.client_address.client_address"
RATELIMIT_VIEW = "articles.views.rate_limited"
SILENCED_SYSTEM_CHECKS = []
if CACHES["default"]["BACKEND"].endswith("LocMemCache"):
    # Local memory is one process's cache: limits then hold per process,
    # which is right for the single-process development server. Production
    # names Redis in CACHE_URL.
    SILENCED_SYSTEM_CHECKS += ["django_ratelimit.E003", "django_ratelimit.W001"]

# --- Auth ---------------------------------------------------------------------
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "admin:login"

# --- Internationalisation -----------------------------------------------------
# The site speaks Indonesian to every reader, whatever the browser asks for:
# no LocaleMiddleware until an English edition exists (with its own URLs).
LANGUAGE_CODE = "id"
LANGUAGES = [("id", _("Bahasa Indonesia")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Jakarta"
USE_I18N = True
USE_TZ = True

# --- Static files -------------------------------------------------------------
STATIC_URL = "static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "staticfiles")
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# --- Email --------------------------------------------------------------------
EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="Kabar <redaksi@localhost>")
# Where "a comment waits" notices go, besides moderators with an email address.
MODERATOR_EMAILS = env.list("MODERATOR_EMAILS", default=[])

# --- Security -----------------------------------------------------------------
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"

# Content Security Policy: same-origin only; no inline script. JSON-LD blocks
# use a nonce; images may also come over https (figures in articles).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF, "https:", "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [SELF],
        "object-src": [NONE],
    },
}

# Number of reverse proxies in front of the app that append to
# X-Forwarded-For. 0: the client is the connection's address and the header
# is ignored (a client can write anything in it).
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)

# --- Articles -----------------------------------------------------------------
ARTICLES_PER_PAGE = env.int("ARTICLES_PER_PAGE", default=12)
HOME_LATEST_COUNT = env.int("HOME_LATEST_COUNT", default=7)
HOME_PER_CATEGORY = env.int("HOME_PER_CATEGORY", default=4)

# --- Comments -----------------------------------------------------------------
COMMENTS_PER_PAGE = env.int("COMMENTS_PER_PAGE", default=50)
COMMENTS_MAX_DEPTH = env.int("COMMENTS_MAX_DEPTH", default=3)
# Close discussion automatically this many days after publication; 0: never.
COMMENTS_CLOSE_AFTER_DAYS = env.int("COMMENTS_CLOSE_AFTER_DAYS", default=0)
COMMENTS_RATE_LIMIT = env.str("COMMENTS_RATE_LIMIT", default="5/m")
COMMENTS_HONEYPOT_FIELD = env.str("COMMENTS_HONEYPOT_FIELD", default="situs_web")
COMMENTS_MIN_FORM_SECONDS = env.int("COMMENTS_MIN_FORM_SECONDS", default=3)
COMMENTS_MAX_FORM_SECONDS = env.int("COMMENTS_MAX_FORM_SECONDS", default=24 * 60 * 60)
COMMENTS_DUPLICATE_WINDOW_SECONDS = env.int(
    "COMMENTS_DUPLICATE_WINDOW_SECONDS", default=24 * 60 * 60
)
COMMENTS_MAX_LINKS = env.int("COMMENTS_MAX_LINKS", default=2)
COMMENTS_WATCH_WORDS = env.list("COMMENTS_WATCH_WORDS", default=[])
COMMENTS_BLOCK_WORDS = env.list("COMMENTS_BLOCK_WORDS", default=[])
# How long private request data (IP, user agent) is kept, for the purge command.
COMMENTS_PRIVATE_DATA_DAYS = env.int("COMMENTS_PRIVATE_DATA_DAYS", default=90)

# --- Reaction poll ------------------------------------------------------------
POLL_RATE_LIMIT = env.str("POLL_RATE_LIMIT", default="30/m")
POLL_COOKIE_NAME = env.str("POLL_COOKIE_NAME", default="kabar_pembaca")
POLL_COOKIE_MAX_AGE = env.int("POLL_COOKIE_MAX_AGE", default=2 * 365 * 24 * 60 * 60)

# --- Search -------------------------------------------------------------------
SEARCH_MAX_QUERY_LENGTH = env.int("SEARCH_MAX_QUERY_LENGTH", default=200)

# --- Logging ------------------------------------------------------------------
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    "loggers": {
        # Request bodies never reach the logs; errors say what, not who.
        "django.request": {"handlers": ["console"], "level": "ERROR", "propagate": False},
    },
}
