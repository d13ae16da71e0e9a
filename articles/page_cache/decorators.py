"""``public_page``: one rendering of a page for every anonymous reader.

An anonymous GET is answered from the shared cache when a rendering is kept
whose keys have not changed since; otherwise the view renders, and a 200
without cookies is kept for ``PAGE_CACHE_SECONDS``. Either way the answer is
public, for the CDN tier and browsers too: ``Cache-Control`` with
``s-maxage`` and ``stale-while-revalidate``, ``Surrogate-Key``, ``ETag`` and
``Last-Modified`` (a matching ``If-None-Match`` gets 304), and a body
compressed as the client allows. A reader with a session gets a rendering
of their own, marked ``private, no-store``.
"""

import hashlib
import math
import re
import time
from dataclasses import dataclass, replace
from functools import wraps
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse, HttpResponseNotModified, QueryDict
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.http import http_date, quote_etag

from .encoding import IDENTITY, compress, preferred_encoding
from .keys import ARTICLES, all_known, current_versions
from .personal import is_personal
from .schedule import next_scheduled_time

_PAGE = "page-cache:page:{}"
# Held by the one process rendering an expired page again (see _servable).
_RENDERING = "{}:rendering"
_RENDERING_SECONDS = 10
# How long a CDN may share a page whose content changed while it was rendered.
_MOMENT = 1
# The query parameters public pages read, and what a value must look like to
# name a rendering of its own: a page number, a search query, the comment
# replied to, the reaction just picked, the comments' order. Anything else (?x=1, ?page=abc)
# changes nothing on the page, so it is left out of the name and cannot
# force a rendering.
_PAGE_PARAMETERS = {
    "page": re.compile(r"[1-9][0-9]{0,3}").fullmatch,
    "balas": re.compile(r"[1-9][0-9]{0,11}").fullmatch,
    "pilihan": re.compile(r"[a-z0-9][a-z0-9-]{0,39}").fullmatch,
    "q": lambda value: bool(value.strip()),
    "p": re.compile(r"[1-9][0-9]{0,3}").fullmatch,
    # The order of an article's comments (comments.templatetags.comments).
    "urutan": re.compile(r"terbaru").fullmatch,
}
# Headers a view sets that the kept answer repeats.
_KEPT_HEADERS = ("X-Robots-Tag", "Content-Language")


@dataclass(frozen=True)
class _Kept:
    content_type: str
    bodies: dict[str, bytes]
    etag: str
    last_modified: float
    versions: dict[str, int]
    # Kept no later than this: the expiry, or a scheduled article's time.
    fresh_until: float
    # Served while another process renders the page again, no later than this.
    stale_until: float
    headers: dict[str, str]


def add_page_keys(request, keys: list[str]) -> None:
    """Name more keys the page being rendered depends on (its article's, say).

    Call it as soon as the view knows them: their versions are read now, so
    a change made while the page renders leaves the kept page stale.
    """
    tracked = getattr(request, "_page_versions", None)
    if tracked is not None:
        tracked.update(current_versions([k for k in keys if k not in tracked]))


