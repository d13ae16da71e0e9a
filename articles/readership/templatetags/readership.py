"""``{% read_figures article %}``: "Dibaca 1.234 kali, 987 pembaca" on the article's change page."""

from django import template
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _

from ..figures import totals

register = template.Library()


@register.simple_tag
def read_figures(article):
    """The article's reads and readers, linking to its page on the dashboard (one query)."""
    if article is None or not article.pk:
        return ""
    figures = totals(article)
    text = _("Dibaca %(reads)s kali, %(readers)s pembaca") % {
        "reads": f"{figures['reads']:,}".replace(",", "."),
        "readers": f"{figures['readers']:,}".replace(",", "."),
    }
    return format_html(
        '<p class="read-figures"><a href="{}">{}</a></p>',
        reverse("statistik:article", args=[article.pk]),
        text,
    )
