"""The two emails of reply notifications: the confirmation and the notice of a reply.

Links are absolute, built on ``SITE_URL`` as the moderator email's are. The
notice names the replier by their public name only, and carries a one-click
unsubscribe (RFC 8058) in its headers and a link to the same page in its body.
"""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _

from ..models import Comment
from ..threads import page_number_of
from .models import NotificationAddress
from .quoting import quoted_reply
from .tokens import confirmation_max_age, confirmation_token, unsubscribe_token


def absolute(path: str) -> str:
    return f"{settings.SITE_URL.rstrip('/')}{path}"


def confirmation_url(address: NotificationAddress) -> str:
    return absolute(reverse("comments:subscriptions:confirm", args=[confirmation_token(address)]))


def unsubscribe_url(address: NotificationAddress) -> str:
    return absolute(
        reverse("comments:subscriptions:unsubscribe", args=[unsubscribe_token(address)])
    )


def reply_url(reply: Comment) -> str:
    """Where the reply shows: its article's page (and page of comments), at its anchor."""
    page = page_number_of(reply)
    query = f"?page={page}" if page > 1 else ""
    return absolute(f"{reply.article.get_absolute_url()}{query}#{reply.anchor}")


def _send(message: EmailMultiAlternatives, template: str, context: dict, timeout) -> int:
    context = {"SITE_NAME": settings.SITE_NAME, **context}
    message.body = render_to_string(f"{template}.txt", context)
    message.attach_alternative(render_to_string(f"{template}.html", context), "text/html")
    if timeout is not None:
        message.connection = get_connection(timeout=timeout)
    return message.send()


def send_confirmation(address: NotificationAddress, *, timeout: float | None = None) -> int:
    """Ask ``address`` to confirm; errors from the mail server are raised."""
    context = {
        "confirmation_url": confirmation_url(address),
        "days": max(1, confirmation_max_age() // 86400),
        "site_url": absolute("/"),
    }
    message = EmailMultiAlternatives(
        subject=_("Konfirmasi pemberitahuan balasan komentar"), to=[address.email]
    )
    return _send(message, "comments/email/reply_confirmation", context, timeout)


def send_reply_notice(
    reply: Comment, address: NotificationAddress, *, timeout: float | None = None
) -> int:
    """Tell ``address`` of ``reply``; errors from the mail server are raised."""
    stop_url = unsubscribe_url(address)
    context = {
        "reply": reply,
        "reply_text": quoted_reply(reply.body),
        "article": reply.article,
        "reply_url": reply_url(reply),
        "unsubscribe_url": stop_url,
    }
    subject = _("Balasan untuk komentar Anda: %(title)s") % {"title": reply.article.title}
    message = EmailMultiAlternatives(
        subject=subject[:200],
        to=[address.email],
        headers={
            "List-Unsubscribe": f"<{stop_url}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )
    return _send(message, "comments/email/reply_notice", context, timeout)
