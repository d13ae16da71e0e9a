"""The reaction poll's piece of the article page."""

from django import template

from portal.page_cache.pages import add_page_keys, is_personal, page_accepts

from ...page_keys import POLL_OPTIONS
from ..reader_cookie import reader_id_from
from ..results import CHOICE_PARAMETER, poll_results, with_choice
from ..services import reader_hash

register = template.Library()


@register.inclusion_tag("articles/poll/poll.html", takes_context=True)
def reaction_poll(context, article):
    """The poll under ``article``: the form while discussion is open, and the results.

    One query, whatever the number of votes; the reader's own choice is
    marked when their cookie names them.
    """
    request = context.get("request")
    # The shared page for anonymous readers marks no one's choice; poll.js
    # asks /tanggapan/<id>/ for it. A personal page marks it at once.
    personal = request is not None and is_personal(request)
    reader_id = reader_id_from(request) if personal else None
    results = poll_results(
        article=article, voter_hash=reader_hash(reader_id) if reader_id else None
    )
    add_page_keys(request, [POLL_OPTIONS])
    active = [option.slug for option in results.options if option.is_active]
    page_accepts(request, **{CHOICE_PARAMETER: frozenset(active)})
    if request is not None and not results.choice:
        # Just voted without JavaScript: the address names the choice.
        results = with_choice(results, request.GET.get(CHOICE_PARAMETER, ""))
    return {
        "article": article,
        "results": results,
        "can_vote": article.is_published and article.discussion_open,
    }
