"""A commenter's history: what became of their earlier comments.

A commenter is the email they wrote, whatever its case. The email itself is
private (``comments.privacy``): links name a commenter by a signed key made
from one of their comments' id, which says nothing about the address.
"""

from django.core import signing
from django.db.models import F, Func, IntegerField, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce, Lower
from django.utils.crypto import salted_hmac

from ..models import Comment

# The order the counts are shown in.
HISTORY_STATUSES = [
    Comment.Status.APPROVED,
    Comment.Status.PENDING,
    Comment.Status.SPAM,
    Comment.Status.REJECTED,
]
_signer = signing.Signer(salt="comments.moderation.commenter")
_TAG_SALT = "comments.moderation.commenter-tag"


def commenter_key(comment: Comment) -> str:
    """An opaque name for ``comment``'s author, to put in a URL."""
    return _signer.sign(str(comment.pk))


def commenter_tag(comment: Comment) -> str:
    """The same short tag for every comment by one author; the email cannot be read from it.

    The queue's script matches cards by it, to keep their histories in step
    with decisions taken on the page.
    """
    return salted_hmac(_TAG_SALT, comment.email.lower(), algorithm="sha256").hexdigest()[:16]


def queue_order(comment: Comment) -> str:
    """A text that sorts as ``(created_at, pk)``, the order histories count in."""
    microseconds = int(comment.created_at.timestamp() * 1_000_000)
    return f"{microseconds:020d}-{comment.pk:012d}"


def commenter_filter(key: str) -> Q | None:
    """The comments by the author ``key`` names; None when the key is not ours."""
    try:
        pk = int(_signer.unsign(key))
    except (signing.BadSignature, ValueError):
        return None
    email = Comment.objects.filter(pk=pk).annotate(key=Lower("email")).values("key")[:1]
    return Q(commenter_email=Subquery(email))


def with_commenter_email(queryset: QuerySet) -> QuerySet:
    """``queryset`` able to filter on ``commenter_email`` (the lower-cased email)."""
    return queryset.alias(commenter_email=Lower("email"))


def _earlier_count(status: str):
    """How many comments before the outer one, by its author, are in ``status``."""
    comments = with_commenter_email(Comment.objects.order_by())
    if status == Comment.Status.REJECTED:
        # Withdrawn by their author: no moderator turned them down.
        comments = comments.exclude(flag=Comment.Flag.WITHDRAWN)
    earlier = (
        comments.filter(commenter_email=Lower(OuterRef("email")), status=status)
        .filter(
            Q(created_at__lt=OuterRef("created_at"))
            | Q(created_at=OuterRef("created_at"), pk__lt=OuterRef("pk"))
        )
        # COUNT without GROUP BY: one row, whatever the matches.
        .annotate(total=Func(F("pk"), function="COUNT"))
        .values("total")
    )
    return Coalesce(Subquery(earlier, output_field=IntegerField()), 0)


def with_history(queryset: QuerySet) -> QuerySet:
    """``queryset`` with ``history_<status>``: its authors' earlier comments by status.

    Counted by the database in the query that loads the comments, so a page
    costs no more queries however many rows or commenters it holds.
    """
    return queryset.annotate(
        **{f"history_{status}": _earlier_count(status) for status in HISTORY_STATUSES}
    )


def history_of(comment: Comment) -> list[tuple[str, str, int]]:
    """``(status, label, count)`` for a comment loaded ``with_history``."""
    return [
        (status.value, status.label, getattr(comment, f"history_{status}"))
        for status in HISTORY_STATUSES
    ]
