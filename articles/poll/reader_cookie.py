"""The signed cookie that lets a reader's later votes find their first one."""

from django.conf import settings

_READER_COOKIE_SALT = "articles.poll.reader"


def reader_id_from(request) -> str | None:
    """The reader id in the request's signed cookie, or None.

    A cookie whose signature does not check out (edited, or signed by
    another site) yields None: that reader is new, never someone else.
    """
    value = request.get_signed_cookie(
        settings.POLL_COOKIE_NAME,
        default=None,
        salt=_READER_COOKIE_SALT,
        max_age=settings.POLL_COOKIE_MAX_AGE,
    )
    return value or None


def remember_reader(request, response, reader_id: str) -> None:
    """Give the reader's browser their id, signed, for later votes."""
    response.set_signed_cookie(
        settings.POLL_COOKIE_NAME,
        reader_id,
        salt=_READER_COOKIE_SALT,
        max_age=settings.POLL_COOKIE_MAX_AGE,
        httponly=True,
        samesite="Lax",
        secure=request.is_secure(),
    )
