"""Which comments the current browser posted, so their author sees them pending.

The ids live in the reader's session: nobody else's request carries them,
so a pending comment is shown to its author and to no one else.
"""

from django.conf import settings

SESSION_KEY = "comments_posted"
# Enough for any honest reader; keeps the session small.
REMEMBERED = 50


def remember_comment(request, comment_id: int) -> None:
    ids = [i for i in request.session.get(SESSION_KEY, []) if i != comment_id]
    request.session[SESSION_KEY] = [*ids, comment_id][-REMEMBERED:]


def own_comment_ids(request) -> frozenset[int]:
    session = getattr(request, "session", None)
    # Without a session cookie there is nothing to read, and reading would
    # mark the answer as varying by cookie.
    if session is None or settings.SESSION_COOKIE_NAME not in request.COOKIES:
        return frozenset()
    return frozenset(i for i in session.get(SESSION_KEY, []) if isinstance(i, int))
