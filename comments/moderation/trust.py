"""Trusted commenters: enough approved comments and no spam publish at once."""

from django.conf import settings
from django.db.models import Count, Q, Value
from django.db.models.functions import Lower

from ..models import Comment
from .history import with_commenter_email


def is_trusted(email: str) -> bool:
    """Whether a new comment from ``email`` may skip the moderation queue.

    Needs ``COMMENTS_TRUSTED_AFTER_APPROVED`` (0: nobody is trusted)
    approved comments under the same email, whatever its case, and not one
    ever marked spam. One query.
    """
    needed = settings.COMMENTS_TRUSTED_AFTER_APPROVED
    if needed <= 0 or not email:
        return False
    counts = (
        with_commenter_email(Comment.objects.all())
        .filter(
            commenter_email=Lower(Value(email)),
            status__in=[Comment.Status.APPROVED, Comment.Status.SPAM],
        )
        .aggregate(
            approved=Count("pk", filter=Q(status=Comment.Status.APPROVED)),
            spam=Count("pk", filter=Q(status=Comment.Status.SPAM)),
        )
    )
    return counts["spam"] == 0 and counts["approved"] >= needed
