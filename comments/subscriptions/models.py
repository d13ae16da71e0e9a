"""Who asked to hear of replies, and which replies they were told about.

Part of the ``comments`` app: ``comments.models`` imports these models, so
they reference ``Comment`` by name rather than importing it.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

# As ``comments.models.EMAIL_MAX_LENGTH`` (RFC 5321's limit).
ADDRESS_MAX_LENGTH = 254


class NotificationAddress(models.Model):
    """One email address (lowercase) that asked for reply notifications.

    Nothing but the confirmation is ever sent to it until ``confirmed_at``
    is set through the link in that confirmation (double opt-in), and
    nothing at all once ``unsubscribed_at`` is set, until it confirms again.
    The links carry signed tokens (``tokens``): no token is stored.
    """

    email = models.EmailField(_("email"), max_length=ADDRESS_MAX_LENGTH, unique=True)
    # The mailbox the address reaches (``services.inbox_of``: plus-part
    # dropped, Gmail's dots dropped, lowercase): confirmations are limited per
    # inbox, so variants of one address do not fill it.
    inbox = models.CharField(
        max_length=ADDRESS_MAX_LENGTH, db_index=True, default="", editable=False
    )
    created_at = models.DateTimeField(_("dibuat"), auto_now_add=True)
    confirmation_sent_at = models.DateTimeField(
        _("konfirmasi dikirim"), null=True, blank=True, editable=False
    )
    confirmed_at = models.DateTimeField(_("dikonfirmasi"), null=True, blank=True)
    unsubscribed_at = models.DateTimeField(_("berhenti berlangganan"), null=True, blank=True)

    class Meta:
        verbose_name = _("alamat notifikasi balasan")
        verbose_name_plural = _("alamat notifikasi balasan")

    def __str__(self):
        # Never the address itself: this may end up in a log line.
        return f"NotificationAddress {self.pk}"

    def save(self, *args, **kwargs):
        from .inbox import inbox_of

        self.inbox = inbox_of(self.email)
        super().save(*args, **kwargs)

    @property
    def is_active(self) -> bool:
        """Confirmed and not unsubscribed since: replies may be announced to it."""
        return self.confirmed_at is not None and self.unsubscribed_at is None


class ReplySubscription(models.Model):
    """The author of ``comment`` wants to hear of replies to it, at ``address``."""

    comment = models.OneToOneField(
        "comments.Comment",
        on_delete=models.CASCADE,
        related_name="reply_subscription",
        verbose_name=_("komentar"),
    )
    address = models.ForeignKey(
        NotificationAddress,
        on_delete=models.CASCADE,
        related_name="subscriptions",
        verbose_name=_("alamat"),
    )
    created_at = models.DateTimeField(_("dibuat"), auto_now_add=True)
    # Set once the address's owner confirmed this subscription: a confirmed
    # address is not subscribed to more comments by whoever types it.
    confirmed_at = models.DateTimeField(_("dikonfirmasi"), null=True, blank=True)

    class Meta:
        verbose_name = _("langganan balasan")
        verbose_name_plural = _("langganan balasan")

    def __str__(self):
        return f"ReplySubscription {self.pk} (comment {self.comment_id})"


class ReplyNotification(models.Model):
    """The one email announcing ``reply``: ``notified_at`` is set once it went.

    One row per reply, so approving it again sends nothing more.
    """

    reply = models.OneToOneField(
        "comments.Comment",
        on_delete=models.CASCADE,
        related_name="reply_notification",
        verbose_name=_("balasan"),
    )
    subscription = models.ForeignKey(
        ReplySubscription,
        on_delete=models.CASCADE,
        related_name="notifications",
        verbose_name=_("langganan"),
    )
    created_at = models.DateTimeField(_("dibuat"), auto_now_add=True)
    notified_at = models.DateTimeField(_("email terkirim"), null=True, blank=True)

    class Meta:
        verbose_name = _("notifikasi balasan")
        verbose_name_plural = _("notifikasi balasan")

    def __str__(self):
        return f"ReplyNotification {self.pk} (reply {self.reply_id})"
