"""A save that moves an article (a new date or slug) keeps the address it leaves.

The address before the save is read in ``pre_save`` (one query, only for an
article already stored, and only when the save may change its date or
slug) and kept in ``post_save``, in the same transaction as the save. Saves
of every kind pass here: the admin, "Terbitkan", a restored revision, the
WordPress import.
"""

from django.db.models.signals import post_save, pre_save

from ..models import Article
from .services import permalink_keep, permalink_reclaimed

_ADDRESS_FIELDS = {"slug", "published_at", "publication_date"}


def _address_before(sender, instance, update_fields=None, **kwargs):
    instance._address_before = None
    if instance.pk is None:
        return
    if update_fields is not None and not (_ADDRESS_FIELDS & set(update_fields)):
        return
    row = (
        Article.objects.filter(pk=instance.pk)
        .order_by()
        .values_list("publication_date", "slug")
        .first()
    )
    if row is None:
        return
    day, slug = row
    if slug and (day, slug) != (instance.publication_date, instance.slug):
        instance._address_before = Article(
            slug=slug, publication_date=day, published_at=instance.published_at
        ).get_absolute_url()


def _address_after(sender, instance, created=False, **kwargs):
    old = getattr(instance, "_address_before", None)
    if not old:
        return
    instance._address_before = None
    permalink_keep(path=old, article=instance)
    permalink_reclaimed(article=instance)


pre_save.connect(_address_before, sender=Article, dispatch_uid="permalinks.before")
post_save.connect(_address_after, sender=Article, dispatch_uid="permalinks.after")
