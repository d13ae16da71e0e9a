"""Work on comments done outside the reader's request, by the task worker.

``email_moderators`` tells moderators that a comment waits for them. It is
enqueued (``comments.notifications.notify_moderators``) once the comment's
transaction has committed and carries nothing but the comment's id; the
worker reads the comment and sends the mail. A mail server that is down or
hangs makes the attempt fail: it is logged (by comment id only) and, on a
backend that can defer (the Redis queue), tried again after each of
``MODERATOR_EMAIL_RETRY_DELAYS`` seconds; after the last try it stays in the
backend's failed jobs, so no notice is lost silently.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage, get_connection
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from django_tasks import TaskContext, task

from .mail_tasks import send_or_retry
from .models import Comment

MODERATOR_GROUP = "Moderator"


def moderator_recipients() -> list[str]:
    """``MODERATOR_EMAILS`` plus every active member of the Moderator group."""
    users = (
        get_user_model()
        .objects.filter(is_active=True, groups__name=MODERATOR_GROUP)
        .exclude(email="")
    )
    recipients = [*settings.MODERATOR_EMAILS, *users.values_list("email", flat=True)]
    return list(dict.fromkeys(address.strip() for address in recipients if address.strip()))


def send_moderator_notice(comment_id: int, *, timeout: float | None = None) -> int:
    """Email moderators that comment ``comment_id`` waits; how many messages went.

    Nothing is sent when nobody is to be told, or when the comment no longer
    waits (a moderator decided before the notice went out). Errors from the
    mail server are raised. ``timeout`` overrides ``EMAIL_TIMEOUT`` for this
    one notice. The mail holds no private data: its recipients are not all
    allowed to see it.
    """
    comment = Comment.objects.select_related("article").filter(pk=comment_id).first()
    if comment is None or comment.status != Comment.Status.PENDING:
        return 0
    recipients = moderator_recipients()
    if not recipients:
        return 0
    context = {
        "comment": comment,
        "admin_url": f"{settings.SITE_URL.rstrip('/')}{comment.admin_url()}",
    }
    subject = _("Komentar menunggu moderasi: %(title)s") % {"title": comment.article.title}
    body = render_to_string("comments/email/moderation_notice.txt", context)
    # One message each, over one connection: no moderator learns another's address.
    connection = get_connection(timeout=timeout) if timeout is not None else get_connection()
    messages = [EmailMessage(subject[:200], body, to=[address]) for address in recipients]
    return connection.send_messages(messages) or 0


@task(takes_context=True)
def email_moderators(context: TaskContext, comment_id: int, attempt: int = 1) -> int:
    """Send the "a comment waits" mail; on failure schedule the next try and raise.

    Raising marks this attempt failed in the backend (and in the worker's
    log) whether or not another try follows.
    """
    return send_or_retry(
        context,
        send_moderator_notice,
        comment_id,
        attempt,
        what="Moderator email for comment",
        delays=settings.MODERATOR_EMAIL_RETRY_DELAYS,
    )
