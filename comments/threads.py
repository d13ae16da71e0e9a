"""Reading comments as threads: one page of top-level comments and their replies.

A page costs a fixed number of queries whatever the number of comments: the
count, the page of top-level comments, and every reply of those threads at
once (replies carry their thread's ``root``).
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.core.paginator import Page, Paginator
from django.db.models import Q

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
)


class ShownComment:
    """A comment as a thread shows it: its public fields, read without a model.

    Hundreds of them make a busy page; plain objects cost a fraction of
    model instances to build.
    """

    __slots__ = (*_SHOWN_FIELDS, "level", "display_parent", "display_children")

    def __init__(self, row):
        for name, value in zip(_SHOWN_FIELDS, row, strict=True):
            setattr(self, name, value)

    @property
    def pk(self) -> int:
        return self.id

    @property
    def anchor(self) -> str:
        return f"komentar-{self.id}"

    @property
    def is_approved(self) -> bool:
        return self.status == Comment.Status.APPROVED


def _visible(article: Article, own_ids):
    return Comment.objects.visible_to(own_ids).filter(article=article)


def _shown(queryset) -> list[ShownComment]:
    return [ShownComment(row) for row in queryset.values_list(*_SHOWN_FIELDS)]


def _top_level(article: Article, own_ids):
    return _visible(article, own_ids).filter(depth=0).order_by("created_at", "id")


def _attach(threads: list[Comment], replies: list[Comment], max_depth: int) -> dict:
    """Nest ``replies`` (oldest first) under their parents, at most ``max_depth`` deep.

    A reply below the deepest level joins its parent's siblings at that
    level, in time order. A reply whose parent is not visible (waiting or
    refused) is not shown either.
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
        holder.display_children.append(reply)
        by_id[reply.pk] = reply
    return by_id


def comment_page(*, article: Article, own_ids=frozenset(), page_number=None) -> CommentPage:
    """The page ``page_number`` of ``article``'s threads, as ``own_ids``' author sees it.

    ``own_ids`` are the comments this reader posted: they appear while they
    wait for moderation, to this reader only.
    """
    paginator = Paginator(
        _top_level(article, own_ids).values_list(*_SHOWN_FIELDS), settings.COMMENTS_PER_PAGE
    )
    page = paginator.get_page(page_number)
    threads = [ShownComment(row) for row in page.object_list]
    replies = []
    if threads:
        replies = _shown(
            _visible(article, own_ids)
            .filter(root__in=[comment.pk for comment in threads])
            .order_by("created_at", "id")
        )
    by_id = _attach(threads, replies, max(settings.COMMENTS_MAX_DEPTH, 1))
    return CommentPage(page_obj=page, threads=threads, by_id=by_id)


def page_number_of(comment: Comment, *, own_ids=frozenset()) -> int:
    """The page of its article on which ``comment``'s thread is shown."""
    root = comment.root or comment
    earlier = (
        _top_level(comment.article, own_ids)
        .filter(Q(created_at__lt=root.created_at) | Q(created_at=root.created_at, pk__lt=root.pk))
        .count()
    )
    return earlier // settings.COMMENTS_PER_PAGE + 1


def approved_count(article: Article) -> int:
    """How many approved comments ``article`` has, counted once per request."""
    cached = getattr(article, "_approved_comment_count", None)
    if cached is None:
        cached = article.comments.approved().count()
        article._approved_comment_count = cached
    return cached
