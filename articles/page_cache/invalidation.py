"""What a change does to kept pages: their keys go stale here and in the CDN tier."""

import logging

from django.db import transaction

from .cdn import ban
from .keys import bump_versions

logger = logging.getLogger(__name__)


def pages_changed(keys: list[str]) -> None:
    """The pages under ``keys`` changed: stale in every app process, banned in the CDN.

    The versions are bumped at once, so this process's next rendering is
    fresh even inside the transaction, and again once the transaction
    commits, so that a rendering of not-yet-committed data made in between
    by another process does not stay. The CDN is told after the commit.
    """
    keys = sorted(set(keys))
    bump_versions(keys)

    def after_commit():
        bump_versions(keys)
        ban(keys)

    transaction.on_commit(after_commit)
