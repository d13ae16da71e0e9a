"""Changes to articles and their taxonomy make the kept pages that show them stale."""

from django.db.models.signals import m2m_changed, post_delete, post_save

from ..models import Article, Category, EditorProfile, Source, Tag
from ..signals import articles_changed
from .invalidation import pages_changed
from .keys import ARTICLES, article_key


def _article_changed(sender, instance, **kwargs):
    pages_changed([article_key(instance.pk), ARTICLES])


def _articles_changed(sender, pks=(), **kwargs):
    pages_changed([*(article_key(pk) for pk in pks), ARTICLES])


def _listed_thing_changed(sender, **kwargs):
    # A category, tag, source or byline shows on many pages: all listings go.
    pages_changed([ARTICLES])


for signal in (post_save, post_delete):
    signal.connect(_article_changed, sender=Article, dispatch_uid=f"page_cache.article.{signal}")
    for model in (Category, Tag, Source, EditorProfile):
        signal.connect(
            _listed_thing_changed, sender=model, dispatch_uid=f"page_cache.{model}.{signal}"
        )
m2m_changed.connect(_article_changed, sender=Article.tags.through, dispatch_uid="page_cache.tags")
m2m_changed.connect(
    _article_changed, sender=Article.related.through, dispatch_uid="page_cache.related"
)
articles_changed.connect(_articles_changed, dispatch_uid="page_cache.bulk")
