"""Writes on reply subscriptions: following, confirming, unsubscribing, announcing once."""

from dataclasses import dataclass
from datetime import timedelta

from django.db import IntegrityError, transaction
from django.db.models import Q, QuerySet
from django.utils import timezone

from ..models import Comment
from .models import NotificationAddress, ReplyNotification, ReplySubscription
from .tokens import confirmation_max_age


def normalize_email(email: str) -> str:
    return email.strip().lower()


def _address_for(email: str) -> NotificationAddress:
    address = NotificationAddress.objects.filter(email=email).first()
    if address is not None:
        if not address.inbox:
            address.save(update_fields=["inbox"])
        return address
    try:
        with transaction.atomic():
            return NotificationAddress.objects.create(email=email)
    except IntegrityError:
        # Another request added it meanwhile.
        return NotificationAddress.objects.get(email=email)


def _claim_confirmation(address: NotificationAddress, *, new_subscription: bool) -> bool:
    """Whether a confirmation is to be sent to ``address`` now; records it if so.

    To an address that is not (or no longer) confirmed, or a confirmed one
    asked to follow one more comment (``new_subscription``): its owner
    confirms that too. At most one per ``confirmation_max_age()`` to one
    inbox (``inbox.inbox_of``): ticking the box again, somebody else typing
    the address, or its variants (plus-part, Gmail's dots, case) do not fill
    it.
    """
    now = timezone.now()
    recent = now - timedelta(seconds=confirmation_max_age())
    with transaction.atomic():
        # One inbox's rows, locked, so two requests do not both send.
        siblings = list(
            NotificationAddress.objects.select_for_update()
            .filter(inbox=address.inbox)
            .values_list("pk", "confirmation_sent_at")
        )
        if any(sent is not None and sent >= recent for _pk, sent in siblings):
            return False
        wanted = NotificationAddress.objects.filter(pk=address.pk)
        if not new_subscription:
            wanted = wanted.filter(Q(confirmed_at__isnull=True) | Q(unsubscribed_at__isnull=False))
        return bool(wanted.update(confirmation_sent_at=now))


def follow_replies(comment_id: int) -> int | None:
    """Record that the author of comment ``comment_id`` wants to hear of replies.

    Returns the id of the address a confirmation is now due to, else None.
    A comment marked spam (or gone) follows nothing.
    """
    comment = Comment.objects.filter(pk=comment_id).exclude(status=Comment.Status.SPAM).first()
    if comment is None or not comment.email.strip():
        return None
    address = _address_for(normalize_email(comment.email))
    subscription, created = ReplySubscription.objects.get_or_create(
        comment=comment, defaults={"address": address}
    )
    # A confirmed address follows one more comment only once its owner
    # confirms it: whoever types it cannot subscribe it to anything.
    pending_more = created and address.is_active and subscription.confirmed_at is None
    return address.pk if _claim_confirmation(address, new_subscription=pending_more) else None


def confirm_address(address: NotificationAddress) -> bool:
    """Activate ``address`` (and so every comment it follows); whether it is active now.

    A confirmation sent before the address last unsubscribed no longer
    turns it back on.
    """
    sent, left = address.confirmation_sent_at, address.unsubscribed_at
    if left is not None and (sent is None or left >= sent):
        return False
    now = timezone.now()
    was_active = address.is_active
    NotificationAddress.objects.filter(pk=address.pk, confirmed_at__isnull=True).update(
        confirmed_at=now
    )
    NotificationAddress.objects.filter(pk=address.pk).update(unsubscribed_at=None)
    # What it followed before its owner's first confirmation, and what it was
    # asked to follow before this confirmation went out; not what somebody
    # added since.
    subscriptions = ReplySubscription.objects.filter(address=address, confirmed_at__isnull=True)
    if was_active and sent is not None:
        subscriptions = subscriptions.filter(created_at__lte=sent)
    subscriptions.update(confirmed_at=now)
    return True


def unsubscribe_address(address: NotificationAddress) -> None:
    """Stop every reply notification to ``address`` (it may confirm again later)."""
    NotificationAddress.objects.filter(pk=address.pk, unsubscribed_at__isnull=True).update(
        unsubscribed_at=timezone.now()
    )


def inactive_addresses_purge(*, older_than: timedelta) -> int:
    """Forget addresses that hear of no reply and have not moved for ``older_than``.

    Never confirmed, or unsubscribed, with nothing newer than the cutoff
    (created, a confirmation sent, unsubscribed). What they followed goes
    with them; an active address stays. Returns how many went.
    """
    cutoff = timezone.now() - older_than
    idle = (
        NotificationAddress.objects.filter(
            Q(confirmed_at__isnull=True) | Q(unsubscribed_at__isnull=False)
        )
        .filter(created_at__lt=cutoff)
        .exclude(confirmation_sent_at__gte=cutoff)
        .exclude(unsubscribed_at__gte=cutoff)
        .exclude(confirmed_at__gte=cutoff)
    )
    with transaction.atomic():
        count = idle.count()
        idle.delete()
    return count


def followed_replies(comments: QuerySet) -> list[int]:
    """Ids of the replies among ``comments`` whose parent somebody follows."""
    return list(
        comments.filter(parent__reply_subscription__isnull=False).values_list("pk", flat=True)
    )


@dataclass(frozen=True)
class ReplyNotice:
    """A reply to announce, claimed: ``release`` it if the email could not go."""

    reply: Comment
    address: NotificationAddress
    notification: ReplyNotification

    def release(self) -> None:
        ReplyNotification.objects.filter(pk=self.notification.pk).update(notified_at=None)


def claim_reply_notice(reply_id: int) -> ReplyNotice | None:
    """The notice for reply ``reply_id`` if one is due now, marked sent; else None.

    Due when the reply and its parent are approved, the parent is followed
    by an active address, the reply's author is not that address (a reply
    to oneself) and no notice went for this reply before. The mark is taken
    by one conditional update, so two workers never both send it.
    """
    reply = (
        Comment.objects.select_related("article", "root")
        .filter(
            pk=reply_id,
            status=Comment.Status.APPROVED,
            parent__status=Comment.Status.APPROVED,
        )
        .first()
    )
    if reply is None:
        return None
    subscription = (
        ReplySubscription.objects.select_related("address")
        .filter(comment_id=reply.parent_id)
        .first()
    )
    if (
        subscription is None
        or not subscription.address.is_active
        or subscription.confirmed_at is None
    ):
        return None
    if normalize_email(reply.email) == subscription.address.email:
        return None
    notification, _ = ReplyNotification.objects.get_or_create(
        reply=reply, defaults={"subscription": subscription}
    )
    claimed = ReplyNotification.objects.filter(pk=notification.pk, notified_at__isnull=True).update(
        notified_at=timezone.now()
    )
    if not claimed:
        return None
    return ReplyNotice(reply=reply, address=subscription.address, notification=notification)
