"""Who may edit a comment, and the edit and the withdrawal themselves."""

import difflib
import math
import re
import unicodedata
from datetime import datetime, timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..models import Comment
from ..plain_text import body_plain_text
from ..sanitize import sanitize_comment
from ..screening import screen
from ..transitions import Reason, comment_transition

_LINK = re.compile(r"<a\s", re.IGNORECASE)
# What a word may have around it that changes nothing it says.
_AROUND_WORDS = "".join(chr(c) for c in range(0x21, 0x7F) if not chr(c).isalnum()) + "“”‘’…«»–—"
# How alike a misspelt word and its correction read (difflib's ratio): "ketk" and "ketik" 0.89,
# "tangul" and "tanggul" 0.92; "sembuh" and "mati" 0.2, "15.000" and "50.000" 0.67.
_SAME_WORD = 0.7
# Words a fix may add or drop without changing what is said ("korban" → "para korban");
# never a negation ("tidak", "tak", "bukan", "jangan").
_SMALL_WORDS = frozenset(
    "para yang dan di ke dari untuk itu ini juga sih deh ya lah kok pun saja aja sangat"
    " lebih dengan pada oleh agar supaya the a an".split()
)
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


def edit_deadline(comment) -> "datetime":
    """When the author's time to edit or withdraw ``comment`` runs out."""
    return comment.created_at + edit_window()


def minutes_left(comment) -> int:
    """Whole minutes (rounded up) the author may still edit ``comment``; 0 when none."""
    seconds = (edit_deadline(comment) - timezone.now()).total_seconds()
    return max(0, math.ceil(seconds / 60))


def may_edit(comment: Comment, own_ids) -> bool:
    """Whether the browser holding ``own_ids`` (its cookie's) may edit ``comment`` now."""
    return bool(editable_ids([comment], own_ids))


def _links(body_html: str) -> int:
    return len(_LINK.findall(body_html))


def _words(body_html: str) -> list[str]:
    """The words of ``body_html`` as readers see them (``body_plain_text``), look-alike
    forms folded, case and the punctuation around each word ignored."""
    words = unicodedata.normalize("NFKC", body_plain_text(body_html)).casefold().split()
    return [word for word in (w.strip(_AROUND_WORDS) for w in words) if word]


def is_small_fix(old_html: str, new_html: str) -> bool:
    """Whether ``new_html`` only corrects ``old_html``'s spelling, punctuation or markup.

    Each word changed must be replaced by one that reads almost the same
    ("tangul" by "tanggul"), and only small words added or dropped ("para"):
    any other word added, removed or swapped for another ("sembuh" for
    "mati", "tidak", a number, a handle) changes what the comment says,
    which a moderator reads first.
    """
    old, new = _words(old_html), _words(new_html)
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        if tag in ("insert", "delete"):
            if not set(old[i1:i2] + new[j1:j2]) <= _SMALL_WORDS:
                return False
            continue
        if i2 - i1 != j2 - j1:
            return False
        for before, after in zip(old[i1:i2], new[j1:j2], strict=True):
            if difflib.SequenceMatcher(a=before, b=after).ratio() < _SAME_WORD:
                return False
    return True


def comment_edit(*, comment: Comment, body: str) -> Comment:
    """Replace ``comment``'s text by its author's new one, sanitized and screened again.

    An approved comment keeps its place on the page only while the new text
    is clean and corrects the old one (``is_small_fix``: a typo, a word):
    the screening takes no note of it (spam score below
    ``COMMENTS_SPAM_HOLD_SCORE``, no listed phrase) and it adds no link.
    Otherwise (a text rewritten after its approval may say anything) it
    leaves the page for the moderators (pending, flagged), or
    goes to Spam when the screening says so. Readers never see an edit no
    moderator or filter passed, and no second copy of the text has to be
    kept in step with the page caches: a typo fixed stays live, an approved
    comment rewritten or turned into a promotion does not. A pending one stays pending
    with the new flag. Raises ``ValidationError`` when the text is empty
    once sanitized.
    """
    body_html = sanitize_comment(body)
    if not body_html:
        raise ValidationError({"body": _("Komentar tidak boleh kosong.")}, code="empty")
    screening = screen(name=comment.name, url=comment.url, body_html=body_html, trap_filled=False)
    with transaction.atomic():
        comment = Comment.objects.select_for_update().get(pk=comment.pk)
        if comment.body == body_html:
            return comment
        added_link = _links(body_html) > _links(comment.body)
        move_to = flag = None
        if comment.status != Comment.Status.SPAM:
            if screening.status == Comment.Status.SPAM:
                move_to, flag = Comment.Status.SPAM, screening.flag
            elif comment.status == Comment.Status.APPROVED and (
                screening.flag or added_link or not is_small_fix(comment.body, body_html)
            ):
                move_to, flag = Comment.Status.PENDING, screening.flag or Comment.Flag.EDITED
            elif comment.status == Comment.Status.PENDING:
                comment.flag = screening.flag
        comment.body = body_html
        screening.apply_to(comment)
        comment.edited_at = comment.updated_at = timezone.now()
        # A save: the article's kept pages and the thread's rendering go.
        comment.save(
            update_fields=["body", "flag", "spam_score", "spam_reasons", "edited_at", "updated_at"]
        )
        if move_to is not None:
            comment_transition(comments=comment, to=move_to, reason=Reason.EDIT, flag=flag)
    return comment


def comment_withdraw(*, comment: Comment) -> None:
    """Take ``comment`` off the page at its author's request; kept, marked, for the record."""
    comment_transition(
        comments=comment,
        to=Comment.Status.REJECTED,
        reason=Reason.WITHDRAWN,
        flag=Comment.Flag.WITHDRAWN,
    )
