"""What the poll does when the rest of the site sends a signal."""

from ..signals import demo_loaded
from .demo import add_demo_votes

demo_loaded.connect(add_demo_votes, dispatch_uid="articles.poll.demo_votes")
