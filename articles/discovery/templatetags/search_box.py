"""The search box on every page."""

from django import template
from django.conf import settings

register = template.Library()


@register.simple_tag
def search_max_length():
    """The longest query the search page accepts, for the input's ``maxlength``."""
    return settings.SEARCH_MAX_QUERY_LENGTH
