"""What the comments app does when the rest of the site sends a signal."""

from django.db.models.signals import post_delete, post_save

from articles.page_cache.invalidation import pages_changed
from articles.page_cache.keys import COMMENT_LISTS, article_key
from articles.signals import demo_loaded

from .demo import add_demo_comments
from .models import Comment


def _comment_saved(sender, instance, created, **kwargs):
    # A new comment waits for a moderator and shows to no reader; an edit or
    # a decision may change what every reader sees.
    if created and instance.status != Comment.Status.APPROVED:
        return
    pages_changed([article_key(instance.article_id), COMMENT_LISTS])


def _comment_deleted(sender, instance, **kwargs):
    pages_changed([article_key(instance.article_id), COMMENT_LISTS])


demo_loaded.connect(add_demo_comments, dispatch_uid="comments.add_demo_comments")
post_save.connect(_comment_saved, sender=Comment, dispatch_uid="comments.page_cache.saved")
post_delete.connect(_comment_deleted, sender=Comment, dispatch_uid="comments.page_cache.deleted")
