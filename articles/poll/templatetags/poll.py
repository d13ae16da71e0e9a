"""The reaction poll's piece of the article page."""

from django import template

from ..reader_cookie import reader_id_from
from ..results import poll_results
from ..services import reader_hash

register = template.Library()


@register.inclusion_tag("articles/poll/poll.html", takes_context=True)
def reaction_poll(context, article):
    """The poll under ``article``: the form while discussion is open, and the results.

    One query, whatever the number of votes; the reader's own choice is
    marked when their cookie names them.
    """
    request = context.get("request")
    reader_id = reader_id_from(request) if request is not None else None
    results = poll_results(
        article=article, voter_hash=reader_hash(reader_id) if reader_id else None
    )
    return {
        "article": article,
        "results": results,
        "can_vote": article.is_published and article.discussion_open,
        "csrf_token": context.get("csrf_token"),
    }
