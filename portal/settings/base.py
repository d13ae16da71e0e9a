"""Settings shared by every environment; values come from the environment.

Every variable read here is documented in ``.env.example``.
"""

from datetime import timedelta
from pathlib import Path

import environ
from csp.constants import NONE, SELF
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
    # The WordPress importer (manage.py import_wordpress); no app imports it.
    "wordpress",
    # Admin login throttling: failed attempts are kept in the database, which
    # every app process shares.
    "axes",
    # Article revisions (who saved what, when); the desk compares and restores them.
    "reversion",
    # The article body's rich-text editor in the admin (ProseMirror/Tiptap).
    "django_prose_editor",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # A 405 that came without a page gets the site's Indonesian one.
    "portal.middleware.MethodNotAllowedPageMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # With read replicas: where this request's reads go (portal/db_router.py).
    "portal.db_router.ReplicaRoutingMiddleware",
    # The read beacon (POST /baca/) only counts: answered before the rest.
    "articles.readership.middleware.ReadBeaconMiddleware",
    # Public pages kept whole for every reader without a staff session, answered
    # before the work below (portal/page_cache).
    "portal.page_cache.middleware.PageCacheMiddleware",
    "csp.middleware.CSPMiddleware",
    # Only staff have sessions (portal/staff_session.py).
    "portal.staff_session.StaffSessionMiddleware",
    # A path that found nothing and was once an article's: 301 to it.
    "articles.permalinks.middleware.OldPermalinkMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Turns django-ratelimit's refusals into 429 answers (RATELIMIT_VIEW).
    "django_ratelimit.middleware.RatelimitMiddleware",
    # Tells search engines not to index any page of the admin.
    "portal.middleware.AdminNoIndexMiddleware",
    # Answers a locked-out admin login (django-axes); last, as its docs ask.
    "axes.middleware.AxesMiddleware",
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
                "share": "articles.discovery.templatetags.share",
                "readership": "articles.readership.templatetags.readership",
                "photos": "articles.photos.templatetags.photos",
                "live": "articles.live.templatetags.live",
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

# Read replicas (PostgreSQL streaming standbys), comma-separated database URLs
# like DATABASE_URL; empty: none, and everything reads the primary. With
# them, ReplicaRouter (portal/db_router.py) sends the reads of GET requests
# outside the admin to a replica, everything else to the primary. A replica
# that cannot be reached within its connect_timeout is skipped for
# DATABASE_REPLICA_RETRY_SECONDS; after a POST that wrote, that browser reads
# the primary for DATABASE_REPLICA_STICKY_SECONDS (a signed cookie).
DATABASE_REPLICA_CONNECT_TIMEOUT = env.int("DATABASE_REPLICA_CONNECT_TIMEOUT", default=2)
DATABASE_REPLICA_RETRY_SECONDS = env.int("DATABASE_REPLICA_RETRY_SECONDS", default=30)
DATABASE_REPLICA_STICKY_SECONDS = env.int("DATABASE_REPLICA_STICKY_SECONDS", default=5)
DATABASE_REPLICA_STICKY_COOKIE = "kabar_primer"
for _number, _url in enumerate(env.list("DATABASE_REPLICA_URLS", default=[]), start=1):
    _replica = env.db_url_config(_url)
    _replica.setdefault("OPTIONS", {}).setdefault(
        "connect_timeout", DATABASE_REPLICA_CONNECT_TIMEOUT
    )
    _replica.setdefault("CONN_MAX_AGE", DATABASES["default"].get("CONN_MAX_AGE", 0))
    _replica.setdefault("CONN_HEALTH_CHECKS", True)
    # Tests read the one test database through it.
    _replica["TEST"] = {"MIRROR": "default"}
    DATABASES[f"replica{_number}"] = _replica
DATABASE_ROUTERS = ["portal.db_router.ReplicaRouter"] if len(DATABASES) > 1 else []

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
# URLs typed without a scheme in forms are taken as https (Django 6 default).
FORMS_URLFIELD_ASSUME_HTTPS = True

