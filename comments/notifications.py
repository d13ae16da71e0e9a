"""Email to moderators when a comment waits for them: handed to the task queue."""

import logging

from django.conf import settings

from .tasks import email_moderators, moderator_recipients, send_moderator_notice

__all__ = ["moderator_recipients", "notify_moderators"]

logger = logging.getLogger(__name__)


def notify_moderators(*, comment_id: int) -> None:
    """Tell moderators a comment is waiting, outside the reader's request.

    Runs after the comment's transaction committed, and only enqueues
    ``comments.tasks.email_moderators`` with the comment's id: the worker
    sends the mail and retries it while the mail server is down. When the
    queue itself cannot be reached, the mail is sent here at once with a
    short timeout (``MODERATOR_EMAIL_FALLBACK_TIMEOUT``); should that fail
    too, it is logged. Either way the reader's comment stands and the
    request answers as usual.
    """
    try:
        email_moderators.enqueue(comment_id)
        return
    except Exception as exc:
        logger.warning(
            "Could not queue the moderator email for comment %s (%s: %s); sending it now",
            comment_id,
            type(exc).__name__,
            exc,
        )
    try:
        send_moderator_notice(comment_id, timeout=settings.MODERATOR_EMAIL_FALLBACK_TIMEOUT)
    except Exception:
        logger.exception(
            "Could not email moderators about comment %s; it waits in the admin", comment_id
        )
