"""Where an old path leads now: the article it was an address of, if readers may see it."""

import re

from django.http import HttpResponsePermanentRedirect

from ..models import Article
from .models import OldPermalink

# No stored path holds these (PostgreSQL refuses NUL in a query), nor is longer.
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_MAX_LENGTH = OldPermalink._meta.get_field("path").max_length


def moved_article(path: str) -> Article | None:
    """The published article ``path`` was once an address of, or None (one query)."""
    if len(path) > _MAX_LENGTH or _CONTROL.search(path):
        return None
    old = (
        OldPermalink.objects.filter(path=path, article__in=Article.objects.published())
        .select_related("article")
        .first()
    )
    return old.article if old is not None else None


def redirect_if_moved(path: str) -> HttpResponsePermanentRedirect | None:
    """A 301 to the article's address when ``path`` is an old one of it, else None."""
    article = moved_article(path)
    if article is None or article.get_absolute_url() == path:
        return None
    return HttpResponsePermanentRedirect(article.get_absolute_url())