# --- Cache --------------------------------------------------------------------
# Kept pages, rate limits and counters live here; name a Redis server in
# CACHE_URL so they hold across server processes. Without one, a folder every
# local process shares (make run, manage.py shell, an import), so a change
# made in one shows in the others.
CACHES = {
    "default": env.cache_url("CACHE_URL", default=f"filecache://{BASE_DIR / '.cache' / 'kabar'}")
}
if CACHES["default"]["BACKEND"].endswith(".FileBasedCache"):
    # Counted and added under a lock, so that limits and tickets hold there too.
    CACHES["default"]["BACKEND"] = "portal.file_cache.LockedFileCache"


def _limits_cache(default: dict) -> dict:
    """The ``limits`` cache: with Redis, Redis or this process while it is down.

    With the file cache, a folder of its own: kept pages filling the shared
    folder past its size would have Django drop files at random, counters
    and spent tickets among them.
    """
    if default["BACKEND"] == "portal.file_cache.LockedFileCache":
        folder = f"{default['LOCATION'].rstrip('/')}-limits"
        options = {**default.get("OPTIONS", {}), "MAX_ENTRIES": 20_000}
        return {**default, "LOCATION": folder, "OPTIONS": options}
    if default["BACKEND"] != "django_redis.cache.RedisCache":
        return default
    return {**default, "BACKEND": "portal.limits_cache.RedisOrLocalCache"}


if CACHES["default"]["BACKEND"] == "django_redis.cache.RedisCache":
    # Redis down or restarting must not take the site down: cache calls fail
    # fast and answer "nothing kept" (pages render) instead of raising; the
    # limits fall back to this process's memory (portal/limits_cache.py).
    CACHES["default"].setdefault("OPTIONS", {}).update(
        {
            "SOCKET_CONNECT_TIMEOUT": env.float("CACHE_CONNECT_TIMEOUT", default=0.5),
            "SOCKET_TIMEOUT": env.float("CACHE_TIMEOUT", default=0.5),
            "IGNORE_EXCEPTIONS": True,
        }
    )
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
CACHES["limits"] = _limits_cache(CACHES["default"])
# Never reached with the limits cache above, which does not fail: a limit
# that cannot count refuses.
RATELIMIT_FAIL_OPEN = False
# django-ratelimit does not know the limits cache's class; it is django-redis's
# RedisCache with a per-process fallback, which counts atomically.
SILENCED_SYSTEM_CHECKS = ["django_ratelimit.W001"]

# Rate limits (django-ratelimit) count in the limits cache, keyed by the
# client address as ``portal.client_address.client_address`` works it out.
RATELIMIT_USE_CACHE = "limits"
RATELIMIT_IP_META_KEY = "portal.client_address.client_address"
RATELIMIT_VIEW = "portal.rate_limit.rate_limited"
SILENCED_SYSTEM_CHECKS = []
if CACHES["default"]["BACKEND"].endswith("LocMemCache"):
    # Local memory is one process's cache: limits then hold per process,
    # which is right for the single-process development server. Production
    # names Redis in CACHE_URL.
    SILENCED_SYSTEM_CHECKS += ["django_ratelimit.E003", "django_ratelimit.W001"]
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The article list's covering index (include=...) is PostgreSQL's; SQLite
    # builds it on the key columns alone, which is all it needs. Django 6
    # checks this on every database: said once here, not on every run.
    SILENCED_SYSTEM_CHECKS += ["models.W040"]

