"""``/admin/statistik/``: what readers read, where they came from, and when.

For Editors and superusers (``articles.change_article``). The counters are
folded first, so a read shows here at once.
"""

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from ..models import Article
from . import figures
from .charts import bar_chart
from .counter import site_readers_today
from .fold import fold_reads
from .visitors import today

HOURS = 48


def _allowed(request) -> None:
    if not request.user.has_perm("articles.change_article"):
        raise PermissionDenied


def _hour_label(moment) -> str:
    return timezone.localtime(moment).strftime("%H:00")


def _hourly_chart(hours, *, title: str):
    labels = [
        f"{date_format(timezone.localtime(h.hour), 'j M')} {_hour_label(h.hour)}" for h in hours
    ]
    short = [_hour_label(h.hour) for h in hours]
    total = sum(h.reads for h in hours)
    description = _(
        "%(reads)s kali dibaca dalam %(hours)s jam terakhir; paling tinggi %(top)s per jam."
    ) % {
        "reads": total,
        "hours": len(hours),
        "top": max((h.reads for h in hours), default=0),
    }
    chart = bar_chart([h.reads for h in hours], labels=short, title=title, description=description)
    rows = [
        {"label": label, "reads": h.reads, "readers": h.readers}
        for label, h in zip(labels, hours, strict=True)
    ]
    return chart, rows


def index(request):
    """Reads per hour for two days, today's top articles, and where readers came from."""
    _allowed(request)
    fold_reads()
    hours = figures.hourly(hours=HOURS)
    chart, rows = _hourly_chart(
        hours, title=_("Dibaca per jam, %(hours)s jam terakhir") % {"hours": HOURS}
    )
    since = figures.start_of_today()
    context = {
        **admin.site.each_context(request),
        "title": _("Statistik pembaca"),
        "chart": chart,
        "hour_rows": rows,
        "top": figures.top_articles(since=since),
        "referrers": figures.by_referrer(since=since),
        "reads_today": sum(h.reads for h in hours if h.hour >= since),
        "readers_today": site_readers_today(today()),
    }
    return render(request, "admin/statistik/index.html", context)


def article_page(request, pk: int):
    """One article's hourly curve and referrers."""
    _allowed(request)
    fold_reads()
    article = get_object_or_404(Article.objects.select_related("category"), pk=pk)
    hours = figures.hourly(hours=HOURS, article=article)
    chart, rows = _hourly_chart(
        hours, title=_("Dibaca per jam: %(title)s") % {"title": article.title[:60]}
    )
    context = {
        **admin.site.each_context(request),
        "title": _("Statistik: %(title)s") % {"title": article.title},
        "article": article,
        "chart": chart,
        "hour_rows": rows,
        "totals": figures.totals(article),
        "referrers": figures.by_referrer(since=hours[0].hour, article=article),
    }
    return render(request, "admin/statistik/article.html", context)
