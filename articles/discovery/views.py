"""Pages through which readers and other sites find articles: search,
the news sitemap and robots.txt (feeds and the sitemap are classes of
django.contrib, wired in ``discovery_urls``)."""

from io import StringIO

from django.conf import settings
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.xmlutils import SimplerXMLGenerator
from django.views.decorators.http import require_GET

from .search import clean_query, search_articles, uses_full_text, with_snippets
from .sitemaps import news_articles
from .structured_data import absolute_url

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9"


@require_GET
def search(request):
    """``/cari/?q=``: published articles matching the query, best first.

    An empty or overlong query answers 200 with a message rather than an
    error: a reader who pressed the button early deserves a sentence.
    """
    query = clean_query(request.GET.get("q", ""))
    context = {"query": query, "page_obj": None, "articles": [], "message": ""}
    if not query:
        context["message"] = _("Tulis kata yang ingin dicari.")
    elif len(query) > settings.SEARCH_MAX_QUERY_LENGTH:
        context["message"] = _(
            "Kata pencarian terlalu panjang: paling banyak %(max)d karakter."
        ) % {"max": settings.SEARCH_MAX_QUERY_LENGTH}
    else:
        paginator = Paginator(search_articles(query=query), settings.ARTICLES_PER_PAGE)
        page = paginator.get_page(request.GET.get("page"))
        context["page_obj"] = page
        context["articles"] = with_snippets(page.object_list, query=query)
        context["full_text"] = uses_full_text()
        if not paginator.count:
            context["message"] = _("Tidak ada artikel yang cocok dengan “%(query)s”.") % {
                "query": query
            }
    return render(request, "articles/search.html", context)


@require_GET
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


@require_GET
def robots_txt(request):
    """``/robots.txt``: everything but the admin, and where the sitemaps are."""
    context = {
        "admin_path": "/" + settings.ADMIN_URL.strip("/") + "/",
        "sitemaps": [
            absolute_url(reverse("discovery:sitemap"), request=request),
            absolute_url(reverse("discovery:news-sitemap"), request=request),
        ],
    }
    return render(request, "robots.txt", context, content_type="text/plain; charset=utf-8")
