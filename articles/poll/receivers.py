"""What the poll does when the rest of the site sends a signal."""

from django.db.models.signals import post_delete, post_save

from ..page_cache.invalidation import pages_changed
from ..page_cache.keys import ARTICLES
from ..signals import demo_loaded
from .demo import add_demo_votes
from .models import ReactionOption

demo_loaded.connect(add_demo_votes, dispatch_uid="articles.poll.demo_votes")


def _options_changed(sender, **kwargs):
    # Every article page shows the options.
    pages_changed([ARTICLES])


post_save.connect(_options_changed, sender=ReactionOption, dispatch_uid="poll.options.saved")
post_delete.connect(_options_changed, sender=ReactionOption, dispatch_uid="poll.options.deleted")
