"""Writes of old permalinks: an address left behind is kept."""

from ..models import Article
from .models import OldPermalink


def permalink_keep(*, path: str, article: Article) -> None:
    """Let ``path`` redirect to ``article`` from now on (it may have led elsewhere before)."""
    if not path or path == article.get_absolute_url():
        return
    OldPermalink.objects.update_or_create(path=path, defaults={"article": article})


def permalink_reclaimed(*, article: Article) -> None:
    """``article`` is back at an address it had before: that path is no longer an old one."""
    path = article.get_absolute_url()
    if path:
        OldPermalink.objects.filter(path=path, article=article).delete()
