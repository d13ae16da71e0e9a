"""The one way a comment's status changes, and the policy of which changes are allowed.

Every change goes through ``comment_transition``: the admin's queue, bulk
actions and change form, readers' reports, trusted commenters' comments
published at once, the newsroom's replies, authors' edits and withdrawals,
and the WordPress importer. What follows a change follows from here: the
audit row (``CommentTransition``), who decided and when, what the spam
filter learns from a moderator, the moderators' and repliers' emails, and
the announcement of the articles' pages (their kept copies go).

A comment's first status is set when it is stored (pending, or spam from
the screening); everything after that is a transition.
"""

from collections import defaultdict
from enum import StrEnum
from functools import partial

from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from articles.page_keys import COMMENT_LISTS, comments_key
from portal.page_cache.changes import pages_changed

from .activity import comments_moving
from .models import Comment, CommentTransition
from .notifications import notify_moderators
from .spam.learning import learn_from_decisions
from .subscriptions.notifications import replies_approved
from .subscriptions.services import followed_replies

S = Comment.Status


class Reason(StrEnum):
    # A moderator's decision: the queue, bulk actions, the change form.
    MODERATOR = "moderator"
    # Enough readers from enough networks reported it.
    REPORTS = "reports"
    # Its author edited it into something the screening takes note of.
    EDIT = "edit"
    # Its author took it down.
    WITHDRAWN = "withdrawn"
    # Its author is trusted (COMMENTS_TRUSTED_AFTER_APPROVED).
    TRUSTED = "trusted"
    # A member of the newsroom replied for it.
    NEWSROOM = "newsroom"
    # The WordPress export says so (only while no moderator decided here).
    IMPORT = "import"


_ANY = {(a, b) for a in S.values for b in S.values if a != b}
POLICY: dict[Reason, set[tuple[str, str]]] = {
    Reason.MODERATOR: _ANY,
    Reason.IMPORT: _ANY,
    Reason.REPORTS: {(S.APPROVED, S.PENDING)},
    Reason.EDIT: {(S.APPROVED, S.PENDING), (S.APPROVED, S.SPAM), (S.PENDING, S.SPAM)},
    Reason.WITHDRAWN: {(S.PENDING, S.REJECTED), (S.APPROVED, S.REJECTED), (S.SPAM, S.REJECTED)},
    Reason.TRUSTED: {(S.PENDING, S.APPROVED)},
    Reason.NEWSROOM: {(S.PENDING, S.APPROVED)},
}
# Reasons that record a person's decision (moderated_by, moderated_at).
_DECISIONS = {Reason.MODERATOR, Reason.NEWSROOM}


class TransitionNotAllowed(ValueError):
    pass


def allowed(from_status: str, to: str, reason: Reason) -> bool:
    return (from_status, to) in POLICY[Reason(reason)]


def comment_transition(
    *,
    comments: QuerySet | Comment,
    to: str,
    by=None,
    reason: Reason,
    flag: str | None = None,
    strict: bool = False,
) -> int:
    """Move ``comments`` (a queryset, or one comment) to status ``to``; how many changed.

    Comments already there are left as they were (and keep their decision);
    changes the policy does not allow for ``reason`` are skipped, or raise
    ``TransitionNotAllowed`` when ``strict``. ``flag``, when given, replaces
    the comments' flag. A ``Comment`` instance passed in is updated in place.
    """
    reason = Reason(reason)
    if to not in S.values:
        raise ValueError(f"Unknown comment status {to!r}")
    instance = comments if isinstance(comments, Comment) else None
    ids = [instance.pk] if instance is not None else comments.values("pk")
    now = timezone.now()
    with transaction.atomic():
        rows = list(
            Comment.objects.select_for_update()
            .filter(pk__in=ids)
            .exclude(status=to)
            .order_by("pk")
            .values_list("pk", "status", "article_id")
        )
        changing = []
        for pk, status, article_id in rows:
            if allowed(status, to, reason):
                changing.append((pk, status, article_id))
            elif strict:
                raise TransitionNotAllowed(f"{status} -> {to} ({reason}) for comment {pk}")
        if not changing:
            return 0
        changing_ids = [pk for pk, _status, _article in changing]
        fields = {"status": to, "updated_at": now}
        if reason in _DECISIONS:
            fields.update(moderated_by=by, moderated_at=now)
        elif reason == Reason.TRUSTED:
            fields.update(auto_approved=True, moderated_at=now)
        if flag is not None:
            fields["flag"] = flag
        if reason == Reason.NEWSROOM:
            fields["flag"] = Comment.Flag.NONE
        queryset = Comment.objects.filter(pk__in=changing_ids)
        # Replies being published whose parent somebody follows: told once committed.
        if to == S.APPROVED and (reply_ids := followed_replies(queryset)):
            transaction.on_commit(partial(replies_approved, comment_ids=reply_ids))
        comments_moving(queryset, to_status=to)
        queryset.update(**fields)
        CommentTransition.objects.bulk_create(
            CommentTransition(comment_id=pk, from_status=status, to_status=to, reason=reason, by=by)
            for pk, status, _article in changing
        )
        if reason == Reason.MODERATOR:
            learn_from_decisions(changing_ids, to)
        if to == S.PENDING and reason in (Reason.REPORTS, Reason.EDIT):
            for pk in changing_ids:
                transaction.on_commit(partial(notify_moderators, comment_id=pk))
        # Readers see the change at once: the pages of the articles whose
        # public comments changed go.
        public = defaultdict(bool)
        for _pk, status, article_id in changing:
            public[article_id] |= S.APPROVED in (status, to)
        if any(public.values()):
            pages_changed(
                [*(comments_key(pk) for pk, shown in public.items() if shown), COMMENT_LISTS]
            )
    if instance is not None:
        instance.refresh_from_db(
            fields=[
                "status",
                "flag",
                "updated_at",
                "moderated_by",
                "moderated_at",
                "auto_approved",
                "spam_learned",
            ]
        )
    return len(changing)
