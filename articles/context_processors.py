"""Template context every page needs: the site's name and its navigation."""

from django.conf import settings

from .models import Category


def site(request):
    """Site name and the masthead's categories (one cached query per request)."""
    return {
        "SITE_NAME": settings.SITE_NAME,
        "nav_categories": _NavCategories(),
    }


class _NavCategories:
    """Evaluated only when a template iterates it, at most once."""

    def __init__(self):
        self._items = None

    def __iter__(self):
        if self._items is None:
            self._items = list(Category.objects.only("name", "slug"))
        return iter(self._items)
