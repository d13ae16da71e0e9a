"""What the photo library does when photos change and when the demo is loaded."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete

from ..models import Article
from ..signals import articles_changed, demo_loaded
from .demo import add_demo_photos
from .models import BodyPhoto, Photo
from .services import articles_showing, delete_files, note_body_photos, stored_paths

demo_loaded.connect(add_demo_photos, dispatch_uid="articles.photos.demo_photos")


def _photo_saved(sender, instance, created, **kwargs):
    if created:
        return  # no article shows a photo that did not exist
    pks = list(articles_showing(instance).values_list("pk", flat=True))
    if pks:
        articles_changed.send(sender=Photo, pks=pks)


def _photo_deleting(sender, instance, **kwargs):
    # Before the delete: afterwards the featured photos are already unset.
    instance._showing = list(articles_showing(instance).values_list("pk", flat=True))


def _photo_deleted(sender, instance, **kwargs):
    BodyPhoto.objects.filter(photo_id=instance.pk).delete()
    pks = getattr(instance, "_showing", [])
    if pks:
        articles_changed.send(sender=Photo, pks=pks)
    storage, paths = instance.original.storage, stored_paths(instance)
    transaction.on_commit(lambda: delete_files(storage, paths))


def _article_saved(sender, instance, update_fields=None, **kwargs):
    if update_fields is None or "body" in update_fields:
        note_body_photos(instance)


def _article_deleted(sender, instance, **kwargs):
    BodyPhoto.objects.filter(article_id=instance.pk).delete()


post_save.connect(_article_saved, sender=Article, dispatch_uid="photos.article_saved")
post_delete.connect(_article_deleted, sender=Article, dispatch_uid="photos.article_deleted")
post_save.connect(_photo_saved, sender=Photo, dispatch_uid="photos.saved")
pre_delete.connect(_photo_deleting, sender=Photo, dispatch_uid="photos.deleting")
post_delete.connect(_photo_deleted, sender=Photo, dispatch_uid="photos.deleted")
