"""Which requests may be answered with the page every anonymous reader gets."""

from django.conf import settings


def is_personal(request) -> bool:
    """True when the answer may depend on who asks.

    A reader with a session (staff, or a reader who has just commented and
    should see their comment waiting) gets a page of their own. Everyone
    else gets the shared page: other cookies (the poll's reader id, the
    comment form's ticket) never change a page's HTML.
    """
    return settings.SESSION_COOKIE_NAME in request.COOKIES or request.method not in (
        "GET",
        "HEAD",
    )
