"""Pages through which readers and other sites find articles: search,
the news sitemap and robots.txt (feeds and the sitemap are classes of
django.contrib, wired in ``discovery_urls``)."""

from io import StringIO

from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.xmlutils import SimplerXMLGenerator
from django.views.decorators.http import require_safe

from ..page_cache.decorators import public_page
from ..rate_limit import seconds_to_wait, too_many_requests
from .search import clean_query
from .search_cache import cached_results
from .sitemaps import news_articles
from .structured_data import absolute_url

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9"


@require_safe
def search(request):
    """``/cari/?q=``: published articles matching the query, best first.

    An empty or overlong query answers 200 with a message rather than an
    error: a reader who pressed the button early deserves a sentence. Each
    client may search ``SEARCH_RATE_LIMIT`` times; beyond, 429 with the
    seconds left in its window. The same query and page asked again within
    ``SEARCH_CACHE_SECONDS`` is answered from the cache without searching.
    """
    retry_after = seconds_to_wait(
        request, group="discovery.search", rate=settings.SEARCH_RATE_LIMIT
    )
    if retry_after:
        return too_many_requests(request, retry_after=retry_after)
    return _search_page(request)


@public_page
def _search_page(request):
    query = clean_query(request.GET.get("q", ""))
    message = ""
    if not query:
        message = _("Tulis kata yang ingin dicari.")
    elif len(query) > settings.SEARCH_MAX_QUERY_LENGTH:
        message = _("Kata pencarian terlalu panjang: paling banyak %(max)d karakter.") % {
            "max": settings.SEARCH_MAX_QUERY_LENGTH
        }
    if message:
        results = render_to_string("articles/includes/_search_results.html", {"message": message})
    else:
        results = cached_results(query=query, page=request.GET.get("page", ""))
    context = {"query": query, "searched": not message, "results": results}
    return render(request, "articles/search.html", context)


@require_safe
@public_page
def news_sitemap(request):
    """``/sitemap-news.xml``: the last two days' articles in Google News format."""
    out = StringIO()
    xml = SimplerXMLGenerator(out, "utf-8")
    xml.startDocument()
    xml.startElement("urlset", {"xmlns": SITEMAP_NS, "xmlns:news": NEWS_NS})
    for article in news_articles():
        xml.startElement("url", {})
        xml.addQuickElement("loc", absolute_url(article.get_absolute_url(), request=request))
        xml.startElement("news:news", {})
        xml.startElement("news:publication", {})
        xml.addQuickElement("news:name", settings.SITE_NAME)
        xml.addQuickElement("news:language", "id")
        xml.endElement("news:publication")
        xml.addQuickElement("news:publication_date", article.published_at.isoformat())
        xml.addQuickElement("news:title", article.title)
        xml.endElement("news:news")
        xml.endElement("url")
    xml.endElement("urlset")
    xml.endDocument()
    return HttpResponse(out.getvalue(), content_type="application/xml; charset=utf-8")


@require_safe
@public_page
def robots_txt(request):
    """``/robots.txt``: where the sitemaps are; search pages are not for crawling.

    The admin is not named here (that would publish its address); its pages
    send ``X-Robots-Tag: noindex`` instead.
    """
    context = {
        "sitemaps": [
            absolute_url(reverse("discovery:sitemap"), request=request),
            absolute_url(reverse("discovery:news-sitemap"), request=request),
        ],
    }
    return render(request, "robots.txt", context, content_type="text/plain; charset=utf-8")
