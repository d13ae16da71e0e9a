"""Admin lists at archive size: counts that stop early, never a whole-table count.

A changelist of 3 million comments cannot count them on every page view:
``CappedPaginator`` counts at most ``ADMIN_COUNT_CAP`` + 1 rows (a
``LIMIT`` inside the count), and the list then says "10.000+". Pages past
the cap are not offered; filters and search narrow the list instead.
``ArchiveListMixin`` puts it on a ``ModelAdmin``, with the full-table count
beside search results switched off.
"""

from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.utils.formats import number_format
from django.utils.functional import cached_property

ADMIN_COUNT_CAP = 10_000


def capped_count(queryset: QuerySet, cap: int = ADMIN_COUNT_CAP) -> int:
    """How many rows ``queryset`` has, up to ``cap`` + 1 (which means "more than cap")."""
    return queryset.order_by().values("pk")[: cap + 1].count()


def count_label(count: int, cap: int = ADMIN_COUNT_CAP) -> str:
    """``count`` as the admin shows it: "1.234", or "10.000+" past the cap."""
    if count > cap:
        return f"{number_format(cap, force_grouping=True)}+"
    return number_format(count, force_grouping=True)


class CappedPaginator(Paginator):
    """A paginator whose count stops at ``cap``: past it the list is "cap+" long."""

    cap = ADMIN_COUNT_CAP

    @cached_property
    def count(self) -> int:
        found = capped_count(self.object_list, self.cap)
        self.count_is_capped = found > self.cap
        return min(found, self.cap)

    count_is_capped = False

    @property
    def count_label(self) -> str:
        count = self.count
        return count_label(count + 1 if self.count_is_capped else count, self.cap)


class ArchiveListMixin:
    """For a ``ModelAdmin`` over a big table: capped counts, no full count beside search."""

    paginator = CappedPaginator
    show_full_result_count = False
