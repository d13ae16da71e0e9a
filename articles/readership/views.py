"""``POST /baca/``: the read beacon, sent by ``static/js/reads.js`` once an article is shown;
``/baca/<id>.gif``, the same for a reader without JavaScript (``<noscript>``).

The article page stays the same for every reader and cached: the beacon is
a request of its own, answered 204 with nothing to keep. It costs no
database query: the read is counted in Redis (``counter``), the article id
checked when the counts are folded. Bots, prefetches and other sites'
pages are not counted. No cookie is read or set.
"""

from urllib.parse import parse_qs, urlsplit

from django.conf import settings
from django.http import HttpResponse
from django.utils.cache import patch_cache_control
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST, require_safe

from portal.client_address import client_address
from portal.same_origin import trusted_origins

from .counter import record_read
from .referrers import referrer_class
from .tasks import fold_reads_task
from .visitors import is_bot, is_prefetch, network_hash, reader_hash, today

_MAX_ID = 2**53


def _no_content() -> HttpResponse:
    response = HttpResponse(status=204)
    patch_cache_control(response, private=True, no_store=True)
    return response


def _from_this_site(request) -> bool:
    origin = request.headers.get("Origin")
    if origin is None:  # some browsers send none on a same-origin beacon
        return True
    return origin.lower().rstrip("/") in trusted_origins(request)


def _own_host(request) -> str:
    """The site's host as readers see it, for telling its own pages among referrers."""
    if settings.SITE_URL:
        return (urlsplit(settings.SITE_URL).hostname or "").lower()
    return request.get_host().split(":")[0]


def _count(request, article: str, *, referrer: str, utm_source: str) -> None:
    user_agent = request.headers.get("User-Agent", "")
    if (
        not article.isdigit()
        or not 0 < int(article) < _MAX_ID
        or is_bot(user_agent)
        or is_prefetch(request)
        or not _from_this_site(request)
    ):
        return
    day, address = today(), client_address(request)
    due = record_read(
        article_id=int(article),
        referrer=referrer_class(
            referrer=referrer,
            utm_source=utm_source,
            own_host=_own_host(request),
        ),
        reader=reader_hash(address=address, user_agent=user_agent, day=day),
        network=network_hash(address=address, day=day),
        day=day,
    )
    if due:
        fold_reads_task.enqueue()


# Counting only: nothing a forged request could change for anyone, so no
# CSRF token (the page that sends it is the same for every reader).
@csrf_exempt
@require_POST
def read_beacon(request):
    """Count one read of the article named in the body (``a``), with its referrer.

    Answered by ``ReadBeaconMiddleware`` before the rest of the stack; this
    view names the address and answers where that middleware is not used.
    """
    return beacon_answer(request)


def beacon_answer(request) -> HttpResponse:
    """What ``POST /baca/`` does, whoever calls it."""
    _count(
        request,
        request.POST.get("a", ""),
        referrer=request.POST.get("r", ""),
        utm_source=request.POST.get("u", ""),
    )
    return _no_content()


# A transparent 1 x 1 GIF.
_PIXEL = (
    b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00"
    b"\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;"
)


@require_safe
def read_pixel(request, article_id: int):
    """The beacon for a reader without JavaScript: an image inside ``<noscript>``.

    The page that asks for it is the article itself (its ``Referer``), so the
    external referrer is unknown: the read is direct unless the address the
    reader opened carried ``utm_source`` (a shared link).
    """
    page = request.headers.get("Referer", "")
    try:
        utm = parse_qs(urlsplit(page[:2000]).query).get("utm_source", [""])[0]
    except ValueError:
        utm = ""
    if request.method == "GET":
        _count(request, str(article_id), referrer="", utm_source=utm)
    response = HttpResponse(_PIXEL, content_type="image/gif")
    patch_cache_control(response, private=True, no_store=True)
    return response