# --- Auth ---------------------------------------------------------------------
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "admin:login"
AUTHENTICATION_BACKENDS = [
    # Refuses a login while its username or client address is locked out.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

# Admin login throttling. Every login POST is rate-limited per (address,
# username) pair (ADMIN_LOGIN_RATE_LIMIT) and, more widely, per client
# address whatever the usernames (ADMIN_LOGIN_ADDRESS_RATE_LIMIT: a newsroom
# behind one office address logs in together), in the shared cache. After
# ADMIN_LOGIN_FAILURE_LIMIT failures for one username from one address, or
# from one address whatever the usernames, that pair or address is locked
# out for ADMIN_LOGIN_LOCKOUT_MINUTES (django-axes, in the database). A
# username alone is never locked: its owner still logs in from another
# address (a phone's network) with the right password. The lockout runs
# from the failure that set it: failures during it do not extend it.
# Staff holding axes.delete_accessattempt lift a lockout in the admin
# ("Access attempts"), or run `manage.py axes_reset_username <username>` /
# `manage.py axes_reset_ip <address>` (README, "Login admin terkunci").
ADMIN_LOGIN_RATE_LIMIT = env.str("ADMIN_LOGIN_RATE_LIMIT", default="5/m")
ADMIN_LOGIN_ADDRESS_RATE_LIMIT = env.str("ADMIN_LOGIN_ADDRESS_RATE_LIMIT", default="30/m")
AXES_FAILURE_LIMIT = env.int("ADMIN_LOGIN_FAILURE_LIMIT", default=10)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("ADMIN_LOGIN_LOCKOUT_MINUTES", default=30))
AXES_LOCKOUT_PARAMETERS = [["ip_address", "username"], "ip_address"]
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_CLIENT_IP_CALLABLE = "portal.client_address.client_address"
AXES_LOCKOUT_CALLABLE = "portal.admin_lockout.lockout_response"
AXES_RESET_ON_SUCCESS = True
# One row per username and address, not one per successful login.
AXES_DISABLE_ACCESS_LOG = True
# Lockout log lines name the username and address (staff need both to lift
# a lock); the password is always masked.
AXES_SENSITIVE_PARAMETERS = []

# --- Internationalisation -----------------------------------------------------
# The site speaks Indonesian to every reader, whatever the browser asks for:
# no LocaleMiddleware until an English edition exists (with its own URLs).
LANGUAGE_CODE = "id"
LANGUAGES = [("id", _("Bahasa Indonesia")), ("en", _("English"))]
# Strings Django's own catalogs leave untranslated (portal/locale).
LOCALE_PATHS = [BASE_DIR / "portal" / "locale"]
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

# --- Media: the photo library's files -----------------------------------------
# Clean originals and their renditions go through STORAGES["default"]: this
# folder by default, served at MEDIA_URL (the whole folder by the
# development server when DEBUG is on; otherwise the library's files by
# articles.photos.serving, or by a web server in front), or an S3-compatible
# bucket when AWS_STORAGE_BUCKET_NAME is set.
# (Empty, as in .env.example, means the default, not the current folder.)
MEDIA_ROOT = Path(env.str("MEDIA_ROOT", default="") or BASE_DIR / "media")
MEDIA_URL = env.str("MEDIA_URL", default="") or "/media/"
AWS_STORAGE_BUCKET_NAME = env.str("AWS_STORAGE_BUCKET_NAME", default="")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            # Empty: Amazon S3 itself; else any S3-compatible service.
            "endpoint_url": env.str("AWS_S3_ENDPOINT_URL", default="") or None,
            "region_name": env.str("AWS_S3_REGION_NAME", default="") or None,
            # Empty keys: boto3's own lookup (instance role, ~/.aws).
            "access_key": env.str("AWS_ACCESS_KEY_ID", default="") or None,
            "secret_key": env.str("AWS_SECRET_ACCESS_KEY", default="") or None,
            # A CDN or the bucket's public host; URLs are built on it.
            "custom_domain": env.str("AWS_S3_CUSTOM_DOMAIN", default="") or None,
            "location": env.str("AWS_LOCATION", default=""),
            "default_acl": env.str("AWS_DEFAULT_ACL", default="") or None,
            "addressing_style": env.str("AWS_S3_ADDRESSING_STYLE", default="") or None,
            # Plain public URLs: the same in every kept page, never expiring.
            "querystring_auth": False,
            # Every file name is new (a fresh folder per upload): cache for good.
            "object_parameters": {"CacheControl": "public, max-age=31536000, immutable"},
        },
    }

