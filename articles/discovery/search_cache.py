"""Search results kept for a while: a query asked again costs no search.

A breaking story sends many readers to the same query. Its rendered results
are a fragment of the search page (``portal.page_cache.pages.kept``), kept
for ``SEARCH_CACHE_SECONDS`` under the ``articles`` key, so a published,
edited or withdrawn article shows in the next search at once, and never
past the moment the next scheduled article goes live.
"""

from django.conf import settings
from django.core.paginator import Paginator
from django.template.loader import render_to_string
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from portal.page_cache.pages import add_page_keys, kept, page_accepts

from ..page_keys import ARTICLES, CATEGORIES
from .search import search_articles, uses_full_text, with_snippets

_TEMPLATE = "articles/includes/_search_results.html"


def cached_results(request, *, query: str, page: str) -> SafeString:
    """The results block for ``query`` and ``page``: count, results, page links."""

    def build():
        add_page_keys(request, [ARTICLES, CATEGORIES])
        return _render(query=query, page=page)

    # The page cache keeps it under a digest of the name, whatever the query holds.
    name = f"search:{query}\0{page}"
    html, pages = kept(request, name, build, seconds=settings.SEARCH_CACHE_SECONDS)
    page_accepts(request, page=range(2, pages + 1))
    # Rendered by our own template, whose every variable was escaped.
    return mark_safe(html)


def _render(*, query: str, page: str) -> tuple[str, int]:
    paginator = Paginator(search_articles(query=query), settings.ARTICLES_PER_PAGE)
    page_obj = paginator.get_page(page)
    context = {
        "query": query,
        "page_obj": page_obj,
        "articles": with_snippets(page_obj.object_list, query=query),
        "full_text": uses_full_text(),
        # Full-text search ranks only the newest matches.
        "more": uses_full_text() and paginator.count >= settings.SEARCH_CANDIDATES,
        "message": "",
    }
    if not paginator.count:
        context["message"] = _("Tidak ada artikel yang cocok dengan “%(query)s”.") % {
            "query": query
        }
    return render_to_string(_TEMPLATE, context), paginator.num_pages
