"""A post's WordPress comments as Kabar comments, threads kept.

State: ``1`` approved, ``0`` pending, ``spam`` spam, ``trash`` rejected.
Pingbacks and trackbacks are counted and skipped (a reply to one hangs
from the pingback's own parent). The thread is kept as WordPress had it: a
reply deeper than Kabar shows is stored under its real parent, with
``root`` and ``depth`` derived as ``comments.services`` derives them; the
page decides how deep to indent. The text goes through WordPress's
paragraphs (``wpautop``), then the comment allowlist. The commenter's name,
email, address, IP address and user agent go to the comment's fields,
which only moderators see; none of them is ever printed.

A comment imported before is compared and saved only when it differs; a
decision a Kabar moderator made on it (approve, reject, spam) is kept.
"""

import ipaddress
import re
from itertools import groupby

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import connection
from django.utils.translation import gettext as _

from articles.models import Article
from comments.forms import WEB_ADDRESS, without_addresses
from comments.models import (
    BODY_MAX_LENGTH,
    EMAIL_MAX_LENGTH,
    NAME_MAX_LENGTH,
    URL_MAX_LENGTH,
    Comment,
)
from comments.sanitize import sanitize_comment
from comments.transitions import Reason, comment_transition

from . import wxr
from .autop import autop
from .derive import CONTROL_CHARACTERS, clip, wordpress_time
from .summary import Report

STATUSES = {
    "1": Comment.Status.APPROVED,
    "approve": Comment.Status.APPROVED,
    "0": Comment.Status.PENDING,
    "hold": Comment.Status.PENDING,
    "spam": Comment.Status.SPAM,
    "trash": Comment.Status.REJECTED,
    "post-trashed": Comment.Status.REJECTED,
}
SKIPPED_TYPES = {"pingback": "pingbacks", "trackback": "trackbacks"}
USER_AGENT_MAX_LENGTH = Comment._meta.get_field("user_agent").max_length
_COMPARED = (
    "article_id",
    "parent_id",
    "root_id",
    "depth",
    "name",
    "email",
    "url",
    "body",
    "ip_address",
    "user_agent",
)