# --- Email --------------------------------------------------------------------
EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
# Seconds to wait for the mail server before giving up on a message.
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=10)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="Kabar <redaksi@localhost>")
# Where "a comment waits" notices go, besides moderators with an email address.
MODERATOR_EMAILS = env.list("MODERATOR_EMAILS", default=[])

# --- Security -----------------------------------------------------------------
SESSION_COOKIE_HTTPONLY = True
# Sessions in the cache in front of the database, with keys that prove they
# are this site's: a made-up sessionid is told apart without a lookup.
SESSION_ENGINE = "portal.staff_session"
CSRF_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# An Indonesian page (or JSON) instead of Django's English one.
CSRF_FAILURE_VIEW = "portal.errors.csrf_failure"

# Content Security Policy: same-origin only; no inline script and no nonce,
# so public pages are the same for every reader (JSON-LD is a data block,
# which script-src does not govern); images may also come over https.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
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

# Reads counted by the beacon are sent to Redis by each process in batches
# at most this old (seconds; articles/readership/counter.py). 0: each at once.
READS_BATCH_SECONDS = 0.25
# New readers one address (an IPv6 /64) may add to an article in a day: a
# script changing its user agent cannot push a story up "Terpopuler", while
# the readers behind one office's or mobile carrier's shared address count up
# to this many. Behind a CDN or proxy, TRUSTED_PROXY_COUNT must be set, or
# every reader is the proxy's address.
READS_NEW_READERS_PER_ADDRESS = env.int("READS_NEW_READERS_PER_ADDRESS", default=100)

# --- Public page cache and CDN tier -------------------------------------------
# An anonymous reader's page is rendered once and kept this many seconds in
# the shared cache (and in the CDN tier: s-maxage), then may be served stale
# for PAGE_STALE_SECONDS while it is fetched again. Changes purge at once;
# only poll counts wait for the expiry, so they lag at most the sum.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=20)
PAGE_STALE_SECONDS = env.int("PAGE_STALE_SECONDS", default=10)
# Varnish nodes to ban changed pages in (deploy/varnish/kabar.vcl), e.g.
# http://127.0.0.1:6081/, and the secret their VCL expects.
VARNISH_PURGE_URLS = env.list("VARNISH_PURGE_URLS", default=[])
VARNISH_PURGE_SECRET = env.str("VARNISH_PURGE_SECRET", default="")
VARNISH_PURGE_TIMEOUT = env.float("VARNISH_PURGE_TIMEOUT", default=2.0)
# A function that returns the moment (an aware datetime, or None) no kept
# page may outlive: the next scheduled article going live.
PAGE_CACHE_DEADLINE = "articles.schedule.next_publication"
# Personal parts of shared pages: the name of the markers in a kept page, the
# cookie without which they stay empty, and the function of the request and
# the markers' arguments that fills them (an empty dict: the shared page).
PAGE_CACHE_PERSONAL_PARTS = {
    "own": ("kabar_komentar", "comments.authorship.own_comments_part"),
    # A confirmation after a form sent without JavaScript (articles.notices).
    "pesan": ("kabar_pesan", "articles.notices.notices_part"),
}
# The render lock's life: a process that dies while rendering a page frees
# it by then. A request with no stale copy to answer waits for the page, or
# for the lock, that long at most.
PAGE_LOCK_SECONDS = env.float("PAGE_LOCK_SECONDS", default=10.0)
# Deadlines kept in Redis are read by every app server on Redis's clock.
PAGE_CACHE_SHARED_CLOCK = True

