"""The moderation queue: pending comments, oldest first, and a place in it.

A place is the queue's filters plus a page, read from and written back to
the query string, so that a decision sent without JavaScript comes back to
the same filters and page.
"""

from dataclasses import dataclass, replace
from urllib.parse import urlencode

from django.db.models import Count, Q, QuerySet

from articles.models import Article
from portal.ids import parse_id

from ..models import Comment

PER_PAGE = 20
# The ``flag`` parameter for comments the screening took no note of.
NO_FLAG = "none"
# Longer comments show an excerpt that opens (<details>) to the whole text.
LONG_TEXT = 400
EXCERPT_TEXT = 280


def flag_choices() -> list[tuple[str, str]]:
    return [(value or NO_FLAG, label) for value, label in Comment.Flag.choices]


# The queue's article filter offers the articles where most comments wait.
ARTICLES_SHOWN = 30


def articles_waiting(*, chosen: int | None = None) -> list[tuple[int, str, int]]:
    """``(id, title, how many wait)`` of the ``ARTICLES_SHOWN`` articles where most wait.

    The article ``chosen`` in the filter is among them even when fewer wait
    on it. Two queries whatever the size of the queue: the counts grouped by
    article, then the titles of those shown.
    """
    pending = Comment.objects.filter(status=Comment.Status.PENDING).order_by()
    top = list(
        pending.values_list("article_id")
        .annotate(waiting=Count("pk"))
        .order_by("-waiting", "article_id")[:ARTICLES_SHOWN]
    )
    counts = dict(top)
    if chosen and chosen not in counts:
        counts[chosen] = pending.filter(article_id=chosen).count()
    titles = dict(Article.objects.filter(pk__in=counts).values_list("pk", "title"))
    rows = [(pk, titles[pk], counts[pk]) for pk in counts if pk in titles]
    return sorted(rows, key=lambda row: (-row[2], row[1]))


@dataclass(frozen=True)
class QueuePlace:
    flag: str = ""
    article_id: int | None = None
    page: int = 1

    @classmethod
    def from_query(cls, query) -> "QueuePlace":
        """The place a query string names; anything unknown in it is ignored."""
        flag = query.get("flag", "")
        return cls(
            flag=flag if flag in dict(flag_choices()) else "",
            article_id=parse_id(query.get("artikel")),
            page=parse_id(query.get("p")) or 1,
        )

    def query_string(self, **changes) -> str:
        """``?flag=…&artikel=…&p=…`` with what differs from the defaults; "" if nothing."""
        place = replace(self, **changes)
        params = {"flag": place.flag, "artikel": place.article_id or "", "p": place.page}
        if params["p"] == 1:
            params["p"] = ""
        query = urlencode({key: value for key, value in params.items() if value})
        return f"?{query}" if query else ""

    def comments(self) -> QuerySet:
        """The pending comments this place filters, in the queue's order."""
        queryset = Comment.objects.filter(status=Comment.Status.PENDING).order_by(
            "created_at", "pk"
        )
        if self.flag:
            queryset = queryset.filter(flag="" if self.flag == NO_FLAG else self.flag)
        if self.article_id:
            queryset = queryset.filter(article_id=self.article_id)
        return queryset

    def after(self, comment: Comment) -> Comment | None:
        """The comment that comes after ``comment`` here, or else the last before it."""
        later = Q(created_at__gt=comment.created_at) | Q(
            created_at=comment.created_at, pk__gt=comment.pk
        )
        queue = self.comments().exclude(pk=comment.pk)
        return queue.filter(later).first() or queue.filter(~later).last()

    def page_of(self, comment: Comment) -> int:
        """The page ``comment`` is on now."""
        before = Q(created_at__lt=comment.created_at) | Q(
            created_at=comment.created_at, pk__lt=comment.pk
        )
        return self.comments().filter(before).count() // PER_PAGE + 1
