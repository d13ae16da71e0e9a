"""What ``comments.services`` calls once a comment's transaction has committed.

Both only record (a subscription) and enqueue tasks carrying ids: the mail
goes from the worker. When the queue itself cannot be reached, the mail is
sent here at once with the short ``MODERATOR_EMAIL_FALLBACK_TIMEOUT``, as
the moderator email is; should that fail too, it is logged (by id). Either
way the reader's comment or the moderator's decision stands and the request
answers as usual.
"""

import logging
from collections.abc import Iterable

from django.conf import settings

from ..mail_tasks import hand_over
from ..models import Comment
from .services import follow_replies, followed_replies
from .tasks import (
    email_confirmation,
    email_reply_notice,
    send_confirmation_for,
    send_reply_notice_for,
)

logger = logging.getLogger(__name__)


def comment_follows_replies(*, comment_id: int) -> None:
    """The reader ticked "tell me of replies" on comment ``comment_id``.

    Records the subscription; the first time its address asks (or once an
    earlier confirmation has expired) a confirmation email is enqueued.
    """
    try:
        address_id = follow_replies(comment_id)
    except Exception as exc:
        logger.error(
            "Could not record the reply subscription of comment %s (%s)",
            comment_id,
            type(exc).__name__,
        )
        return
    if address_id is not None:
        hand_over(
            email_confirmation,
            send_confirmation_for,
            [address_id],
            "confirmation email for address",
        )


def reply_published(*, comment_id: int) -> None:
    """Reply ``comment_id`` was published as it was sent: told if its parent is followed."""
    try:
        followed = followed_replies(Comment.objects.filter(pk=comment_id))
    except Exception as exc:
        logger.error(
            "Could not look up the followers of comment %s (%s)", comment_id, type(exc).__name__
        )
        return
    replies_approved(comment_ids=followed)


def replies_approved(*, comment_ids: Iterable[int]) -> None:
    """Replies ``comment_ids`` are published: their parents' followers are told.

    With a worker, ``REPLY_NOTICE_DELAY_SECONDS`` later: a moderator who
    undoes the approval (or rejects the reply) in the meantime stops the
    email, as the worker sends it only for a reply still approved.
    """
    hand_over(
        email_reply_notice,
        send_reply_notice_for,
        comment_ids,
        "reply notice for comment",
        delay=settings.REPLY_NOTICE_DELAY_SECONDS,
    )
