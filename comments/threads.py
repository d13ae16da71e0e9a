"""Reading comments as threads: one page of top-level comments and their replies.

A page costs a fixed number of queries whatever the number of comments: the
counts, the page of top-level comments, and every reply of those threads at
once (replies carry their thread's ``root``).
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.core.paginator import Page, Paginator
from django.db.models import Count, Max, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce

from articles.models import Article

from .models import Comment


@dataclass
class CommentPage:
    """The comments one page of an article shows, ready for display."""

    page_obj: Page
    threads: list[Comment]
    by_id: dict[int, Comment] = field(default_factory=dict)


# What a thread shows: no private data, no moderation record (and no time
# spent loading them for hundreds of comments).
_SHOWN_FIELDS = (
    "id",
    "article_id",
    "parent_id",
    "root_id",
    "depth",
    "name",
    "url",
    "body",
    "status",
    "created_at",
    "by_newsroom",
    "edited_at",
)

_SHOWN_COUNT = len(_SHOWN_FIELDS)


class ShownComment:
    """A comment as a thread shows it: its public fields, read without a model.

    Hundreds of them make a busy page; plain objects cost a fraction of
    model instances to build.
    """

    fields = _SHOWN_FIELDS
    __slots__ = (*_SHOWN_FIELDS, "level", "display_parent", "display_children", "answers")

    def __init__(self, row):
        # Unpacked in _SHOWN_FIELDS' order (tests.comments.test_threads checks
        # it): a page builds hundreds, and this is several times faster
        # than setting each attribute by name.
        (
            self.id,
            self.article_id,
            self.parent_id,
            self.root_id,
            self.depth,
            self.name,
            self.url,
            self.body,
            self.status,
            self.created_at,
            self.by_newsroom,
            self.edited_at,
        ) = row[:_SHOWN_COUNT]

    @property
    def pk(self) -> int:
        return self.id

    @property
    def anchor(self) -> str:
        return f"komentar-{self.id}"

    @property
    def is_approved(self) -> bool:
        return self.status == Comment.Status.APPROVED


class ShownThread(ShownComment):
    """A top-level comment with what tells its whole thread's state apart.

    Any change readers could see in the thread (a reply approved, refused,
    edited or deleted, the comment itself edited) changes one of
    ``updated_at``, ``reply_count`` or ``replies_updated_at``: together they
    name one rendering of the thread.
    """

    fields = (*_SHOWN_FIELDS, "updated_at", "reply_count", "replies_updated_at")
    __slots__ = ("updated_at", "reply_count", "replies_updated_at")

    def __init__(self, row):
        super().__init__(row)
        self.updated_at, self.reply_count, self.replies_updated_at = row[_SHOWN_COUNT:]

    @property
    def state(self) -> str:
        latest = self.replies_updated_at.timestamp() if self.replies_updated_at else ""
        return f"{self.updated_at.timestamp()}.{self.reply_count}.{latest}"


def _visible(article: Article, own_ids):
    return Comment.objects.visible_to(own_ids).filter(article=article)


def _shown(queryset) -> list[ShownComment]:
    return [ShownComment(row) for row in queryset.values_list(*_SHOWN_FIELDS)]


def _top_level(article: Article, own_ids, *, newest_first: bool = False):
    order = ("-created_at", "-id") if newest_first else ("created_at", "id")
    return _visible(article, own_ids).filter(depth=0).order_by(*order)


def _attach(threads: list[Comment], replies: list[Comment], max_depth: int) -> dict:
    """Nest ``replies`` (oldest first) under their parents, at most ``max_depth`` deep.

    A reply below the deepest level joins its parent's siblings at that
    level, in time order, and names the comment it answers (``answers``).
    A reply whose parent is not visible (waiting or refused) is not shown
    either.
    """
    by_id = {}
    for comment in threads:
        comment.level, comment.display_parent, comment.display_children = 1, None, []
        by_id[comment.pk] = comment
    for reply in replies:
        parent = by_id.get(reply.parent_id)
        if parent is None:
            continue
        if parent.level < max_depth or parent.display_parent is None:
            holder, level = parent, parent.level + 1
        else:
            holder, level = parent.display_parent, parent.level
        reply.level, reply.display_parent, reply.display_children = level, holder, []
        # Shown beside the comment it answers, not under it: it names it.
        reply.answers = parent if holder is not parent else None
        holder.display_children.append(reply)
        by_id[reply.pk] = reply
    return by_id


class _CountedPaginator(Paginator):
    """A paginator told its count, rather than asking the database again."""

    def __init__(self, object_list, per_page, count: int):
        super().__init__(object_list, per_page)
        self.__dict__["count"] = count  # Paginator.count is a cached property


def _page_of_threads(article: Article, own_ids, page_number, rows) -> tuple[Page, list]:
    """The page, and the rows of its threads.

    The page's threads are found by their ids alone (``rows`` ordered, no
    other column), then read: at the last of 600 pages the database skips
    30,000 narrow rows rather than sorting 30,000 whole ones and working
    out each one's reply count (1 s, against 60 ms).
    """
    totals = comment_totals(article, own_ids)
    ids = rows.values_list("pk", flat=True)
    paginator = _CountedPaginator(ids, settings.COMMENTS_PER_PAGE, totals.top_level)
    page = paginator.get_page(page_number)
    page.object_list = list(page.object_list)
    return page, list(rows.filter(pk__in=page.object_list)) if page.object_list else []


def _replies(article: Article, own_ids, threads) -> list[ShownComment]:
    return _shown(
        _visible(article, own_ids)
        .filter(root__in=[comment.pk for comment in threads])
        .order_by("created_at", "id")
    )


def comment_page(
    *, article: Article, own_ids=frozenset(), page_number=None, newest_first: bool = False
) -> CommentPage:
    """The page ``page_number`` of ``article``'s threads, as ``own_ids``' author sees it.

    ``own_ids`` are the comments this reader posted: they appear while they
    wait for moderation, to this reader only. Threads come oldest first, or
    newest first; replies always in the order they were written.
    """
    rows = _top_level(article, own_ids, newest_first=newest_first).values_list(*_SHOWN_FIELDS)
    page, rows = _page_of_threads(article, own_ids, page_number, rows)
    threads = [ShownComment(row) for row in rows]
    replies = _replies(article, own_ids, threads) if threads else []
    by_id = _attach(threads, replies, max(settings.COMMENTS_MAX_DEPTH, 1))
    return CommentPage(page_obj=page, threads=threads, by_id=by_id)


def shared_thread_page(
    *, article: Article, page_number=None, newest_first: bool = False
) -> CommentPage:
    """The page of ``article``'s threads as every reader without a session sees it.

    Only the top-level comments are read, each with its thread's state
    (``ShownThread``); the replies of a thread are read by ``attach_replies``
    when its kept rendering is missing.
    """
    approved_replies = (
        Comment.objects.approved().filter(root=OuterRef("pk")).order_by().values("root")
    )
    rows = (
        _top_level(article, frozenset(), newest_first=newest_first)
        .annotate(
            reply_count=Coalesce(Subquery(approved_replies.annotate(n=Count("pk")).values("n")), 0),
            replies_updated_at=Subquery(
                approved_replies.annotate(latest=Max("updated_at")).values("latest")
            ),
        )
        .values_list(*ShownThread.fields)
    )
    page, rows = _page_of_threads(article, frozenset(), page_number, rows)
    threads = [ShownThread(row) for row in rows]
    return CommentPage(page_obj=page, threads=threads)


def answerable_ids(article: Article, page: CommentPage) -> frozenset[int]:
    """The approved comments of ``page``'s threads, replies included: what ``?balas=`` may name."""
    tops = [thread.pk for thread in page.threads]
    if not tops:
        return frozenset()
    shown = (
        Comment.objects.approved().filter(article=article).filter(Q(pk__in=tops) | Q(root__in=tops))
    )
    return frozenset(shown.values_list("pk", flat=True))


