"""Pages through which readers and other sites find articles: search,
the news sitemap and robots.txt (feeds and the sitemap are classes of
django.contrib, wired in ``discovery_urls``)."""

import datetime
from io import StringIO

from django.conf import settings
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.xmlutils import SimplerXMLGenerator
from django.views.decorators.http import require_safe

from portal.page_cache.pages import ANY, add_page_keys, page_accepts, public_page
from portal.rate_limit import seconds_to_wait, too_many_requests

from ..page_keys import ARTICLES, CATEGORIES, editor_key, source_key, tag_key
from . import sitemaps
from .search import clean_query
from .search_cache import cached_results
from .sitemaps import news_articles
from .structured_data import absolute_url

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9"


def _search_limit(request):
    """429 past ``SEARCH_RATE_LIMIT`` for this client, counted on every search, kept or not."""
    retry_after = seconds_to_wait(
        request, group="discovery.search", rate=settings.SEARCH_RATE_LIMIT
    )
    return too_many_requests(request, retry_after=retry_after) if retry_after else None


@require_safe
@public_page(keys=(ARTICLES,), guard=_search_limit)
def search(request):
    """``/cari/?q=``: published articles matching the query, best first.

    An empty or overlong query answers 200 with a message rather than an
    error: a reader who pressed the button early deserves a sentence. Each
    client may search ``SEARCH_RATE_LIMIT`` times; beyond, 429 with the
    seconds left in its window. A kept page is answered before this view
    runs, and the same query and page asked again within
    ``SEARCH_CACHE_SECONDS`` is answered from the cache without searching.
    """
    return _search_page(request)


def _search_page(request):
    page_accepts(request, q=ANY)
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
        results = cached_results(request, query=query, page=request.GET.get("page", ""))
    context = {"query": query, "searched": not message, "results": results}
    return render(request, "articles/search.html", context)


@require_safe
@public_page(keys=(ARTICLES,))
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


def _xml_response(write) -> HttpResponse:
    out = StringIO()
    xml = SimplerXMLGenerator(out, "utf-8")
    xml.startDocument()
    write(xml)
    xml.endDocument()
    response = HttpResponse(out.getvalue(), content_type="application/xml; charset=utf-8")
    # As django.contrib.sitemaps answers: the sitemap itself is not for results.
    response["X-Robots-Tag"] = "noindex, noodp, noarchive"
    return response


def _lastmod(value) -> str:
    """A W3C date: the local date of a moment, as the pages show dates."""
    if isinstance(value, datetime.datetime):
        value = timezone.localdate(value)
    return value.isoformat()


@public_page(keys=(ARTICLES,))
def sitemap_index(request):
    """``/sitemap.xml``: the index of the sitemap's parts (``sitemaps.index_parts``)."""
    parts = sitemaps.index_parts()

    def write(xml):
        xml.startElement("sitemapindex", {"xmlns": SITEMAP_NS})
        for part in parts:
            xml.startElement("sitemap", {})
            xml.addQuickElement("loc", absolute_url(part.location, request=request))
            if part.lastmod:
                xml.addQuickElement("lastmod", _lastmod(part.lastmod))
            xml.endElement("sitemap")
        xml.endElement("sitemapindex")

    return _xml_response(write)


def _urlset(request, entries) -> HttpResponse:
    """A sitemap part of ``(path, lastmod, changefreq, priority)`` entries."""

    def write(xml):
        xml.startElement("urlset", {"xmlns": SITEMAP_NS})
        for location, lastmod, changefreq, priority in entries:
            xml.startElement("url", {})
            xml.addQuickElement("loc", absolute_url(location, request=request))
            if lastmod:
                xml.addQuickElement("lastmod", _lastmod(lastmod))
            xml.addQuickElement("changefreq", changefreq)
            xml.addQuickElement("priority", priority)
            xml.endElement("url")
        xml.endElement("urlset")

    return _xml_response(write)


@public_page(keys=(ARTICLES,))
def sitemap_articles(request, year, month, part=1):
    """One month's articles (or a numbered part of a big month), oldest first."""
    articles = sitemaps.month_entries(int(year), int(month), int(part))
    if articles is None:
        raise Http404
    return _urlset(
        request,
        ((a.get_absolute_url(), a.modified_at, "daily", "0.8") for a in articles),
    )


@public_page(keys=(ARTICLES, CATEGORIES))
def sitemap_taxonomy(request, kind, part=1):
    """The categories, or the tags, sources or author pages in use (a numbered part of them)."""
    items = sitemaps.taxonomy_entries(kind, int(part))
    if items is None:
        raise Http404
    if kind == "tag":
        add_page_keys(request, [tag_key(item.pk) for item in items])
    elif kind == "sumber":
        add_page_keys(request, [source_key(item.pk) for item in items])
    elif kind == "penulis":
        add_page_keys(request, [editor_key(item.user_id) for item in items])
    return _urlset(
        request,
        (
            (item.get_absolute_url(), getattr(item, "latest", None), "hourly", "0.5")
            for item in items
        ),
    )


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
