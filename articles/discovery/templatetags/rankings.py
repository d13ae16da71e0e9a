"""The home page's "Terpopuler" list."""

from django import template

from ..rankings import popular_articles as _popular_articles

register = template.Library()


@register.simple_tag
def popular_articles():
    """The most reacted-to published articles of the last days, in one query."""
    return _popular_articles()
