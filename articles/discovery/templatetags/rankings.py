"""The home page's rankings: "Terpopuler" (most read) and "Paling ditanggapi"."""

from django import template

from ..rankings import most_read_articles as _most_read_articles
from ..rankings import popular_articles as _popular_articles

register = template.Library()


@register.simple_tag
def popular_articles():
    """The most reacted-to published articles of the last days, in one query."""
    return _popular_articles()


@register.simple_tag
def most_read_articles():
    """The published articles most readers read in the last 24 hours, in one query."""
    return _most_read_articles()
