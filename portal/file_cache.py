"""The embedded default's shared cache: Django's file cache, with ``add`` and ``incr`` atomic.

Without Redis every local process (the server's workers, ``manage.py``
commands) shares a folder of files. Django's file cache reads a key and
then writes it, so two processes adding or counting one key at the same
moment can both succeed: a burst of comments counted as one against the
rate limit, one form ticket used twice. Here those two steps run under an
exclusive lock on a file of the folder (``flock``), held by one process at
a time and let go by the system if the process dies.
"""

import fcntl
import os
from contextlib import contextmanager

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.filebased import FileBasedCache

LOCK_NAME = "atomic.lock"


class LockedFileCache(FileBasedCache):
    @contextmanager
    def _locked(self):
        os.makedirs(self._dir, 0o700, exist_ok=True)
        with open(os.path.join(self._dir, LOCK_NAME), "a+b") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        with self._locked():
            return super().add(key, value, timeout, version)

    def incr(self, key, delta=1, version=None):
        with self._locked():
            return super().incr(key, delta, version)