# --- Article body editor (django-prose-editor) --------------------------------
# The project's own editor extensions, the package's documented way: each
# group's modules (static paths) are loaded for the extensions it names;
# the processor names the markup each writes. articles/editor/ configures
# the editor; static/js/editor/article-body.js starts it without the
# package's inline import map, so the CSP above holds in the admin too.
DJANGO_PROSE_EDITOR_EXTENSIONS = [
    {
        "js": ["js/editor/photo.js"],
        "extensions": {"ArticlePhoto": "articles.editor.extensions.photo_markup"},
    },
    {
        "js": ["js/editor/paste.js"],
        "extensions": {"ArticlePaste": "articles.editor.extensions.no_markup"},
    },
    {
        "js": ["js/editor/toolbar.js"],
        "extensions": {"ArticleToolbar": "articles.editor.extensions.no_markup"},
    },
]

# --- Articles -----------------------------------------------------------------
ARTICLES_PER_PAGE = env.int("ARTICLES_PER_PAGE", default=12)
# URLs in one part of the sitemap index (the protocol's limit is 50,000).
SITEMAP_MAX_URLS = env.int("SITEMAP_MAX_URLS", default=50_000)
HOME_LATEST_COUNT = env.int("HOME_LATEST_COUNT", default=7)
HOME_PER_CATEGORY = env.int("HOME_PER_CATEGORY", default=4)
# Live reports (articles/live): entries per page and per "what's new"
# answer, and how many of the newest entries' ids that answer takes as
# ``sejak`` (a page further behind reloads).
LIVE_ENTRIES_PER_PAGE = env.int("LIVE_ENTRIES_PER_PAGE", default=20)
LIVE_RECENT_IDS = env.int("LIVE_RECENT_IDS", default=50)

# --- The editor's desk (articles/desk) ----------------------------------------
# The article form keeps what is typed on the server this often (seconds,
# 30 to 60 as a newsroom expects), never publishing it; tells the server
# the editor is still there this often; and counts a colleague as still
# editing until this long after their last sign of life.
DESK_AUTOSAVE_SECONDS = env.int("DESK_AUTOSAVE_SECONDS", default=30)
DESK_HEARTBEAT_SECONDS = env.int("DESK_HEARTBEAT_SECONDS", default=30)
DESK_LOCK_SECONDS = env.int("DESK_LOCK_SECONDS", default=90)

