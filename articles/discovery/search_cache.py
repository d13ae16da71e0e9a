"""Search results kept for a while: a query asked again costs no search.

A breaking story sends many readers to the same query. Its rendered results
are kept in the shared cache for ``SEARCH_CACHE_SECONDS``, keyed by the
query, the page and a version that every change to an article bumps, so a
published, edited or withdrawn article shows in the next search at once,
and never past the moment the next scheduled article goes live.
"""

import hashlib
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.core.paginator import Paginator
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from ..page_cache.keys import ARTICLES, current_versions
from ..page_cache.schedule import next_scheduled_time
from .search import search_articles, uses_full_text, with_snippets

_TEMPLATE = "articles/includes/_search_results.html"


def cached_results(*, query: str, page: str) -> SafeString:
    """The results block for ``query`` and ``page``: count, results, page links."""
    # The page cache's "articles" key: every change to an article or its
    # taxonomy bumps it (articles.page_cache.receivers).
    version = current_versions([ARTICLES])[ARTICLES]
    digest = hashlib.sha256(f"{version}\0{query}\0{page}".encode()).hexdigest()
    key = f"discovery:search:{digest}"
    # An unknown version (the cache did not answer) trusts nothing kept.
    kept = cache.get(key) if version is not None else None
    now = timezone.now()
    if kept is None or now >= kept[1]:
        html = _render(query=query, page=page)
        # A scheduled article going live changes no row: the kept results
        # end when the next one is due, as well as after the usual time.
        until = now + timedelta(seconds=settings.SEARCH_CACHE_SECONDS)
        due = next_scheduled_time()
        kept = (html, min(until, due) if due else until)
        if version is not None:
            cache.set(key, kept, settings.SEARCH_CACHE_SECONDS)
    # Rendered by our own template, whose every variable was escaped.
    return mark_safe(kept[0])


def _render(*, query: str, page: str) -> str:
    paginator = Paginator(search_articles(query=query), settings.ARTICLES_PER_PAGE)
    page_obj = paginator.get_page(page)
    context = {
        "query": query,
        "page_obj": page_obj,
        "articles": with_snippets(page_obj.object_list, query=query),
        "full_text": uses_full_text(),
        "message": "",
    }
    if not paginator.count:
        context["message"] = _("Tidak ada artikel yang cocok dengan “%(query)s”.") % {
            "query": query
        }
    return render_to_string(_TEMPLATE, context)