def attach_replies(article: Article, threads: list[ShownComment]) -> None:
    """Read and nest the approved replies of ``threads`` (one query)."""
    if threads:
        _attach(
            threads, _replies(article, frozenset(), threads), max(settings.COMMENTS_MAX_DEPTH, 1)
        )


def page_number_of(comment: Comment, *, own_ids=frozenset()) -> int:
    """The page of its article on which ``comment``'s thread is shown."""
    root = comment.root or comment
    earlier = (
        _top_level(comment.article, own_ids)
        .filter(Q(created_at__lt=root.created_at) | Q(created_at=root.created_at, pk__lt=root.pk))
        .count()
    )
    return earlier // settings.COMMENTS_PER_PAGE + 1


@dataclass(frozen=True)
class CommentTotals:
    approved: int  # every approved comment, replies included: the heading's count
    top_level: int  # the top-level comments this reader sees: the pages' count


def comment_totals(article: Article, own_ids=frozenset()) -> CommentTotals:
    """Both counts of ``article``'s comments in one query, once per request."""
    memo = article.__dict__.setdefault("_comment_totals", {})
    key = frozenset(own_ids)
    if key not in memo:
        approved = Q(status=Comment.Status.APPROVED)
        if own_ids:
            own = Q(pk__in=list(own_ids), status__in=[Comment.Status.PENDING, Comment.Status.SPAM])
            seen = approved | own
        else:
            seen = approved
        counts = Comment.objects.filter(article=article).aggregate(
            approved=Count("pk", filter=approved),
            top_level=Count("pk", filter=seen & Q(depth=0)),
        )
        memo[key] = CommentTotals(**counts)
    return memo[key]


def approved_count(article: Article) -> int:
    """How many approved comments ``article`` has, counted once per request."""
    memo = article.__dict__.get("_comment_totals", {})
    if memo:
        return next(iter(memo.values())).approved
    return comment_totals(article).approved
