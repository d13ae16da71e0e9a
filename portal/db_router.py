"""Reads from PostgreSQL replicas, writes and fresh reads from the primary.

Active only when ``DATABASE_REPLICA_URLS`` names replicas (settings add them
as ``replica1``, ``replica2``... beside ``default``, the primary, and list
this router and ``ReplicaRoutingMiddleware``). Without replicas nothing here
runs.

A replica applies the primary's changes a little late (streaming lag), so a
read goes to one only when nothing in the request could notice:

- only inside a web request, and only a GET, HEAD or OPTIONS one outside the
  admin. Management commands, task workers and every POST (comments, votes,
  reports, logins, the read beacon) read the primary throughout;
- a request that has written (``db_for_write`` was asked) reads the primary
  from then on, so it sees its own write;
- a response to a POST (or other unsafe method) that wrote carries a signed
  cookie, ``DATABASE_REPLICA_STICKY_COOKIE``, for
  ``DATABASE_REPLICA_STICKY_SECONDS``: the editor who just saved, or the
  reader who just commented, reads the primary until the replicas caught up;
- inside ``transaction.atomic`` on the primary, reads stay on the primary;
- sessions, accounts and permissions, the admin log and login lockouts are
  always read from the primary (``PRIMARY_ONLY_APPS``).

A replica is tried once per request (its connection opened, or a kept one
checked). One that refuses or times out (``connect_timeout`` in its URL,
``DATABASE_REPLICA_CONNECT_TIMEOUT`` seconds by default) is left alone by
this process for ``DATABASE_REPLICA_RETRY_SECONDS``: the request, and those
after it, read another replica or the primary, without error and without
waiting on it again. Migrations run on the primary only.
"""

import contextvars
import logging
import random
import time

from django.conf import settings
from django.core.exceptions import MiddlewareNotUsed
from django.db import DatabaseError, connections

logger = logging.getLogger(__name__)

PRIMARY = "default"
REPLICA_PREFIX = "replica"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
# Apps whose rows decide who someone is and what they may do: a lagging copy
# would log a person out, or let a locked-out login try again.
PRIMARY_ONLY_APPS = frozenset({"sessions", "auth", "admin", "axes", "contenttypes"})
_COOKIE_SALT = "portal.db_router.sticky"

# Replica alias -> time.monotonic() until which this process leaves it alone.
_down: dict[str, float] = {}


def replica_aliases() -> list[str]:
    return [alias for alias in settings.DATABASES if alias.startswith(REPLICA_PREFIX)]


def _pick_replica() -> str:
    """A replica that answers now, in random order; the primary if none does."""
    now = time.monotonic()
    candidates = [alias for alias in replica_aliases() if _down.get(alias, 0) <= now]
    random.shuffle(candidates)
    for alias in candidates:
        connection = connections[alias]
        try:
            # A kept connection is checked first (CONN_HEALTH_CHECKS): the
            # replica may have gone since the last request.
            connection.close_if_health_check_failed()
            connection.ensure_connection()
        except DatabaseError as error:
            _down[alias] = time.monotonic() + settings.DATABASE_REPLICA_RETRY_SECONDS
            connection.close_if_unusable_or_obsolete()
            logger.warning(
                "Database replica %s cannot be reached (%s); reading the primary for %s s.",
                alias,
                type(error).__name__,
                settings.DATABASE_REPLICA_RETRY_SECONDS,
            )
            continue
        _down.pop(alias, None)
        return alias
    return PRIMARY


class _RequestReads:
    """Where one request reads: a replica until it writes, then the primary."""

    def __init__(self, may_use_replica: bool):
        self.may_use_replica = may_use_replica
        self.wrote = False
        self._replica = None

    def alias(self) -> str:
        if self.wrote or not self.may_use_replica:
            return PRIMARY
        if self._replica is None:
            self._replica = _pick_replica()
        return self._replica


_current: contextvars.ContextVar[_RequestReads | None] = contextvars.ContextVar(
    "kabar_request_reads", default=None
)


class ReplicaRouter:
    """Django database router; see the module's docstring."""

    def db_for_read(self, model, **hints):
        reads = _current.get()
        if reads is None or model._meta.app_label in PRIMARY_ONLY_APPS:
            return PRIMARY
        if connections[PRIMARY].in_atomic_block:
            return PRIMARY
        return reads.alias()

    def db_for_write(self, model, **hints):
        reads = _current.get()
        if reads is not None:
            reads.wrote = True
        return PRIMARY

    def allow_relation(self, obj1, obj2, **hints):
        # Every alias holds the same rows: an object read from a replica may
        # point at one read from the primary.
        known = {PRIMARY, *replica_aliases()}
        if obj1._state.db in known and obj2._state.db in known:
            return True
        return None

    def allow_migrate(self, db, app_label, **hints):
        return db == PRIMARY


class ReplicaRoutingMiddleware:
    """Opens the request's reading scope for ``ReplicaRouter``; placed near the top."""

    def __init__(self, get_response):
        if not replica_aliases():
            raise MiddlewareNotUsed
        self.get_response = get_response
        self.admin_prefix = "/" + settings.ADMIN_URL.strip("/") + "/"

    def __call__(self, request):
        reads = _RequestReads(may_use_replica=self._may_use_replica(request))
        token = _current.set(reads)
        try:
            response = self.get_response(request)
        finally:
            _current.reset(token)
        if reads.wrote and request.method not in SAFE_METHODS:
            response.set_signed_cookie(
                settings.DATABASE_REPLICA_STICKY_COOKIE,
                "1",
                salt=_COOKIE_SALT,
                max_age=settings.DATABASE_REPLICA_STICKY_SECONDS,
                secure=settings.SESSION_COOKIE_SECURE,
                httponly=True,
                samesite="Lax",
            )
        return response

    def _may_use_replica(self, request) -> bool:
        if request.method not in SAFE_METHODS:
            return False
        if request.path_info.startswith(self.admin_prefix):
            return False
        just_wrote = request.get_signed_cookie(
            settings.DATABASE_REPLICA_STICKY_COOKIE,
            default=None,
            salt=_COOKIE_SALT,
            max_age=settings.DATABASE_REPLICA_STICKY_SECONDS,
        )
        return just_wrote is None
