"""Writes on comments: submitting, moderating, purging private data."""

import re
from collections.abc import Collection
from dataclasses import dataclass
from datetime import timedelta
from functools import partial

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from articles.models import Article
from portal.client_address import client_address

from .models import Comment
from .moderation.trust import is_trusted
from .notifications import notify_moderators
from .sanitize import sanitize_comment
from .screening import screen
from .subscriptions.notifications import comment_follows_replies
from .transitions import Reason, comment_transition

USER_AGENT_MAX_LENGTH = Comment._meta.get_field("user_agent").max_length
# A client writes its User-Agent freely: control characters carry no meaning
# for a moderator, and PostgreSQL refuses NUL in a text column outright.
_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")


@dataclass(frozen=True)
class RequestMeta:
    """What a moderator may need to know about the request that posted a comment."""

    ip_address: str | None
    user_agent: str

    @classmethod
    def from_request(cls, request) -> "RequestMeta":
        return cls(
            ip_address=client_address(request),
            user_agent=_CONTROL.sub(" ", request.META.get("HTTP_USER_AGENT", ""))[
                :USER_AGENT_MAX_LENGTH
            ],
        )


def _check_open(article: Article) -> None:
    if not (article.is_published and article.discussion_open):
        raise ValidationError(_("Komentar ditutup untuk artikel ini."), code="closed")


# The comment a reply answers is not (or no longer) an approved one of the article.
PARENT_GONE = _(
    "Komentar yang ingin Anda balas sudah tidak ada. Kirim lagi untuk "
    "menerbitkan tulisan Anda sebagai komentar baru."
)


def _check_parent(article: Article, parent: Comment | None) -> None:
    if parent is None:
        return
    if parent.article_id != article.pk or parent.status != Comment.Status.APPROVED:
        raise ValidationError(
            {"parent": PARENT_GONE},
            code="parent",
        )


def _earlier_copy(*, article: Article, body_html: str, earlier_ids: Collection[int]):
    """This browser's own comment with the same text on ``article``, if recent.

    Only the poster's own earlier comments are compared, never anybody
    else's: a check on the email address would tell a stranger who wrote a
    public comment.
    """
    if not earlier_ids:
        return None
    since = timezone.now() - timedelta(seconds=settings.COMMENTS_DUPLICATE_WINDOW_SECONDS)
    return (
        Comment.objects.filter(
            pk__in=list(earlier_ids), article=article, body=body_html, created_at__gte=since
        )
        .order_by("created_at")
        .first()
    )


def own_repeat(*, article: Article, body: str, earlier_ids: Collection[int]) -> Comment | None:
    """The poster's own recent comment on ``article`` with the same text, if any."""
    return _earlier_copy(article=article, body_html=sanitize_comment(body), earlier_ids=earlier_ids)


def comment_submit(
    *,
    article: Article,
    name: str,
    email: str,
    url: str,
    body: str,
    parent: Comment | None = None,
    request_meta: RequestMeta,
    trap_filled: bool = False,
    earlier_ids: Collection[int] = (),
    newsroom_user=None,
    notify_replies: bool = False,
) -> Comment:
    """Validate, sanitize, screen and store a reader's comment.

    The comment starts pending (or as spam when the screening says so), or
    approved when its author is trusted and the screening took no note of
    it; moderators are emailed of a pending one once the transaction has
    committed. Raises ``ValidationError`` when the discussion is closed, the
    parent cannot be replied to or the text is empty once sanitized.

    A repeat of one of ``earlier_ids`` (the poster's own comments, as their
    browser remembers them) with the same text stores nothing and returns
    the earlier comment, so a double-clicked button leaves one comment.

    ``newsroom_user``: a staff member replying for the newsroom; the reply is
    published at once, marked as the newsroom's, with them as its moderator.

    ``notify_replies``: the reader asked to be emailed of replies (see
    ``comments.subscriptions``); that is recorded once committed.
    """
    _check_open(article)
    _check_parent(article, parent)
    body_html = sanitize_comment(body)
    if not body_html:
        raise ValidationError({"body": _("Komentar tidak boleh kosong.")}, code="empty")
    email = email.strip()
    screening = screen(name=name, url=url, body_html=body_html, trap_filled=trap_filled)
    comment = Comment(
        article=article,
        parent=parent,
        root=(parent.root or parent) if parent else None,
        depth=parent.depth + 1 if parent else 0,
        name=name.strip(),
        email=email,
        url=url.strip(),
        body=body_html,
        status=screening.status,
        flag=screening.flag,
        ip_address=request_meta.ip_address or None,
        user_agent=request_meta.user_agent[:USER_AGENT_MAX_LENGTH],
    )
    earlier = _earlier_copy(article=article, body_html=body_html, earlier_ids=earlier_ids)
    if earlier is not None:
        return earlier
    screening.apply_to(comment)
    if newsroom_user is not None:
        comment.by_newsroom, comment.posted_by = True, newsroom_user
    with transaction.atomic():
        comment.full_clean()
        comment.save()
        # Published at once: the newsroom's reply, or a trusted author's
        # comment the screening let through unflagged.
        if newsroom_user is not None:
            comment_transition(
                comments=comment,
                to=Comment.Status.APPROVED,
                by=newsroom_user,
                reason=Reason.NEWSROOM,
            )
        elif _trusted(comment):
            comment_transition(comments=comment, to=Comment.Status.APPROVED, reason=Reason.TRUSTED)
        # One published at once makes the article's kept pages go, as an
        # approval does (receivers._comment_saved).
        if comment.status == Comment.Status.PENDING:
            transaction.on_commit(partial(notify_moderators, comment_id=comment.pk))
        _on_commit_reply_notifications(comment, notify_replies=notify_replies)
    return comment


def _on_commit_reply_notifications(comment: Comment, *, notify_replies: bool) -> None:
    """Reply notifications for a new comment, once its transaction has committed.

    Its author's subscription when asked for (never for spam); the notice
    to the parent's follower when it is a reply published at once (a
    trusted commenter's, the newsroom's).
    """
    if notify_replies and comment.status != Comment.Status.SPAM:
        transaction.on_commit(partial(comment_follows_replies, comment_id=comment.pk))


def _trusted(comment: Comment) -> bool:
    """Whether ``comment`` may be published without a moderator: its author is trusted.

    Only a comment the screening let through unflagged; see
    ``moderation.trust.is_trusted``.
    """
    return (
        comment.status == Comment.Status.PENDING
        and comment.flag == Comment.Flag.NONE
        and is_trusted(comment.email)
    )


def comment_moderate(*, comments: QuerySet, status: str, moderator) -> int:
    """A moderator's decision on ``comments``: ``comment_transition`` with its reason.

    Comments already in that state are left as they were (and keep their
    original decision). Returns how many changed.
    """
    return comment_transition(comments=comments, to=status, by=moderator, reason=Reason.MODERATOR)


def commenter_data_purge(*, older_than: timedelta) -> int:
    """Clear IP addresses and user agents of comments older than ``older_than``.

    Returns how many comments still held such data.
    """
    cutoff = timezone.now() - older_than
    with transaction.atomic():
        return (
            Comment.objects.filter(created_at__lt=cutoff)
            .filter(Q(ip_address__isnull=False) | ~Q(user_agent=""))
            .update(ip_address=None, user_agent="")
        )
