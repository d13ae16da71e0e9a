"""What one row of the queue shows, worked out before the template renders it."""

import html
from dataclasses import dataclass
from urllib.parse import urlencode

from django.utils.text import Truncator

from ..models import Comment
from ..plain_text import body_plain_text
from ..spam.links import hrefs
from .history import commenter_key, commenter_tag, history_of, queue_order
from .queue import EXCERPT_TEXT, LONG_TEXT

PARENT_TEXT = 200


@dataclass(frozen=True)
class QueueRow:
    comment: Comment
    # Set when the comment is long: the part shown before it is opened.
    excerpt: str
    parent_excerpt: str
    history: list[tuple[str, str, int]]
    history_url: str
    # For the page's script: cards by one author (``commenter_tag``), and
    # which of them came first (``queue_order``).
    commenter: str
    order: str
    decide_url: str
    # Takes the decision back, for a few minutes after it.
    undo_url: str
    # Only for those allowed to see commenters' private data.
    email: str
    # Where the comment's links lead, as text: a link's words may say anything.
    links: list[str]


def build_row(
    comment: Comment, *, changelist_url: str, decide_url: str, undo_url: str, show_email: bool
) -> QueueRow:
    """``comment``, loaded with its article, parent and history (``with_history``)."""
    text = body_plain_text(comment.body)
    parent = comment.parent
    return QueueRow(
        comment=comment,
        excerpt=Truncator(text).chars(EXCERPT_TEXT) if len(text) > LONG_TEXT else "",
        parent_excerpt=Truncator(body_plain_text(parent.body)).chars(PARENT_TEXT) if parent else "",
        history=history_of(comment),
        history_url=f"{changelist_url}?{urlencode({'pengomentar': commenter_key(comment)})}",
        commenter=commenter_tag(comment),
        order=queue_order(comment),
        decide_url=decide_url,
        undo_url=undo_url,
        email=comment.email if show_email else "",
        links=list(dict.fromkeys(html.unescape(href) for href in hrefs(comment.body))),
    )
