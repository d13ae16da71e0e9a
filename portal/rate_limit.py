"""Rate limits per client address, counted in the shared cache, and the 429 answer."""

from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from django_ratelimit.core import get_usage


def seconds_to_wait(request, *, group: str, rate: str) -> int:
    """Count this request against ``rate`` for its client; 0 when it is within it.

    Otherwise the whole seconds until the client's current window ends, which
    is what ``Retry-After`` should say. django-ratelimit keeps the count in
    the default cache (Redis in production), so every app process shares it.
    """
    usage = get_usage(request, group=group, key="ip", rate=rate, increment=True)
    if usage is None or not usage["should_limit"]:
        return 0
    # django-ratelimit's window still holds at the second it names as its
    # end; the next one starts a second later.
    return int(usage["time_left"]) + 1


# What a refused client is told, and how long django-ratelimit's per-minute
# limits make it wait.
TOO_MANY_REQUESTS = _lazy("Terlalu banyak permintaan. Silakan tunggu sebentar lalu coba lagi.")
LIMIT_WINDOW_SECONDS = 60


def too_many_requests(request, *, retry_after: int):
    """429 with ``Retry-After``: an Indonesian page, or JSON when JSON was asked for."""
    message = TOO_MANY_REQUESTS
    if "application/json" in request.headers.get("Accept", ""):
        response = JsonResponse({"error": str(message)}, status=429)
    else:
        heading = _("Terlalu banyak permintaan")
        context = {"heading": heading, "message": message}
        response = render(request, "error.html", context, status=429)
    response["Retry-After"] = str(retry_after)
    return response


def rate_limited(request, exception):
    """The answer to a django-ratelimit refusal (``RATELIMIT_VIEW``).

    Those limits are per minute, so a minute is always long enough to wait.
    """
    return too_many_requests(request, retry_after=LIMIT_WINDOW_SECONDS)
