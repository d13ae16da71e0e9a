"""The reports of a comment as moderators see them: reasons and notes, never who."""

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.translation import ngettext

from ..models import CommentReport


def report_reasons_html(comment) -> str:
    """A list of ``comment``'s reports (reason, note, time), or "-" when it has none."""
    reports = list(CommentReport.objects.filter(comment=comment).order_by("created_at", "id"))
    if not reports:
        return "-"
    heading = ngettext("%(count)d laporan pembaca", "%(count)d laporan pembaca", len(reports)) % {
        "count": len(reports)
    }
    items = format_html_join(
        "",
        "<li>{}{}{}</li>",
        (
            (
                report.get_reason_display(),
                format_html(": {}", report.note) if report.note else "",
                format_html(' <span class="report-time">({})</span>', _date(report.created_at)),
            )
            for report in reports
        ),
    )
    return format_html('<p>{}</p><ul class="comment-reports">{}</ul>', heading, items)


def _date(value) -> str:
    return date_format(timezone.localtime(value), "DATETIME_FORMAT")
