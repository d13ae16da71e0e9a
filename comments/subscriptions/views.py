"""The pages behind the links in reply-notification emails; no login needed.

Each answers only to a signed token (``tokens``), shows no email address,
and is never cached, indexed, or named in a ``Referer``.
"""

from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_http_methods

from .services import confirm_address, unsubscribe_address
from .tokens import address_to_confirm, address_to_unsubscribe

HEADINGS = {
    "confirm": _("Aktifkan pemberitahuan balasan?"),
    "confirmed": _("Pemberitahuan balasan aktif"),
    "unsubscribe": _("Berhenti menerima pemberitahuan balasan?"),
    "unsubscribed": _("Anda sudah berhenti berlangganan"),
    "invalid_link": _("Tautan tidak berlaku"),
}


def _page(request, name: str, status: int = 200):
    response = render(
        request,
        f"comments/subscriptions/{name}.html",
        {"heading": HEADINGS[name]},
        status=status,
    )
    response["Cache-Control"] = "private, no-store"
    # The token in the address never leaves the site in a Referer. The page
    # with the confirm button keeps it for its own POST: under no-referrer
    # the browser would send ``Origin: null``, which the CSRF check refuses.
    response["Referrer-Policy"] = "same-origin" if name == "confirm" else "no-referrer"
    response["X-Robots-Tag"] = "noindex"
    return response


# The link in the email opens a page with a button; only its POST confirms.
# Mail scanners and link previews fetch links (GET, HEAD): they confirm
# nothing, so an address is never subscribed without its owner's click.
@csrf_protect
@require_http_methods(["GET", "HEAD", "POST"])
def confirm(request, token: str):
    """GET: a page with a button; POST (that button): activates the address and what it follows."""
    address = address_to_confirm(token)
    if address is None:
        return _page(request, "invalid_link", status=400)
    if request.method != "POST":
        return _page(request, "confirm")
    if not confirm_address(address):
        return _page(request, "invalid_link", status=400)
    return _page(request, "confirmed")


# Mail clients unsubscribe with a bare POST (RFC 8058 one-click): no token of
# Django's can be in it. The signed token in the address is the only key.
@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def unsubscribe(request, token: str):
    """GET: a page with a button; POST (that button, or a mail client): unsubscribe."""
    address = address_to_unsubscribe(token)
    if address is None:
        return _page(request, "invalid_link", status=400)
    if request.method == "POST":
        unsubscribe_address(address)
        return _page(request, "unsubscribed")
    return _page(request, "unsubscribe")
