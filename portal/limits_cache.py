"""The cache that counts limits: Redis, or this process's memory while Redis is down.

Rate limits, the comment form's single-use tickets and the poll's cap on
new voters per address count here (the ``limits`` cache). With Redis they
hold across every app process. When Redis does not answer, they must not
switch off: each call falls back to a counter in this process's memory, so
every limit still holds per process (a flood is still refused, and each
ticket still carries one comment per process), and Redis is tried again
after ``RETRY_SECONDS``. Reading pages never depends on this cache.
"""

import logging
import time

from django.core.cache.backends.base import BaseCache
from django.core.cache.backends.locmem import LocMemCache
from django.utils.module_loading import import_string

logger = logging.getLogger(__name__)

RETRY_SECONDS = 2.0
_METHODS = ("add", "get", "set", "delete", "incr", "decr", "get_many", "set_many", "touch")


class RedisOrLocalCache(BaseCache):
    """``OPTIONS``: those of django-redis's ``RedisCache``; exceptions are never ignored."""

    def __init__(self, location, params):
        super().__init__(params)
        redis_params = {**params, "OPTIONS": {**params.get("OPTIONS", {})}}
        redis_params["OPTIONS"]["IGNORE_EXCEPTIONS"] = False
        self.redis = import_string("django_redis.cache.RedisCache")(location, redis_params)
        self.local = LocMemCache(f"limits-fallback-{id(self)}", {"TIMEOUT": params.get("TIMEOUT")})
        self._down_until = 0.0

    def _call(self, method: str, *args, **kwargs):
        if time.monotonic() >= self._down_until:
            try:
                return getattr(self.redis, method)(*args, **kwargs)
            except ValueError:  # incr of a missing key: an answer, not an outage
                raise
            except Exception as exc:
                self._down_until = time.monotonic() + RETRY_SECONDS
                logger.warning("Limits counted in this process while Redis is down: %s", exc)
        return getattr(self.local, method)(*args, **kwargs)

    def clear(self):
        self.local.clear()
        return self._call("clear")


for _method in _METHODS:
    setattr(
        RedisOrLocalCache,
        _method,
        lambda self, *args, _method=_method, **kwargs: self._call(_method, *args, **kwargs),
    )
