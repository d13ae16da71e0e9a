"""Forgery protection for the readers' forms that public pages carry (comment, vote).

Those pages are one rendering for every anonymous reader, so they cannot
hold a per-reader anti-forgery token. The forms are protected instead by
the origin the browser itself reports: every current browser sends
``Origin`` with a form POST, and a page on another site cannot make it say
ours. A POST whose ``Origin`` (or, when a browser sends none, ``Referer``)
is not this site's is refused with the CSRF failure page, as is one that
names neither. The cookies such a POST could carry are ``SameSite=Lax``
too, so a cross-site POST would arrive without them anyway.

The test client's ``enforce_csrf_checks=False`` is honoured as Django's CSRF
middleware honours it, so tests that are not about forgery need no headers.
"""

from functools import wraps
from urllib.parse import urlsplit

from django.conf import settings
from django.utils.module_loading import import_string
from django.views.decorators.csrf import csrf_exempt


def _origin(url: str) -> str:
    try:
        parts = urlsplit(url)
    except ValueError:  # "http://[": not a URL at all
        return ""
    return f"{parts.scheme}://{parts.netloc}".lower() if parts.scheme and parts.netloc else ""


def trusted_origins(request) -> set[str]:
    """This site's origins: as the request reached us, ``SITE_URL``, and any trusted."""
    good = {f"{request.scheme}://{request.get_host()}".lower()}
    if settings.SITE_URL:
        good.add(_origin(settings.SITE_URL))
    good.update(o.lower().rstrip("/") for o in settings.CSRF_TRUSTED_ORIGINS)
    return good


def is_same_origin(request) -> bool:
    """Whether the browser says this POST comes from a page of this site."""
    origin = request.headers.get("Origin")
    if origin is None or origin == "null":
        # Some privacy settings send no Origin; the Referer still tells.
        origin = _origin(request.headers.get("Referer", "")) if origin is None else ""
    return bool(origin) and origin.lower() in trusted_origins(request)


def same_origin_post(view):
    """Refuse (403) an unsafe request to ``view`` that does not come from this site."""

    @csrf_exempt
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        checked = not getattr(request, "_dont_enforce_csrf_checks", False)
        if request.method not in ("GET", "HEAD", "OPTIONS", "TRACE") and checked:
            if not is_same_origin(request):
                return import_string(settings.CSRF_FAILURE_VIEW)(request, reason="origin")
        return view(request, *args, **kwargs)

    return wrapper
