"""Storing a reader's report, and hiding a comment enough readers reported."""

from functools import partial

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.crypto import salted_hmac

from ..models import Comment, CommentReport
from ..notifications import notify_moderators

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
    *, comment: Comment, reason: str, note: str, reader_hash: str, address_bucket: str
) -> CommentReport | None:
    """Store a reader's report of ``comment``; None when this browser reported it already.

    Once ``COMMENTS_REPORTS_TO_HIDE`` readers from as many addresses have
    reported it since a moderator last decided on it, the comment leaves the
    page: back to pending, flagged "reported", moderators told.
    """
    report = CommentReport(
        comment=comment,
        reason=reason,
        note=note,
        reader_hash=reader_hash,
        address_bucket=address_bucket,
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
    """The reports that count towards hiding ``comment``: one per address.

    Only those made since a moderator's last decision: a comment approved
    again after reports needs as many new ones to leave again.
    """
    reports = CommentReport.objects.filter(comment=comment)
    if comment.moderated_at is not None:
        reports = reports.filter(created_at__gt=comment.moderated_at)
    return reports.values("address_bucket").distinct().count()


def _hide_if_reported(comment_id: int) -> None:
    with transaction.atomic():
        comment = (
            Comment.objects.select_for_update()
            .filter(Q(pk=comment_id), status=Comment.Status.APPROVED, by_newsroom=False)
            .first()
        )
        if comment is None or counted_reports(comment) < settings.COMMENTS_REPORTS_TO_HIDE:
            return
        comment.status = Comment.Status.PENDING
        comment.flag = Comment.Flag.REPORTED
        comment.updated_at = timezone.now()
        # A save, so that the article's kept pages and the thread's kept
        # rendering go at once (comments.receivers).
        comment.save(update_fields=["status", "flag", "updated_at"])
        transaction.on_commit(partial(notify_moderators, comment_id=comment.pk))
