"""Pages deep into an archive: the page's ids first, then its rows.

``OFFSET 60000`` over full rows makes the database read and throw away
60,000 rows of the table. The page's ids alone can be read from an index
that holds the whole order (``article_category_order_idx``), after which
only the page's own rows are fetched. The page keeps the queryset's
``select_related`` and ``prefetch_related``.
"""

from django.core.paginator import Paginator


class DeferredJoinPaginator(Paginator):
    def page(self, number):
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = bottom + self.per_page
        if top + self.orphans >= self.count:
            top = self.count
        ids = list(self.object_list.values_list("pk", flat=True)[bottom:top])
        rows = {row.pk: row for row in self.object_list.filter(pk__in=ids)}
        return self._get_page([rows[pk] for pk in ids if pk in rows], number, self)
