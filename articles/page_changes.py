"""Changes to articles and their taxonomy announce the keys of the pages they change.

What each key stands for is in ``articles.page_keys``. A draft or a
scheduled article that was not visible before the change is on no page but
its own preview: editing it (an autosave, say) announces its own key only,
unless the change schedules it anew. Then the lists are announced at once,
so that they are kept again no later than its time (PAGE_CACHE_DEADLINE).
"""

from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save

from portal.page_cache.changes import pages_changed

from .models import Article, Category, EditorProfile, Source, Tag
from .page_keys import ARTICLES, CATEGORIES, article_key, editor_key, source_key, tag_key
from .signals import articles_changed


def _visible_before(sender, instance, **kwargs):
    before = Article.objects.filter(pk=instance.pk).values("status", "published_at").first()
    instance._was_visible = bool(
        before and Article(**before).is_published if instance.pk else False
    )
    instance._scheduled_anew = instance.is_scheduled and (
        before is None
        or (before["status"], before["published_at"]) != (instance.status, instance.published_at)
    )


def _listed_keys(article_ids) -> list[str]:
    """What lists of articles show: their order, and each tag's articles."""
    tags = Article.tags.through.objects.filter(article_id__in=article_ids)
    return [ARTICLES, *(tag_key(pk) for pk in tags.values_list("tag_id", flat=True))]


def _article_saved(sender, instance, **kwargs):
    keys = [article_key(instance.pk)]
    if (
        instance.is_published
        or getattr(instance, "_was_visible", True)
        or getattr(instance, "_scheduled_anew", False)
    ):
        keys += _listed_keys([instance.pk])
    pages_changed(keys)


def _article_deleted(sender, instance, **kwargs):
    pages_changed([article_key(instance.pk), ARTICLES])


def _tags_changed(sender, instance, action, pk_set=None, **kwargs):
    if not action.startswith("post_") or not isinstance(instance, Article):
        return
    keys = [article_key(instance.pk), *(tag_key(pk) for pk in pk_set or ())]
    if instance.is_published:
        keys += _listed_keys([instance.pk])
    pages_changed(keys)


def _related_changed(sender, instance, action, **kwargs):
    if action.startswith("post_") and isinstance(instance, Article):
        pages_changed([article_key(instance.pk)])


def _articles_changed(sender, pks=(), **kwargs):
    # A bulk publish or unpublish, or a photo several articles show.
    pages_changed([*(article_key(pk) for pk in pks), *_listed_keys(list(pks))])


def _announcing(key_of):
    def receiver(sender, instance, **kwargs):
        pages_changed(key_of(instance))

    return receiver


_OWN_KEYS = {
    Category: _announcing(lambda category: [CATEGORIES]),
    Tag: _announcing(lambda tag: [tag_key(tag.pk)]),
    # A source's name is on every card that lists its articles.
    Source: _announcing(lambda source: [source_key(source.pk), ARTICLES]),
    EditorProfile: _announcing(lambda profile: [editor_key(profile.user_id)]),
}

pre_save.connect(_visible_before, sender=Article, dispatch_uid="page_changes.article.before")
post_save.connect(_article_saved, sender=Article, dispatch_uid="page_changes.article.saved")
post_delete.connect(_article_deleted, sender=Article, dispatch_uid="page_changes.article.deleted")
m2m_changed.connect(_tags_changed, sender=Article.tags.through, dispatch_uid="page_changes.tags")
m2m_changed.connect(
    _related_changed, sender=Article.related.through, dispatch_uid="page_changes.related"
)
articles_changed.connect(_articles_changed, dispatch_uid="page_changes.bulk")
for _model, _receiver in _OWN_KEYS.items():
    for _signal in (post_save, post_delete):
        _signal.connect(_receiver, sender=_model, dispatch_uid=f"page_changes.{_model.__name__}")
