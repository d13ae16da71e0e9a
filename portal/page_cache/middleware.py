"""``PageCacheMiddleware``: answers public pages from the shared cache, before the rest.

Near the top of ``MIDDLEWARE``, it answers a kept page without the work
below it (sessions, CSRF, the view), with the headers that work added when
the page was rendered. A GET or HEAD to a ``public_page`` from anyone
without a staff session is shared:

1. Its name is its path plus the query parameters it reads: the rendering
   without parameters says which it reads and which values each may take
   (``page_accepts``); an accepted one joins the name, and the rendering so
   named may accept more. Anything else is ignored.
2. A fresh entry is answered. A stale or missing one is rendered by the
   process holding its lock; the others answer the stale copy, or wait for
   the new one (or for the lock, which expires after ``PAGE_LOCK_SECONDS``).
3. A rendering sees no cookie, so it is the same for everyone. A 200
   without cookies is kept, compressed once (gzip, Brotli): a public page
   carries no secret for a BREACH-style attack to guess.
"""

import functools
import gzip
import hashlib
import logging
import math
import re
import time
from urllib.parse import urlencode

import brotli
from django.conf import settings
from django.http import HttpResponse, HttpResponseNotModified, QueryDict
from django.urls import Resolver404, resolve
from django.utils.cache import patch_cache_control
from django.utils.http import http_date, parse_etags, parse_http_date_safe, quote_etag
from django.utils.module_loading import import_string

from ..staff_session import has_staff_session
from . import store
from .pages import Rendering

logger = logging.getLogger(__name__)

# Response headers the kept answer makes anew for each request.
_OWN_HEADERS = set(
    "cache-control content-encoding content-length date etag expires last-modified "
    "set-cookie surrogate-key vary".split()
)


def compress_all(body: bytes) -> dict[str, bytes]:
    """``body`` in every encoding a reader may ask for."""
    return {
        "identity": body,
        "gzip": gzip.compress(body, compresslevel=6, mtime=0),
        "br": brotli.compress(body, mode=brotli.MODE_TEXT, quality=4),
    }


class _Page:
    """A kept answer: its bodies in each encoding and the headers to repeat."""

    def __init__(self, response):
        self.status = response.status_code
        self.headers = {k: v for k, v in response.items() if k.lower() not in _OWN_HEADERS}
        self.bodies = compress_all(response.content)
        self.etag = quote_etag(hashlib.sha256(response.content).hexdigest()[:32])
        self.last_modified = time.time()


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in ("GET", "HEAD") or has_staff_session(request):
            return self.get_response(request)
        page = _public_page(request.path_info)
        if not page:
            return self.get_response(request)
        refused = page(request) if callable(page) else None
        if refused is not None:
            return refused
        # The origin is part of the name only when no SITE_URL fixes the links;
        # asking for it checks the Host header either way.
        host = request.get_host()
        origin = "" if settings.SITE_URL else f"{request.scheme}://{host}"
        wanted = {name: request.GET.getlist(name)[-1] for name in request.GET}
        query: dict[str, str] = {}
        # What the request read, once: generations by key, entries fetched ahead.
        read: dict = {}
        while True:
            name = _name(origin, request.path, query)
            # Asked for in the same round trip: the page with the parameters
            # given that this page accepted when this process last saw it.
            seen = () if query else store.PARAMETERS.get(name, ())
            given = {p: v for p, v in wanted.items() if p in seen}
            prefetch = _name(origin, request.path, given) if given else ""
            entry, stale = self._entry(request, name, query, read, prefetch)
            if entry is None:
                return stale  # a rendering not kept: its own answer
            more = {
                parameter: value
                for parameter, value in wanted.items()
                if parameter not in query and _accepted(entry.accepts.get(parameter), value)
            }
            if not more:
                return _personal(request, entry) or _answer(request, entry, stale)
            query.update(more)

    def _entry(self, request, name, query, read, prefetch):
        """(entry, whether it is a stale copy), or (None, the response) when it was not kept.

        Only the process holding the page's lock renders it, and only if the
        page is still not fresh once it holds the lock (another process may
        have kept it meanwhile). The others answer the stale copy, or wait.
        """
        give_up = time.monotonic() + 2 * settings.PAGE_LOCK_SECONDS
        while True:
            entry, fresh = store.lookup(name, read, prefetch)
            if fresh:
                return entry, False
            token = store.claim(name)
            if token is None and entry is not None:
                return entry, True
            if token is None and time.monotonic() < give_up:
                time.sleep(0.02)
                continue
            try:
                entry, fresh = store.lookup(name, read) if token else (None, False)
                return (entry, False) if fresh else self._render(request, name, query)
            finally:
                if token:
                    store.release(name, token)

    def _render(self, request, name, query):
        personal_cookies = request.COOKIES
        request.COOKIES = {}
        request.META.pop("HTTP_COOKIE", None)
        request.GET = QueryDict(urlencode(query))
        request.page_rendering = rendering = Rendering()
        try:
            response = self.get_response(request)
        finally:
            del request.page_rendering
            request.COOKIES = personal_cookies
        if hasattr(response, "render") and not response.is_rendered:
            response.render()
        if response.status_code == 200 and not (response.cookies or response.streaming):
            logger.info("Rendered %s?%s", request.path, urlencode(query))
            page = _Page(response)
            entry = rendering.entry(page, seconds=settings.PAGE_CACHE_SECONDS)
            if entry is not None and not rendering.unknown:
                store.keep(name, entry)
                return entry, False
            if not rendering.unknown:
                # A key changed while it rendered, and the CDN's purge may have
                # gone by already: answered, shared for a second, not kept.
                until = store.clock() + 1
                keys = dict.fromkeys(rendering.keys, "")
                return store.Entry(page, keys, until, until, dict(rendering.accepts)), False
        # Not shareable, or the cache is failing: nobody keeps this answer.
        patch_cache_control(response, no_cache=True, max_age=0)
        return None, response