# --- Comments -----------------------------------------------------------------
COMMENTS_PER_PAGE = env.int("COMMENTS_PER_PAGE", default=50)
COMMENTS_MAX_DEPTH = env.int("COMMENTS_MAX_DEPTH", default=3)
# Close discussion automatically this many days after publication; 0: never.
COMMENTS_CLOSE_AFTER_DAYS = env.int("COMMENTS_CLOSE_AFTER_DAYS", default=0)
COMMENTS_RATE_LIMIT = env.str("COMMENTS_RATE_LIMIT", default="5/m")
COMMENTS_HONEYPOT_FIELD = env.str("COMMENTS_HONEYPOT_FIELD", default="situs_web")
COMMENTS_MIN_FORM_SECONDS = env.int("COMMENTS_MIN_FORM_SECONDS", default=3)
COMMENTS_MAX_FORM_SECONDS = env.int("COMMENTS_MAX_FORM_SECONDS", default=6 * 60 * 60)
COMMENTS_DUPLICATE_WINDOW_SECONDS = env.int(
    "COMMENTS_DUPLICATE_WINDOW_SECONDS", default=24 * 60 * 60
)
COMMENTS_MAX_LINKS = env.int("COMMENTS_MAX_LINKS", default=2)
COMMENTS_WATCH_WORDS = env.list("COMMENTS_WATCH_WORDS", default=[])
COMMENTS_BLOCK_WORDS = env.list("COMMENTS_BLOCK_WORDS", default=[])
# The spam filter's score (comments.spam.scoring): from HOLD a new comment
# waits flagged "Kemungkinan spam"; from SPAM it goes straight to Spam, when
# the built-in signs alone reach HOLD.
COMMENTS_SPAM_HOLD_SCORE = env.float("COMMENTS_SPAM_HOLD_SCORE", default=3.0)
COMMENTS_SPAM_SCORE = env.float("COMMENTS_SPAM_SCORE", default=8.0)
# How long private request data (IP, user agent) is kept, for the purge command.
COMMENTS_PRIVATE_DATA_DAYS = env.int("COMMENTS_PRIVATE_DATA_DAYS", default=90)
# A commenter (same email, any case) with this many approved comments and none
# marked spam is published at once, unless screening flags it; 0: never.
# Trust follows the email typed, which the form cannot prove: whoever knows a
# trusted commenter's address can publish under it, and learns from being
# published at once that the address has commented. Off unless the newsroom
# accepts that.
COMMENTS_TRUSTED_AFTER_APPROVED = env.int("COMMENTS_TRUSTED_AFTER_APPROVED", default=0)
# Reports from this many different readers send an approved comment back to
# the moderators; reports a client address may send, as count/period.
COMMENTS_REPORTS_TO_HIDE = env.int("COMMENTS_REPORTS_TO_HIDE", default=3)
COMMENTS_REPORT_RATE_LIMIT = env.str("COMMENTS_REPORT_RATE_LIMIT", default="10/h")
# Minutes during which a comment's author (same browser) may edit or withdraw it.
COMMENTS_EDIT_MINUTES = env.int("COMMENTS_EDIT_MINUTES", default=10)
# Edits and withdrawals a client address may send (429 beyond).
COMMENTS_EDIT_RATE_LIMIT = env.str("COMMENTS_EDIT_RATE_LIMIT", default="10/m")
# How long a browser remembers the comments it sent (comments.authorship),
# so that their author sees them waiting for moderation.
COMMENTS_AUTHOR_COOKIE_SECONDS = env.int("COMMENTS_AUTHOR_COOKIE_SECONDS", default=24 * 60 * 60)

# --- Reaction poll ------------------------------------------------------------
POLL_RATE_LIMIT = env.str("POLL_RATE_LIMIT", default="30/m")
# New voters one client address may add to one article per hour; votes past
# that answer as accepted but are not counted.
POLL_NEW_VOTERS_PER_ADDRESS_HOUR = env.int("POLL_NEW_VOTERS_PER_ADDRESS_HOUR", default=10)
POLL_COOKIE_NAME = env.str("POLL_COOKIE_NAME", default="kabar_pembaca")
POLL_COOKIE_MAX_AGE = env.int("POLL_COOKIE_MAX_AGE", default=2 * 365 * 24 * 60 * 60)

# --- Search -------------------------------------------------------------------
SEARCH_MAX_QUERY_LENGTH = env.int("SEARCH_MAX_QUERY_LENGTH", default=200)
# Searches per client address (django-ratelimit's rate syntax: N/s, N/m, N/h).
SEARCH_RATE_LIMIT = env.str("SEARCH_RATE_LIMIT", default="30/m")
# A query asked again within this many seconds is answered from the cache.
SEARCH_CACHE_SECONDS = env.int("SEARCH_CACHE_SECONDS", default=60)
# Full-text search ranks the newest this many matches (a common word
# matches a third of an archive); the count shown stops there ("500+").
SEARCH_CANDIDATES = env.int("SEARCH_CANDIDATES", default=500)

