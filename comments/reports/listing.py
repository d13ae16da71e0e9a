"""Reported comments in the admin: the "Dilaporkan" filter and the reports column.

A comment shows under "Dilaporkan" from its first report, with the count
and reasons, whatever its status; reports a moderator has since decided on
(made before the comment's last decision) no longer put it there.
"""

from django.contrib import admin
from django.db.models import F, Q
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from ..models import Comment, CommentReport

OPEN = "dilaporkan"
EVER = "pernah"


def _open_reports():
    """Reports made after their comment's last moderator decision.

    Read from the reports' side: a newsroom has far fewer reports than
    comments, so neither the count nor the filter walks the comments table.
    """
    return CommentReport.objects.filter(
        Q(comment__moderated_at__isnull=True) | Q(created_at__gt=F("comment__moderated_at"))
    )


def reported(queryset):
    """Of ``queryset``, the comments with reports no moderator has decided on yet."""
    return queryset.filter(pk__in=_open_reports().values("comment_id"))


def reported_count() -> int:
    return _open_reports().values("comment_id").distinct().count()


class ReportedFilter(admin.SimpleListFilter):
    title = _("laporan pembaca")
    parameter_name = "laporan"

    def lookups(self, request, model_admin):
        return [
            (OPEN, _("Dilaporkan (%(count)d)") % {"count": reported_count()}),
            (EVER, _("Pernah dilaporkan")),
        ]

    def queryset(self, request, queryset):
        if self.value() == OPEN:
            return reported(queryset)
        if self.value() == EVER:
            return queryset.filter(pk__in=CommentReport.objects.values("comment_id"))
        return queryset


def open_reports_of(comment: Comment) -> list[CommentReport]:
    """``comment``'s reports since its last decision, from its prefetched ``reports``."""
    since = comment.moderated_at
    return [r for r in comment.reports.all() if since is None or r.created_at > since]


def reports_cell(comment: Comment) -> str:
    """ "2 laporan: Spam, Kasar" for the changelist; "-" without open reports."""
    reports = open_reports_of(comment)
    if not reports:
        return "-"
    reasons = sorted({report.get_reason_display() for report in reports})
    count = ngettext("%(count)d laporan", "%(count)d laporan", len(reports)) % {
        "count": len(reports)
    }
    return format_html(
        '<span class="comment-reports-count">{}</span>: {}',
        count,
        format_html_join(", ", "{}", ((reason,) for reason in reasons)),
    )
