"""Columns other apps add to the editors' article list, without articles importing them.

The article admin is defined once, here in ``articles``. An app that has
something to say about each article (the comments app: how many comments
wait) registers a column from its own ``admin`` module::

    article_list_column(
        name="pending_comments",
        description=_("komentar menunggu"),
        annotate=lambda queryset: queryset.annotate(...),
        value=lambda article: article.pending_comment_count,
    )

``annotate`` adds what the column shows to the list's one query (a
subquery per row shown, never a grouping over the whole table), so the
list still makes a fixed number of queries; ``value`` reads it from the row.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.contrib import admin
from django.db.models import QuerySet


@dataclass(frozen=True)
class ArticleListColumn:
    """One added column: its name, its header, what it adds to the query, its cell."""

    name: str
    description: str
    annotate: Callable[[QuerySet], QuerySet]
    value: Callable[[object], object]

    def cell(self):
        """The callable the changelist shows, with the column's header."""

        def cell(article):
            return self.value(article)

        cell.__name__ = self.name
        return admin.display(description=self.description)(cell)


_COLUMNS: dict[str, ArticleListColumn] = {}


def article_list_column(
    *,
    name: str,
    description: str,
    annotate: Callable[[QuerySet], QuerySet],
    value: Callable[[object], object],
) -> ArticleListColumn:
    """Adds a column to the article list (once per name: importing twice changes nothing)."""
    column = ArticleListColumn(name=name, description=description, annotate=annotate, value=value)
    _COLUMNS[name] = column
    return column


def added_columns() -> list[ArticleListColumn]:
    """The columns other apps added, in the order they were added."""
    return list(_COLUMNS.values())


class AddedColumnsMixin:
    """Mixed into the article ``ModelAdmin``: the added columns after its own."""

    def get_list_display(self, request):
        return [*super().get_list_display(request), *(c.cell() for c in added_columns())]

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        for column in added_columns():
            queryset = column.annotate(queryset)
        return queryset
