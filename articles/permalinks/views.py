"""A page that finds nothing at a path an article once had answers 301 to where it is now."""

from functools import wraps

from django.http import Http404

from .lookup import redirect_if_moved


def old_address_fallback(view):
    """Wrap ``view``: when it raises 404, an old address of an article redirects instead."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except Http404:
            moved = redirect_if_moved(request.path)
            if moved is None:
                raise
            return moved

    return wrapper
