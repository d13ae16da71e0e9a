"""The comments' piece of the article page: ``{% comment_section article %}``."""

import hashlib

from django import template
from django.conf import settings
from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from articles.page_cache.keys import article_key, current_versions
from articles.page_cache.personal import is_personal

from ..authorship import own_comment_ids
from ..editing.services import editable_ids
from ..forms import CommentForm
from ..newsroom.services import can_reply_for_newsroom
from ..rendering import render_threads
from ..thread_cache import shared_threads_html
from ..threads import comment_page, comment_totals, shared_thread_page

register = template.Library()


def _reply_target(request, by_id):
    try:
        return by_id.get(int(request.GET.get("balas", "")))
    except ValueError:
        return None


# The reader's choice of order (no parameter: oldest first, as written).
ORDER_PARAMETER = "urutan"
NEWEST = "terbaru"


def _order(request) -> str:
    return NEWEST if request.GET.get(ORDER_PARAMETER) == NEWEST else ""


def _article_version(request, article) -> int | None:
    """The version of the article's kept pages, as the page being rendered read it."""
    key = article_key(article.pk)
    versions = getattr(request, "_page_versions", None) or {}
    if key in versions:
        return versions[key]
    return current_versions([key])[key]


@register.simple_tag(takes_context=True)
def comment_section(context, article):
    """The article's comments (one page of threads) and the form, or "closed".

    For a reader without a session the section is the same for everyone, so
    it is kept, keyed by the article's page-cache version: any change to the
    article's comments makes a new one, while a page rendered again for
    another reason (poll counts expiring, another article published) reuses
    it without touching the comments. Rendered again, it reuses the kept
    HTML of every thread that did not change (comments.thread_cache).
    """
    request = context["request"]
    if is_personal(request):
        return _render_section(request, article, shared=False)
    version = _article_version(request, article)
    if version is None:  # the cache did not answer: nothing kept is trusted
        return _render_section(request, article, shared=True)
    variant = f"{request.GET.get('page', '')}|{request.GET.get('balas', '')}|{_order(request)}"
    name = f"comments:section:{article.pk}:{version}:{hashlib.sha256(variant.encode()).hexdigest()}"
    html = cache.get(name)
    if html is None:
        html = _render_section(request, article, shared=True)
        cache.set(name, str(html), settings.PAGE_CACHE_SECONDS * 3)
    # Rendered from our own template: every value escaped, bodies sanitized.
    return mark_safe(html)


def _render_section(request, article, *, shared: bool):
    own_ids = frozenset() if shared else own_comment_ids(request)
    page_number = request.GET.get("page")
    is_open = article.is_published and article.discussion_open
    order = _order(request)
    newest_first = order == NEWEST
    if shared and not request.GET.get("balas"):
        page = shared_thread_page(
            article=article, page_number=page_number, newest_first=newest_first
        )
        threads_html = shared_threads_html(article, page, is_open=is_open, order=order)
        reply_to = None
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
        reply_to = _reply_target(request, page.by_id)
        if reply_to is not None and not reply_to.is_approved:
            reply_to = None
    return render_to_string(
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


@register.inclusion_tag("comments/_count.html", takes_context=True)
def comment_count(context, article):
    """The number of approved comments, linking to them."""
    request = context.get("request")
    if request is None or is_personal(request):
        own_ids = own_comment_ids(request) if request is not None else frozenset()
        return {"count": comment_totals(article, own_ids).approved}
    # Kept with the article's version, as the section is: a page rendered
    # again only for its poll counts asks the database nothing here.
    version = _article_version(request, article)
    name = f"comments:total:{article.pk}:{version}"
    count = cache.get(name) if version is not None else None
    if count is None:
        count = comment_totals(article).approved
        if version is not None:
            cache.set(name, count, settings.PAGE_CACHE_SECONDS * 3)
    return {"count": count}
