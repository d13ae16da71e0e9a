"""What the comments app does when the rest of the site sends a signal.

A comment is on public pages while it is approved: a change to one that is,
or was, announces its article's comments (and the lists ranked by
comments). Anything else (a new comment waiting, its author editing it while
it waits) shows to nobody but its author and announces nothing.
"""

from django.db.models.signals import post_delete, post_save, pre_save

from articles.page_keys import COMMENT_LISTS, comments_key
from articles.signals import demo_loaded
from portal.page_cache.changes import pages_changed

from .activity import comment_deleted, comment_saved
from .demo import add_demo_comments
from .models import Comment


def _public_before(sender, instance, **kwargs):
    instance._was_public = bool(
        instance.pk and Comment.objects.approved().filter(pk=instance.pk).exists()
    )


def _comment_saved(sender, instance, raw=False, **kwargs):
    if instance.is_approved or getattr(instance, "_was_public", True):
        pages_changed([comments_key(instance.article_id), COMMENT_LISTS])
    if not raw:
        comment_saved(instance, was_approved=getattr(instance, "_was_public", False))


def _comment_deleted(sender, instance, **kwargs):
    if instance.is_approved:
        pages_changed([comments_key(instance.article_id), COMMENT_LISTS])
    comment_deleted(instance)


demo_loaded.connect(add_demo_comments, dispatch_uid="comments.add_demo_comments")
pre_save.connect(_public_before, sender=Comment, dispatch_uid="comments.page_cache.before")
post_save.connect(_comment_saved, sender=Comment, dispatch_uid="comments.page_cache.saved")
post_delete.connect(_comment_deleted, sender=Comment, dispatch_uid="comments.page_cache.deleted")