def _personal(request, entry: store.Entry) -> HttpResponse | None:
    """The shared page with this reader's own parts in it, when they have some.

    A page marks where a part may go (``<!--kabar:NAME:ARGUMENT-->``); when
    the request carries the part's cookie, its function
    (``PAGE_CACHE_PERSONAL_PARTS``) fills the markers it has something for,
    in one call. Such an answer is the reader's own: ``private, no-store``,
    uncompressed (it holds what they wrote).
    """
    body, filled = entry.value.bodies["identity"], {}
    for name, (cookie, path) in settings.PAGE_CACHE_PERSONAL_PARTS.items():
        if cookie in request.COOKIES:
            marker = re.compile(rb"<!--kabar:" + name.encode() + rb":([\w-]+)-->")
            arguments = sorted({m.decode() for m in marker.findall(body)})
            parts = import_string(path)(request, arguments) if arguments else {}
            for argument, html in parts.items():
                filled[f"<!--kabar:{name}:{argument}-->".encode()] = html.encode()
    if not filled:
        return None
    for marker, html in filled.items():
        body = body.replace(marker, html)
    response = HttpResponse(body, status=entry.value.status)
    for header, value in entry.value.headers.items():
        response[header] = value
    patch_cache_control(response, private=True, no_store=True)
    return response


@functools.lru_cache(maxsize=4096)
def _public_page(path: str):
    """The view's ``public_page`` mark (True, or its guard) for ``path``, else False."""
    try:
        return getattr(resolve(path).func, "public_page", False)
    except Resolver404:
        return False


def _name(origin: str, path: str, query: dict) -> str:
    """The page's normalised name: origin, path and the accepted parameters, sorted."""
    return f"{origin}{path}?{urlencode(sorted(query.items()))}"


def _accepted(values, value: str) -> bool:
    """Whether ``value`` is one of ``values`` (a container, or a range of numbers)."""
    if isinstance(values, range):
        return value.isdigit() and len(value) <= 19 and int(value) in values
    return values is not None and value in values


def _answer(request, entry: store.Entry, stale: bool) -> HttpResponse:
    """The kept page as this request asks for it: encoding, 304, caching headers.

    The CDN may keep it until its time and serve it stale until its stale
    time; a stale copy for a second.
    """
    page = entry.value
    encoding = _encoding(request.headers.get("Accept-Encoding", ""))
    etag = page.etag if encoding == "identity" else f'{page.etag[:-1]}-{encoding}"'
    if _not_modified(request, etag, page.last_modified):
        response = HttpResponseNotModified()
    else:
        response = HttpResponse(page.bodies[encoding], status=page.status)
        if encoding != "identity":
            response["Content-Encoding"] = encoding
    for header, value in page.headers.items():
        response[header] = value
    response["ETag"] = etag
    response["Last-Modified"] = http_date(page.last_modified)
    response["Vary"] = "Accept-Encoding"
    keys = " ".join(sorted(entry.generations))
    if keys:
        response["Surrogate-Key"] = keys
    now = store.clock()
    # Whole seconds, never past either time by more than the moment it took
    # to answer (a twentieth of a second).
    until_stale = max(0, math.floor(entry.stale_until - now + 0.05))
    until_fresh = 1 if stale else math.floor(entry.fresh_until - now + 0.05)
    fresh = max(0, min(until_stale, until_fresh, settings.PAGE_CACHE_SECONDS))
    grace = 0 if stale else until_stale - fresh
    patch_cache_control(
        response, public=True, max_age=0, s_maxage=fresh, stale_while_revalidate=grace
    )
    return response


def _not_modified(request, etag: str, last_modified: float) -> bool:
    """RFC 9110's weak comparison of If-None-Match (a list, or *); else If-Modified-Since."""
    if "If-None-Match" in request.headers:
        tags = parse_etags(request.headers["If-None-Match"])
        return "*" in tags or any(tag.removeprefix("W/") == etag for tag in tags)
    since = parse_http_date_safe(request.headers.get("If-Modified-Since", ""))
    return since is not None and int(last_modified) <= since


def _encoding(accept_encoding: str) -> str:
    """Brotli, else gzip, else none, as far as ``Accept-Encoding`` allows."""
    accepted = {}
    for part in accept_encoding.lower().split(","):
        token, _, params = part.partition(";")
        refused = params.replace(" ", "") in ("q=0", "q=0.0", "q=0.00", "q=0.000")
        accepted[token.strip()] = not refused
    for encoding in ("br", "gzip"):
        if accepted.get(encoding, accepted.get("*", False)):
            return encoding
    return "identity"