# --- Logging ------------------------------------------------------------------
# Error reports (DEBUG's error page, the logs, the admins' mail) never show
# an email posted with the request.
DEFAULT_EXCEPTION_REPORTER_FILTER = "portal.error_reports.ErrorReportFilter"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"without_traceback": {"()": "portal.log_filters.WithoutTraceback"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler"},
        "console_one_line": {
            "class": "logging.StreamHandler",
            "filters": ["without_traceback"],
        },
    },
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    "loggers": {
        # Request bodies never reach the logs; errors say what, not who.
        "django.request": {"handlers": ["console"], "level": "ERROR", "propagate": False},
        # Admin login lockouts, with the username and address, never the password.
        "axes": {"handlers": ["console"], "level": "WARNING", "propagate": False},
        # A client's wrong Host header: one line, never a traceback.
        "django.security.DisallowedHost": {
            "handlers": ["console_one_line"],
            "level": "WARNING",
            "propagate": False,
        },
    },
}

# --- Task queue ---------------------------------------------------------------
# Slow work (moderator emails, CDN bans) runs as tasks through django-tasks,
# the tasks API Django 6 adopted as django.tasks. Without TASKS_REDIS_URL a
# task runs at once in the process that enqueues it (ImmediateBackend):
# development, the tests and `make run` need no other process. With it (in
# production), tasks wait in that Redis (django-tasks-rq) for a worker:
#   python manage.py rqworker default --job-class django_tasks_rq.Job --with-scheduler
# (--with-scheduler runs the tasks deferred to later: the reply notices and
# the email retries).
INSTALLED_APPS += ["django_tasks"]
TASKS_REDIS_URL = env.str("TASKS_REDIS_URL", default="")
# Seconds a request waits for that Redis (to connect, then to each answer)
# before giving up on enqueueing; what happens then is up to the caller.
TASKS_REDIS_TIMEOUT = env.float("TASKS_REDIS_TIMEOUT", default=1.0)
if TASKS_REDIS_URL:
    from urllib.parse import parse_qsl, urlencode, urlsplit

    _tasks_redis = urlsplit(TASKS_REDIS_URL)
    _tasks_redis_query = {
        "socket_connect_timeout": TASKS_REDIS_TIMEOUT,
        # The worker raises this for its own blocking reads.
        "socket_timeout": TASKS_REDIS_TIMEOUT,
        **dict(parse_qsl(_tasks_redis.query)),
    }
    INSTALLED_APPS += ["django_rq"]
    RQ_QUEUES = {
        "default": {
            "URL": _tasks_redis._replace(query=urlencode(_tasks_redis_query)).geturl(),
            # Seconds a task may run before the worker stops it (a failure,
            # retried like any other).
            "DEFAULT_TIMEOUT": env.int("TASKS_TIMEOUT", default=180),
        }
    }
    TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}}
else:
    TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# The moderator email: seconds to wait before each new try when the mail
# server failed (so 1 + their number tries in all; only with a worker), and
# the shorter EMAIL_TIMEOUT used when the queue cannot be reached and the
# mail is sent within the reader's request instead.
MODERATOR_EMAIL_RETRY_DELAYS = env.list(
    "MODERATOR_EMAIL_RETRY_DELAYS", cast=int, default=[60, 300, 1800, 7200]
)
MODERATOR_EMAIL_FALLBACK_TIMEOUT = env.float("MODERATOR_EMAIL_FALLBACK_TIMEOUT", default=3.0)
# Reply notifications: seconds a confirmation link stays valid (three days),
# and the seconds to wait before each new try of a confirmation or reply
# email the mail server failed (the moderator email's delays unless set).
REPLY_CONFIRMATION_MAX_AGE = env.int("REPLY_CONFIRMATION_MAX_AGE", default=3 * 24 * 60 * 60)
REPLY_EMAIL_RETRY_DELAYS = env.list(
    "REPLY_EMAIL_RETRY_DELAYS", cast=int, default=MODERATOR_EMAIL_RETRY_DELAYS
)
# With a task worker: seconds a reply's notice waits before it goes, so that
# a moderator's undo of the approval (offered for ten minutes, as
# comments.moderation.views.UNDO_MINUTES) or a rejection meanwhile stops it.
REPLY_NOTICE_DELAY_SECONDS = env.int("REPLY_NOTICE_DELAY_SECONDS", default=600)
