"""The site's error pages: 400, 403 (and for a failed forgery check), 404, 500 or 503.

They are in Indonesian, answer JSON when JSON was asked for, and never say
why in Django's words: the reason is for the logs, not for readers.
"""

import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseServerError, JsonResponse
from django.shortcuts import render
from django.template import loader
from django.utils.translation import gettext as _
from django.views.decorators.csrf import requires_csrf_token


def csrf_failure(request, reason=""):
    """403 for a form whose anti-forgery check failed: Indonesian, or JSON when asked.

    The page says what to do (reload, enable cookies), never why in Django's
    words: ``reason`` is for the logs, not for readers.
    """
    message = _(
        "Formulir tidak dapat diproses karena pemeriksaan keamanannya gagal. "
        "Muat ulang halaman, pastikan cookie diizinkan, lalu kirim lagi."
    )
    if "application/json" in request.headers.get("Accept", ""):
        return JsonResponse({"error": str(message)}, status=403)
    heading = _("Formulir tidak terkirim")
    return render(request, "error.html", {"heading": heading, "message": message}, status=403)


def _standalone(template: str, status: int, request) -> HttpResponse:
    """A page rendered without the request (its host or headers may be what was wrong)."""
    if "application/json" in request.headers.get("Accept", ""):
        messages = {400: _("Permintaan tidak valid."), 403: _("Akses ditolak.")}
        return JsonResponse({"error": str(messages[status])}, status=status)
    return HttpResponse(loader.get_template(template).render(), status=status)


def bad_request(request, exception):
    return _standalone("400.html", 400, request)


def permission_denied(request, exception):
    return _standalone("403.html", 403, request)


@requires_csrf_token
def page_not_found(request, exception):
    return render(request, "404.html", status=404)


@requires_csrf_token
def server_error(request):
    """500, or 503 with ``Retry-After`` when what failed is the database.

    Rendered without the request: no context processor may touch the
    database, which may be what failed. During a database outage, pages kept
    in the shared cache are still served (they need no query); whatever needs
    the database answers 503 until it is back, and connections are checked
    before reuse (``CONN_HEALTH_CHECKS``), so the site recovers by itself.
    """
    if isinstance(sys.exc_info()[1], (OperationalError, InterfaceError)):
        if "application/json" in request.headers.get("Accept", ""):
            message = _("Layanan sementara tidak tersedia. Coba lagi sebentar lagi.")
            response = JsonResponse({"error": str(message)}, status=503)
        else:
            response = HttpResponse(loader.get_template("503.html").render(), status=503)
        response["Retry-After"] = "10"
        response["Cache-Control"] = "no-store"
        return response
    return HttpResponseServerError(loader.get_template("500.html").render())
