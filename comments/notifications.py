"""Email to moderators when a comment waits for them: handed to the task queue."""

from .mail_tasks import hand_over
from .tasks import email_moderators, moderator_recipients, send_moderator_notice

__all__ = ["moderator_recipients", "notify_moderators"]


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
    hand_over(email_moderators, send_moderator_notice, [comment_id], "moderator email for comment")
