"""Sessions are for staff only, and a staff session's key proves itself.

Readers never get a session: what a reader's browser must remember (their
own comments, their vote, a form ticket) lives in small signed cookies of
its own. ``StaffSessionMiddleware`` stores a session only once someone has
signed in, and ``SessionStore`` makes keys that carry an HMAC of themselves,
so telling a staff session from a made-up ``sessionid`` costs no lookup
unless the key is one Kabar made (``has_staff_session``).
"""

from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.contrib.sessions.backends.cached_db import SessionStore as CachedDbStore
from django.contrib.sessions.middleware import SessionMiddleware
from django.utils.crypto import constant_time_compare, get_random_string, salted_hmac

_RANDOM = 24
_MAC = 16
_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789"
_SALT = "portal.staff-session"


def _mac(random: str) -> str:
    return salted_hmac(_SALT, random, algorithm="sha256").hexdigest()[:_MAC]


def is_signed(key: str) -> bool:
    """Whether ``key`` is one this site made (its HMAC holds)."""
    return len(key) == _RANDOM + _MAC and constant_time_compare(_mac(key[:_RANDOM]), key[_RANDOM:])


class SessionStore(CachedDbStore):
    """Django's cached database sessions, with self-signed keys."""

    def _get_new_session_key(self):
        while True:
            random = get_random_string(_RANDOM, _ALPHABET)
            key = random + _mac(random)
            if not self.exists(key):
                return key


class StaffSessionMiddleware(SessionMiddleware):
    """Django's session middleware, except that it never creates a session for
    someone who has not signed in."""

    def process_response(self, request, response):
        session = getattr(request, "session", None)
        if session is not None and session.session_key is None and SESSION_KEY not in session:
            session.modified = False
        return super().process_response(request, response)


def has_staff_session(request) -> bool:
    """Whether ``request`` carries a live signed-in session (only staff sign in)."""
    key = request.COOKIES.get(settings.SESSION_COOKIE_NAME, "")
    if not key or not is_signed(key):
        return False
    return SessionStore(key).get(SESSION_KEY) is not None
