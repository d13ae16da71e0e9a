"""Storing a reader's report, and hiding a comment enough readers reported."""

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils.crypto import salted_hmac

from ..models import Comment, CommentReport
from ..transitions import Reason, comment_transition

_READER_HASH_SALT = "comments.reports.reader-hash"


def reporter_hash(reader_id: str) -> str:
    """The salted hash stored for a reader's cookie id; the id itself is never stored."""
    return salted_hmac(_READER_HASH_SALT, reader_id, algorithm="sha256").hexdigest()


def is_reportable(comment: Comment) -> bool:
    """Whether readers may report ``comment``: approved, not the newsroom's, on a live article."""
    return comment.is_approved and not comment.by_newsroom and comment.article.is_published


def already_reported(comment: Comment, reader_hash: str) -> bool:
    return CommentReport.objects.filter(comment=comment, reader_hash=reader_hash).exists()


def report_submit(
    *,
    comment: Comment,
    reason: str,
    note: str,
    reader_hash: str,
    address_bucket: str,
    network: str = "",
) -> CommentReport | None:
    """Store a reader's report of ``comment``; None when this browser reported it already.

    Moderators see it at once under "Dilaporkan" in the admin. Once
    ``COMMENTS_REPORTS_TO_HIDE`` networks (``networks.network_key``) have
    reported it since a moderator last decided on it, the comment leaves the
    page: back to pending, flagged "reported", moderators told.
    """
    report = CommentReport(
        comment=comment,
        reason=reason,
        note=note,
        reader_hash=reader_hash,
        address_bucket=address_bucket,
        network=network or address_bucket,
    )
    report.full_clean(exclude=["comment"], validate_unique=False, validate_constraints=False)
    try:
        with transaction.atomic():
            report.save(force_insert=True)
    except IntegrityError:
        return None
    _hide_if_reported(comment.pk)
    return report


def counted_reports(comment: Comment) -> int:
    """The reports that count towards hiding ``comment``: one per network.

    Only those made since a moderator's last decision, and none from a
    network that had reported it before that decision: a comment a
    moderator approved after reports is immune to the same reporters, and
    needs as many new networks to leave again.
    """
    reports = CommentReport.objects.filter(comment=comment)
    if comment.moderated_at is not None:
        before = reports.filter(created_at__lte=comment.moderated_at).values("network")
        reports = reports.filter(created_at__gt=comment.moderated_at).exclude(network__in=before)
    return reports.values("network").distinct().count()


def _hide_if_reported(comment_id: int) -> None:
    with transaction.atomic():
        comment = (
            Comment.objects.select_for_update()
            .filter(Q(pk=comment_id), status=Comment.Status.APPROVED, by_newsroom=False)
            .first()
        )
        if comment is None or counted_reports(comment) < settings.COMMENTS_REPORTS_TO_HIDE:
            return
        # Off the page, back to the moderators, who are told.
        comment_transition(
            comments=comment,
            to=Comment.Status.PENDING,
            reason=Reason.REPORTS,
            flag=Comment.Flag.REPORTED,
        )
