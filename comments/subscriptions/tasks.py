"""The reply-notification emails as background tasks, retried as the moderator email is.

Each task carries only an id; the worker reads the rest and sends the mail.
A mail server that is down or hangs makes the attempt fail: it is logged
(by id only, never an address) and, on a backend that can defer (the Redis
queue), tried again after each of ``REPLY_EMAIL_RETRY_DELAYS`` seconds
(``MODERATOR_EMAIL_RETRY_DELAYS`` unless set); after the last try it stays
in the backend's failed jobs.
"""

from django.conf import settings
from django_tasks import TaskContext, task

from ..mail_tasks import send_or_retry
from .emails import send_confirmation, send_reply_notice
from .models import NotificationAddress
from .services import claim_reply_notice


def retry_delays() -> list[int]:
    return settings.REPLY_EMAIL_RETRY_DELAYS


def send_confirmation_for(address_id: int, *, timeout: float | None = None) -> int:
    """Send the confirmation to address ``address_id``; how many messages went.

    Nothing when the address is gone, or already active with nothing new
    for its owner to confirm.
    """
    address = NotificationAddress.objects.filter(pk=address_id).first()
    if address is None:
        return 0
    if address.is_active and not address.subscriptions.filter(confirmed_at__isnull=True).exists():
        return 0
    return send_confirmation(address, timeout=timeout)


def send_reply_notice_for(reply_id: int, *, timeout: float | None = None) -> int:
    """Announce reply ``reply_id`` to its parent's follower if due; how many messages went.

    When the mail server fails, the notice is released again (so a retry
    sends it) and the error raised.
    """
    notice = claim_reply_notice(reply_id)
    if notice is None:
        return 0
    try:
        return send_reply_notice(notice.reply, notice.address, timeout=timeout)
    except BaseException:
        notice.release()
        raise


@task(takes_context=True)
def email_confirmation(context: TaskContext, address_id: int, attempt: int = 1) -> int:
    """Send the confirmation email; on failure schedule the next try and raise."""
    return send_or_retry(
        context,
        send_confirmation_for,
        address_id,
        attempt,
        what="Confirmation email for address",
        delays=retry_delays(),
    )


@task(takes_context=True)
def email_reply_notice(context: TaskContext, reply_id: int, attempt: int = 1) -> int:
    """Send the notice of a reply; on failure schedule the next try and raise."""
    return send_or_retry(
        context,
        send_reply_notice_for,
        reply_id,
        attempt,
        what="Reply notice for comment",
        delays=retry_delays(),
    )
