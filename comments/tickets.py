"""The comment form's ticket: when this browser was shown a comment form, signed, used once.

Article pages are the same for every reader, so they cannot carry a
per-reader token. Instead, each page with an open comment form links the
small stylesheet ``/komentar/tiket.css``, which is never cached: it gives
the browser a signed ticket recording the time, in an HttpOnly cookie sent
only to ``/komentar/`` (never to the pages, so it cannot split their cache).
It works with JavaScript off, as browsers load stylesheets anyway.

A comment is refused when its ticket is missing or forged, younger than
``COMMENTS_MIN_FORM_SECONDS`` (a robot posting at once), older than
``COMMENTS_MAX_FORM_SECONDS``, or already used: a ticket carries one
comment, so a robot that fetched one cannot post a stream with it.
"""

import secrets
import time
from dataclasses import dataclass

from django.conf import settings
from django.core import signing
from django.core.cache import caches

COOKIE_NAME = "kabar_tiket"
COOKIE_PATH = "/komentar/"
_SALT = "comments.form-ticket"
_USED = "comments:ticket-used:{}"


class FormTicketError(Exception):
    """The ticket is missing, forged, too recent, too old or already used."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Ticket:
    nonce: str
    issued: float


def new_ticket_value(*, now: float | None = None) -> str:
    """A fresh signed ticket issued at ``now``."""
    issued = time.time() if now is None else now
    return signing.dumps({"t": round(issued, 3), "n": secrets.token_urlsafe(12)}, salt=_SALT)


def give_ticket(request, response, *, value: str | None = None) -> None:
    """Set a fresh ticket (or ``value``) on ``response``."""
    response.set_cookie(
        COOKIE_NAME,
        value or new_ticket_value(),
        max_age=settings.COMMENTS_MAX_FORM_SECONDS,
        path=COOKIE_PATH,
        secure=request.is_secure(),
        httponly=True,
        samesite="Lax",
    )


def read_ticket(request) -> Ticket:
    """The request's ticket, checked for signature and age; raises ``FormTicketError``."""
    try:
        data = signing.loads(request.COOKIES.get(COOKIE_NAME, ""), salt=_SALT)
        ticket = Ticket(nonce=str(data["n"]), issued=float(data["t"]))
    except (signing.BadSignature, KeyError, TypeError, ValueError) as exc:
        raise FormTicketError("invalid") from exc
    age = time.time() - ticket.issued
    if age < settings.COMMENTS_MIN_FORM_SECONDS:
        raise FormTicketError("too_fast")
    if age > settings.COMMENTS_MAX_FORM_SECONDS:
        raise FormTicketError("too_old")
    if caches["limits"].get(_USED.format(ticket.nonce)):
        raise FormTicketError("used")
    return ticket


def use_ticket(ticket: Ticket) -> bool:
    """Spend ``ticket`` on a comment; False when another request already spent it.

    Counted in the limits cache: with Redis down, each app process still
    takes a ticket once (``portal.limits_cache``).
    """
    used = caches["limits"].add(
        _USED.format(ticket.nonce), 1, timeout=settings.COMMENTS_MAX_FORM_SECONDS
    )
    return bool(used)


def spend_ticket(request, form, errors: dict[str, str]) -> bool:
    """Spend the request's ticket on ``form``; whether it would do.

    When it would not, the reason's message from ``errors`` (keyed by
    ``FormTicketError.reason``) is added to the form's own errors, so the
    reader sees it above what they typed.
    """
    try:
        if not use_ticket(read_ticket(request)):
            raise FormTicketError("used")
    except FormTicketError as exc:
        form.add_error(None, errors[exc.reason])
        return False
    return True


def still_good(request) -> bool:
    """Whether the request's ticket may still carry a comment (or just needs time)."""
    try:
        read_ticket(request)
    except FormTicketError as exc:
        return exc.reason == "too_fast"
    return True
