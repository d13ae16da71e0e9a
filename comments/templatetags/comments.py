"""The comments' piece of the article page: ``{% comment_section article %}``."""

import hashlib

from django import template
from django.conf import settings
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from articles.page_keys import article_key, comments_key
from portal.page_cache.pages import add_page_keys, is_personal, kept, page_accepts

from ..authorship import own_comment_ids
from ..editing.services import editable_ids
from ..forms import CommentForm
from ..models import Comment
from ..newsroom.services import can_reply_for_newsroom
from ..rendering import render_threads
from ..thread_cache import shared_threads_html
from ..threads import answerable_ids, comment_page, comment_totals, shared_thread_page

register = template.Library()


def _number(value) -> int | None:
    try:
        return int(value or "")
    except ValueError:
        return None


def _reply_target(request, article, reply_ids):
    """The approved comment of this page that ``?balas=`` names, or None."""
    pk = _number(request.GET.get("balas"))
    if pk not in reply_ids:
        return None
    return Comment.objects.approved().filter(article=article, pk=pk).only("pk", "name").first()


# The reader's choice of order (no parameter: oldest first, as written).
ORDER_PARAMETER = "urutan"
NEWEST = "terbaru"


def _order(request) -> str:
    return NEWEST if request.GET.get(ORDER_PARAMETER) == NEWEST else ""


@register.simple_tag(takes_context=True)
def comment_section(context, article):
    """The article's comments (one page of threads) and the form, or "closed".

    For a shared page the section is the same for everyone, so it is a kept
    fragment under the article's ``comments-<id>`` and ``article-<id>`` keys
    (the article's switch closes it): a page rendered
    again for another reason (poll counts expiring, a tag renamed) reuses
    it without touching the comments. Rendered again, it reuses the kept
    HTML of every thread that did not change (comments.thread_cache).
    """
    request = context["request"]
    if is_personal(request):
        # A preview shows the discussion as readers will find it once published.
        preview = bool(context.get("is_preview"))
        return mark_safe(_render_section(request, article, shared=False, preview=preview)[0])
    variant = f"{request.GET.get('page', '')}|{request.GET.get('balas', '')}|{_order(request)}"
    name = f"comments:section:{article.pk}:{hashlib.sha256(variant.encode()).hexdigest()}"

    def build():
        # The article's own switch opens or closes the discussion: its key too.
        add_page_keys(request, [comments_key(article.pk), article_key(article.pk)])
        return _render_section(request, article, shared=True)

    html, pages, reply_ids = kept(request, name, build, seconds=settings.PAGE_CACHE_SECONDS * 3)
    page_accepts(
        request,
        page=range(2, pages + 1),
        balas=frozenset(str(pk) for pk in reply_ids),
        **{ORDER_PARAMETER: frozenset({NEWEST})},
    )
    # Rendered from our own template: every value escaped, bodies sanitized.
    return mark_safe(html)


def _render_section(request, article, *, shared: bool, preview: bool = False):
    """The section's HTML, its number of pages, and the comments it lets readers answer."""
    own_ids = frozenset() if shared else own_comment_ids(request)
    page_number = request.GET.get("page")
    is_open = (article.is_published or preview) and article.discussion_open
    order = _order(request)
    newest_first = order == NEWEST
    reply_ids = frozenset()
    if shared:
        page = shared_thread_page(
            article=article, page_number=page_number, newest_first=newest_first
        )
        threads_html = shared_threads_html(article, page, is_open=is_open, order=order)
        reply_ids = answerable_ids(article, page) if is_open else frozenset()
        reply_to = _reply_target(request, article, reply_ids)
    else:
        page = comment_page(
            article=article, own_ids=own_ids, page_number=page_number, newest_first=newest_first
        )
        # Only a personal page links to what this reader alone may do.
        threads_html = render_threads(
            page.threads,
            is_open=is_open,
            page_number=page.page_obj.number,
            order=order,
            editable=frozenset() if shared else editable_ids(page.by_id.values(), own_ids),
            newsroom=not shared and can_reply_for_newsroom(getattr(request, "user", None)),
        )
        reply_to = page.by_id.get(_number(request.GET.get("balas")))
        if reply_to is not None and not reply_to.is_approved:
            reply_to = None
    html = render_to_string(
        "comments/_section.html",
        {
            "request": request,
            "article": article,
            "page_obj": page.page_obj,
            "threads": page.threads,
            "threads_html": threads_html,
            "total": comment_totals(article, own_ids).approved,
            "is_open": is_open,
            "newest_first": newest_first,
            "order_query": f"{ORDER_PARAMETER}={NEWEST}&" if newest_first else "",
            "reply_to": reply_to,
            "form": CommentForm(article=article, initial={"parent": getattr(reply_to, "pk", None)}),
        },
    )
    return html, page.page_obj.paginator.num_pages, reply_ids


@register.inclusion_tag("comments/_count.html", takes_context=True)
def comment_count(context, article):
    """The number of approved comments, linking to them."""
    request = context.get("request")
    if request is None or is_personal(request):
        own_ids = own_comment_ids(request) if request is not None else frozenset()
        return {"count": comment_totals(article, own_ids).approved}

    def build():
        add_page_keys(request, [comments_key(article.pk)])
        return comment_totals(article).approved

    name = f"comments:total:{article.pk}"
    return {"count": kept(request, name, build, seconds=settings.PAGE_CACHE_SECONDS * 3)}