def public_page(view=None, *, keys: tuple[str, ...] = (ARTICLES,)):
    """Serve ``view`` to anonymous readers from one kept rendering; see the module."""

    def decorate(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if is_personal(request):
                response = view(request, *args, **kwargs)
                patch_cache_control(response, private=True, no_store=True)
                return response
            # The page is rendered and named from the parameters it reads,
            # and only from valid values of them, so that what is kept under
            # a name is what that name asks for.
            request.GET = _page_query(request)
            if any(len(q) > settings.SEARCH_MAX_QUERY_LENGTH for q in request.GET.getlist("q")):
                # Answered with a message, never kept: no query that long is
                # worth a rendering of its own.
                response = view(request, *args, **kwargs)
                patch_cache_control(response, no_cache=True, max_age=0)
                return response
            name = _page_name(request)
            kept = cache.get(name)
            servable, claimed = _servable(name, kept)
            if servable:
                if _add_encoding(request, kept):
                    _keep_again(name, kept)
                return _answer(request, kept)
            request._page_versions = current_versions(list(keys))
            response = view(request, *args, **kwargs)
            if hasattr(response, "render") and not response.is_rendered:
                response.render()  # a TemplateResponse (the sitemap's)
            if (
                response.status_code != 200
                or response.cookies
                or response.streaming
                or not all_known(request._page_versions)
            ):
                patch_cache_control(response, no_cache=True, max_age=0)
                return response
            kept = _keep(request, response)
            _add_encoding(request, kept)
            if claimed:
                cache.delete(_RENDERING.format(name))
            if current_versions(list(kept.versions)) != kept.versions:
                # What the page shows changed while it was rendered, and the
                # CDN's ban may have gone by already: answered as rendered,
                # but neither kept here nor shared for more than a moment.
                return _answer(request, replace(kept, fresh_until=_now() + _MOMENT), stale=0)
            cache.set(name, kept, _seconds_left(kept))
            return _answer(request, kept)

        return wrapper

    return decorate(view) if view is not None else decorate


def _page_query(request) -> QueryDict:
    """The request's query as far as it names a page: valid page parameters only."""
    query = QueryDict(mutable=True)
    for name, values in request.GET.lists():
        check = _PAGE_PARAMETERS.get(name)
        if check is not None:
            query.setlist(name, [value for value in values if check(value)])
    return query


def _page_name(request) -> str:
    # Absolute URLs come from SITE_URL when it is set; otherwise from the
    # request, whose scheme and host then belong in the name.
    origin = "" if settings.SITE_URL else f"{request.scheme}://{request.get_host()}"
    # Sorted by name only: repeated values keep their order (a page reads the last).
    query = urlencode(
        sorted(
            ((name, value) for name, values in request.GET.lists() for value in values),
            key=lambda pair: pair[0],
        )
    )
    digest = hashlib.sha256(f"{origin}{request.path}?{query}".encode()).hexdigest()
    return _PAGE.format(digest)


def _now() -> float:
    return timezone.now().timestamp()


def _servable(name: str, kept: _Kept | None) -> tuple[bool, bool]:
    """Whether ``kept`` may answer, and whether this request claimed its rendering.

    ``kept`` may answer when fresh, or stale while another process renders it.

    When a kept page's time runs out, the first request to see it claims its
    rendering; until the new one is kept, the others are answered with the
    stale one (for at most PAGE_STALE_SECONDS), instead of every worker
    rendering the same page at once. A change to what the page shows (its
    keys' versions) is never answered stale.
    """
    if kept is None:
        return False, False
    now = _now()
    if now >= kept.stale_until:
        return False, False
    versions = current_versions(list(kept.versions))
    if not all_known(versions) or kept.versions != versions:
        return False, False
    if now < kept.fresh_until:
        return True, False
    claimed = bool(cache.add(_RENDERING.format(name), 1, timeout=_RENDERING_SECONDS))
    return not claimed, claimed


def _seconds_left(kept: _Kept) -> int:
    return max(1, math.ceil(kept.stale_until - _now()))


def _keep(request, response) -> _Kept:
    versions = request._page_versions
    body = response.content
    now = _now()
    fresh_until = now + settings.PAGE_CACHE_SECONDS
    stale_until = fresh_until + settings.PAGE_STALE_SECONDS
    # A scheduled article goes live without any row changing: pages that
    # list articles must not outlive its time, not even stale.
    due = next_scheduled_time(request)
    if due is not None:
        fresh_until = min(fresh_until, due.timestamp())
        stale_until = min(stale_until, due.timestamp())
    return _Kept(
        content_type=response["Content-Type"],
        bodies={IDENTITY: body},
        etag=quote_etag(hashlib.sha256(body).hexdigest()[:32]),
        last_modified=time.time(),
        versions=dict(versions),
        fresh_until=fresh_until,
        stale_until=stale_until,
        headers={name: response[name] for name in _KEPT_HEADERS if response.has_header(name)},
    )


def _add_encoding(request, kept: _Kept) -> bool:
    """Compress the kept page as this request asks, once; True when it was missing."""
    encoding = preferred_encoding(request.headers.get("Accept-Encoding", ""))
    if encoding in kept.bodies:
        return False
    kept.bodies[encoding] = compress(kept.bodies[IDENTITY], encoding)
    return True


def _keep_again(name: str, kept: _Kept) -> None:
    """Keep ``kept`` with its new encoding for the rest of its time."""
    if kept.stale_until > _now():
        cache.set(name, kept, _seconds_left(kept))


def _answer(request, kept: _Kept, *, stale: int | None = None) -> HttpResponse:
    """The public answer from ``kept``: shared until its time, then ``stale`` seconds more."""
    # A shared answer sets no cookie: not even the CSRF middleware's renewal
    # of a malformed token cookie (no public form uses that token).
    request.META["CSRF_COOKIE_NEEDS_UPDATE"] = False
    # Nor does it vary by cookie: an anonymous request carries no session,
    # so looking at the (empty) session, as request.user does, told nothing.
    session = getattr(request, "session", None)
    if session is not None and session.session_key is None:
        session.accessed = False
    encoding = preferred_encoding(request.headers.get("Accept-Encoding", ""))
    # One tag per encoding: the bodies differ byte for byte.
    etag = kept.etag if encoding == IDENTITY else f'{kept.etag[:-1]}-{encoding}"'
    if request.headers.get("If-None-Match", "") in (etag, f"W/{etag}"):
        response = HttpResponseNotModified()
    else:
        response = HttpResponse(kept.bodies[encoding], content_type=kept.content_type)
        if encoding != IDENTITY:
            response["Content-Encoding"] = encoding
    for name, value in kept.headers.items():
        response[name] = value
    response["ETag"] = etag
    response["Last-Modified"] = http_date(kept.last_modified)
    response["Vary"] = "Accept-Encoding"
    response["Surrogate-Key"] = " ".join(sorted(kept.versions))
    patch_cache_control(
        response,
        public=True,
        max_age=0,
        s_maxage=max(0, min(settings.PAGE_CACHE_SECONDS, math.ceil(kept.fresh_until - _now()))),
        stale_while_revalidate=settings.PAGE_STALE_SECONDS if stale is None else stale,
    )
    return response
