"""Who may edit a comment, and the edit and the withdrawal themselves."""

from datetime import timedelta
from functools import partial

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..models import Comment
from ..notifications import notify_moderators
from ..sanitize import sanitize_comment
from ..screening import screen

# What a reader can still see of their own comment (see CommentQuerySet.visible_to).
_EDITABLE = (Comment.Status.PENDING, Comment.Status.APPROVED, Comment.Status.SPAM)


def edit_window() -> timedelta:
    return timedelta(minutes=settings.COMMENTS_EDIT_MINUTES)


def editable_ids(comments, own_ids) -> frozenset[int]:
    """Of ``comments`` (any objects with ``pk``, ``status``, ``created_at``), those
    the browser holding ``own_ids`` may still edit."""
    if not own_ids:
        return frozenset()
    since = timezone.now() - edit_window()
    return frozenset(
        c.pk
        for c in comments
        if c.pk in own_ids
        and c.status in _EDITABLE
        and c.created_at >= since
        and not getattr(c, "by_newsroom", False)
    )


def may_edit(comment: Comment, own_ids) -> bool:
    """Whether the browser holding ``own_ids`` (its session's) may edit ``comment`` now."""
    return bool(editable_ids([comment], own_ids))


def comment_edit(*, comment: Comment, body: str) -> Comment:
    """Replace ``comment``'s text by its author's new one, sanitized and screened again.

    An approved comment whose new text the screening takes note of goes back
    to the moderators (pending, or spam); a pending one stays pending with
    the new flag. Raises ``ValidationError`` when the text is empty once
    sanitized.
    """
    body_html = sanitize_comment(body)
    if not body_html:
        raise ValidationError({"body": _("Komentar tidak boleh kosong.")}, code="empty")
    status, flag = screen(
        name=comment.name, url=comment.url, body_html=body_html, trap_filled=False
    )
    with transaction.atomic():
        comment = Comment.objects.select_for_update().get(pk=comment.pk)
        if comment.body == body_html:
            return comment
        held = False
        if comment.status != Comment.Status.SPAM:
            if status == Comment.Status.SPAM:
                comment.status, comment.flag = status, flag
            elif flag != Comment.Flag.NONE:
                held = comment.status == Comment.Status.APPROVED
                comment.status, comment.flag = Comment.Status.PENDING, flag
            elif comment.status == Comment.Status.PENDING:
                comment.flag = flag
        comment.body = body_html
        comment.edited_at = comment.updated_at = timezone.now()
        # A save: the article's kept pages and the thread's rendering go.
        comment.save(update_fields=["body", "status", "flag", "edited_at", "updated_at"])
        if held:
            transaction.on_commit(partial(notify_moderators, comment_id=comment.pk))
    return comment


def comment_withdraw(*, comment: Comment) -> None:
    """Take ``comment`` off the page at its author's request; kept, marked, for the record."""
    comment.status = Comment.Status.REJECTED
    comment.flag = Comment.Flag.WITHDRAWN
    comment.updated_at = timezone.now()
    comment.save(update_fields=["status", "flag", "updated_at"])
