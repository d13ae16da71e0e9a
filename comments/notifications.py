"""Email to moderators when a comment waits for them."""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils.translation import gettext as _

from .models import Comment

logger = logging.getLogger(__name__)

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


def notify_moderators(*, comment_id: int) -> None:
    """Tell moderators a comment is waiting.

    Runs after the comment's transaction committed. A mail server that is
    down must not turn the reader's accepted comment into an error, so
    failures are logged, not raised. The mail holds no private data: its
    recipients are not all allowed to see it.
    """
    recipients = moderator_recipients()
    if not recipients:
        return
    comment = Comment.objects.select_related("article").get(pk=comment_id)
    context = {
        "comment": comment,
        "admin_url": f"{settings.SITE_URL.rstrip('/')}{comment.admin_url()}",
    }
    subject = _("Komentar menunggu moderasi: %(title)s") % {"title": comment.article.title}
    try:
        send_mail(
            subject=subject[:200],
            message=render_to_string("comments/email/moderation_notice.txt", context),
            from_email=None,
            recipient_list=recipients,
        )
    except Exception:
        logger.exception("Could not email moderators about comment %s", comment_id)
