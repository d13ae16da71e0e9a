"""The comments' piece of the article page: ``{% comment_section article %}``."""

from django import template

from ..authorship import own_comment_ids
from ..forms import CommentForm
from ..rendering import render_threads
from ..threads import approved_count, comment_page

register = template.Library()


def _reply_target(request, by_id):
    try:
        return by_id.get(int(request.GET.get("balas", "")))
    except ValueError:
        return None


@register.inclusion_tag("comments/_section.html", takes_context=True)
def comment_section(context, article):
    """The article's comments (one page of threads) and the form, or "closed"."""
    request = context["request"]
    page = comment_page(
        article=article,
        own_ids=own_comment_ids(request),
        page_number=request.GET.get("page"),
    )
    reply_to = _reply_target(request, page.by_id)
    if reply_to is not None and not reply_to.is_approved:
        reply_to = None
    is_open = article.is_published and article.discussion_open
    return {
        "request": request,
        "article": article,
        "page_obj": page.page_obj,
        "threads": page.threads,
        "threads_html": render_threads(
            page.threads, is_open=is_open, page_number=page.page_obj.number
        ),
        "total": approved_count(article),
        "is_open": is_open,
        "reply_to": reply_to,
        "form": CommentForm(article=article, initial={"parent": getattr(reply_to, "pk", None)}),
    }


@register.inclusion_tag("comments/_count.html")
def comment_count(article):
    """The number of approved comments, linking to them."""
    return {"count": approved_count(article)}