def capped(text: str) -> str:
    """``text`` within the site's own comment limit (``BODY_MAX_LENGTH``), cut at a word."""
    if len(text) <= BODY_MAX_LENGTH:
        return text
    cut = text[: BODY_MAX_LENGTH - 1]
    space = cut.rfind(" ", BODY_MAX_LENGTH // 2)
    return (cut[:space] if space > 0 else cut).rstrip() + "…"


def comment_html(text: str) -> str:
    """A WordPress comment's text as Kabar stores comments, within the site's own limit."""
    paragraphs = autop(capped(text).replace("\x00", ""))
    # autop's newlines are already paragraphs or <br />: the comment
    # sanitizer would turn them into line breaks again.
    return sanitize_comment(re.sub(r">\n", ">", paragraphs).replace("\n", " "))


def _email(value: str) -> str:
    value = value.strip()[:EMAIL_MAX_LENGTH]
    try:
        validate_email(value)
    except ValidationError:
        return ""
    return value


def _url(value: str) -> str:
    """The commenter's website as the comment form would accept it, else nothing."""
    value = value.strip()
    if len(value) > URL_MAX_LENGTH or CONTROL_CHARACTERS.search(value):
        return ""
    try:
        WEB_ADDRESS(value)
    except ValidationError:
        return ""
    return value


def _ip(value: str) -> str | None:
    try:
        return str(ipaddress.ip_address(value.strip()))
    except ValueError:
        return None


def _wanted(comment: wxr.Comment, article: Article) -> dict:
    return {
        # A name is shown to everyone: an address in it keeps its name part only.
        "name": clip(
            without_addresses(CONTROL_CHARACTERS.sub(" ", comment.author)).strip(), NAME_MAX_LENGTH
        )
        or _("Anonim"),
        "email": _email(comment.email),
        "url": _url(comment.url),
        "body": comment_html(comment.content),
        "ip_address": _ip(comment.ip),
        "user_agent": CONTROL_CHARACTERS.sub(" ", comment.agent)[:USER_AGENT_MAX_LENGTH],
        "status": STATUSES.get(comment.approved, Comment.Status.PENDING),
        "created_at": wordpress_time(comment.date_gmt, comment.date) or article.published_at,
    }


class _Thread:
    """The comments of one post that come across, each with its parent among them."""

    def __init__(self, item: wxr.Item, article: Article, report: Report):
        self.wanted: dict[int, dict] = {}
        skipped_parent: dict[int, int] = {}
        for comment in item.comments:
            kind = SKIPPED_TYPES.get(comment.type)
            if kind is None and comment.type not in ("", "comment"):
                kind = "comments"
            wanted = None if kind or comment.wp_id <= 0 else _wanted(comment, article)
            if wanted is not None and len(comment.content) > BODY_MAX_LENGTH:
                report.note(
                    f"comment {comment.wp_id}: longer than {BODY_MAX_LENGTH} characters, cut"
                )
            if wanted is None or not wanted["body"]:
                if wanted is not None:
                    report.note(f"comment {comment.wp_id}: empty once sanitized, skipped")
                report.count(kind or "comments", "skipped")
                skipped_parent[comment.wp_id] = comment.parent
                continue
            self.wanted[comment.wp_id] = wanted
            wanted["wp_parent"] = comment.parent
        self.parents = {wp_id: self._parent(wp_id, skipped_parent) for wp_id in self.wanted}
        self.depths = {wp_id: self._depth(wp_id) for wp_id in self.wanted}

    def _parent(self, wp_id: int, skipped_parent: dict[int, int]) -> int:
        parent, seen = self.wanted[wp_id]["wp_parent"], {wp_id}
        while parent and parent not in self.wanted and parent not in seen:
            seen.add(parent)
            parent = skipped_parent.get(parent, 0)
        return parent if parent in self.wanted and parent not in seen else 0

    def _depth(self, wp_id: int) -> int:
        depth, current, seen = 0, wp_id, {wp_id}
        while self.parents[current]:
            current = self.parents[current]
            if current in seen:  # a loop in the export: this one starts a thread
                self.parents[wp_id] = 0
                return 0
            seen.add(current)
            depth += 1
        return depth

    def by_depth(self):
        """(depth, [WordPress ids]) pairs, the top level first."""
        order = sorted(self.wanted, key=lambda wp_id: (self.depths[wp_id], wp_id))
        return ((depth, list(ids)) for depth, ids in groupby(order, key=self.depths.__getitem__))


class CommentWriter:
    """Writes the comments of many posts together: a few statements per batch of posts.

    ``add`` takes a post's comments; ``flush`` (done by ``add`` every
    ``BATCH`` comments, and once more by the caller at the end) writes them,
    thread level by thread level, so that every parent has its id before
    its replies are inserted.
    """

    BATCH = 2000

    def __init__(self, report: Report):
        self.report = report
        self._threads: list[tuple[_Thread, Article]] = []
        self._pending_ids: set[int] = set()
        # Articles whose comments were created or changed.
        self.changed: set[int] = set()

    def add(self, item: wxr.Item, article: Article) -> None:
        if not item.comments:
            return
        thread = _Thread(item, article, self.report)
        if not thread.wanted:
            return
        if not self._pending_ids.isdisjoint(thread.wanted):
            self.flush()  # the same comment twice in one export: the later one wins
        self._threads.append((thread, article))
        self._pending_ids.update(thread.wanted)
        if len(self._pending_ids) >= self.BATCH:
            self.flush()

    def flush(self) -> None:
        threads, self._threads, self._pending_ids = self._threads, [], set()
        if not threads:
            return
        wanted_ids = [wp_id for thread, _ in threads for wp_id in thread.wanted]
        existing = {
            c.wordpress_id: c
            for c in Comment.objects.filter(wordpress_id__in=wanted_ids).order_by()
        }
        stored: dict[int, Comment] = {}
        created: list[Comment] = []
        levels = [dict(thread.by_depth()) for thread, _ in threads]
        for depth in range(max((max(level, default=0) for level in levels), default=0) + 1):
            new = []
            for (thread, article), level in zip(threads, levels, strict=True):
                for wp_id in level.get(depth, ()):
                    comment = self._comment(thread, article, wp_id, existing, stored)
                    if comment.pk is None:
                        new.append(comment)
            if new:
                times = [c.created_at for c in new]
                Comment.objects.bulk_create(new, batch_size=500)
                for comment, created_at in zip(new, times, strict=True):
                    comment.created_at = created_at
                created.extend(new)
        if created:
            _set_times(created)
            self.report.count("comments", "created", len(created))
            self.changed.update(c.article_id for c in created)

    def _comment(self, thread, article, wp_id, existing, stored) -> Comment:
        wanted = dict(thread.wanted[wp_id])
        del wanted["wp_parent"]
        parent = stored.get(thread.parents[wp_id])
        wanted.update(
            article_id=article.pk,
            parent_id=parent.pk if parent else None,
            root_id=(parent.root_id or parent.pk) if parent else None,
            depth=parent.depth + 1 if parent else 0,
        )
        comment = existing.get(wp_id)
        if comment is None:
            created_at = wanted.pop("created_at")
            comment = Comment(wordpress_id=wp_id, **wanted)
            comment.created_at = created_at
        elif _update(comment, wanted, self.report):
            self.changed.add(article.pk)
        stored[wp_id] = comment
        return comment


def _set_times(comments: list[Comment]) -> None:
    """Give new comments their WordPress time, which bulk_create set to now.

    One statement run for many rows: much cheaper than ``bulk_update``'s
    CASE expressions for a hundred thousand comments.
    """
    quote = connection.ops.quote_name
    sql = (
        f"UPDATE {quote(Comment._meta.db_table)} SET {quote('created_at')} = %s "
        f"WHERE {quote('id')} = %s"
    )
    adapt = connection.ops.adapt_datetimefield_value
    with connection.cursor() as cursor:
        cursor.executemany(sql, [(adapt(c.created_at), c.pk) for c in comments])


def _update(comment: Comment, wanted: dict, report: Report) -> bool:
    names = [name for name in _COMPARED if getattr(comment, name) != wanted[name]]
    # The export's status counts while no moderator decided here.
    new_status = comment.moderated_at is None and comment.status != wanted["status"]
    time_changed = comment.created_at != wanted["created_at"]
    if not names and not new_status and not time_changed:
        report.count("comments", "unchanged")
        return False
    for name in names:
        setattr(comment, name, wanted[name])
    if names:
        comment.save(update_fields=[*names, "updated_at"])
    if new_status:
        comment_transition(comments=comment, to=wanted["status"], reason=Reason.IMPORT)
    if time_changed:
        Comment.objects.filter(pk=comment.pk).update(created_at=wanted["created_at"])
        comment.created_at = wanted["created_at"]
    report.count("comments", "updated")
    return True
