"""What the poll does when the rest of the site sends a signal."""

from django.db.models.signals import post_delete, post_save

from portal.page_cache.changes import pages_changed

from ..page_keys import POLL_OPTIONS
from ..signals import demo_loaded
from .demo import add_demo_votes
from .models import ReactionOption

demo_loaded.connect(add_demo_votes, dispatch_uid="articles.poll.demo_votes")


def _options_changed(sender, **kwargs):
    # Every article page shows the options.
    pages_changed([POLL_OPTIONS])


post_save.connect(_options_changed, sender=ReactionOption, dispatch_uid="poll.options.saved")
post_delete.connect(_options_changed, sender=ReactionOption, dispatch_uid="poll.options.deleted")
