"""Template context every page needs: the site's name and its navigation."""

from django.conf import settings

from portal.page_cache.pages import add_page_keys

from .models import Category
from .page_keys import CATEGORIES


def site(request):
    """Site name and the masthead's categories (one cached query per request)."""
    return {
        "SITE_NAME": settings.SITE_NAME,
        "nav_categories": _NavCategories(request),
    }


class _NavCategories:
    """Evaluated only when a template iterates it, at most once.

    A page that shows them depends on every category (``categories``).
    """

    def __init__(self, request):
        self._request = request
        self._items = None

    def __iter__(self):
        if self._items is None:
            add_page_keys(self._request, [CATEGORIES])
            self._items = list(Category.objects.only("name", "slug"))
        return iter(self._items)
