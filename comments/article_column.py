"""The editors' article list gains the number of comments waiting on each article.

The article admin is the articles app's; this adds one column to it
through its extension point (``articles.desk.list_columns``).
"""

from django.db.models import F, Func, IntegerField, OuterRef, Subquery
from django.utils.translation import gettext_lazy as _

from articles.desk.list_columns import article_list_column

from .models import Comment


def with_pending_comment_count(articles):
    """``articles`` with ``pending_comment_count``, counted per row shown.

    A subquery on the comments' article and status index, never grouped over
    every article's comments; not sortable, since sorting would count them all.
    """
    waiting = (
        Comment.objects.filter(article=OuterRef("pk"), status=Comment.Status.PENDING)
        .order_by()
        .annotate(total=Func(F("pk"), function="COUNT"))
        .values("total")
    )
    return articles.annotate(pending_comment_count=Subquery(waiting, output_field=IntegerField()))


article_list_column(
    name="pending_comments",
    description=_("komentar menunggu"),
    annotate=with_pending_comment_count,
    value=lambda article: article.pending_comment_count,
)
