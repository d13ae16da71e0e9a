"""A live report as schema.org ``LiveBlogPosting``, for search engines' "LIVE" badge."""

import html

from django.utils.html import strip_tags

from ..discovery.structured_data import absolute_url, news_article_data
from .models import LiveEntry


def live_blog_data(article, entries, *, request=None) -> dict:
    """The article's ``NewsArticle`` data as a ``LiveBlogPosting`` with ``entries``.

    ``coverageStartTime`` is the report's publication, ``coverageEndTime``
    the moment it was ended (absent while it runs); each entry shown on the
    page is a ``BlogPosting`` in ``liveBlogUpdate``, newest first.
    """
    data = news_article_data(article, request=request)
    data["@type"] = "LiveBlogPosting"
    data["coverageStartTime"] = article.published_at.isoformat()
    if article.live_ended_at:
        data["coverageEndTime"] = article.live_ended_at.isoformat()
    page_url = data["url"]
    data["liveBlogUpdate"] = [_update(entry, page_url) for entry in entries or ()]
    return data


def _update(entry: LiveEntry, page_url: str) -> dict:
    return {
        "@type": "BlogPosting",
        "headline": entry.summary(110),
        "articleBody": " ".join(html.unescape(strip_tags(entry.body)).split()),
        "datePublished": entry.posted_at.isoformat(),
        "dateModified": entry.updated_at.isoformat(),
        "url": absolute_url(f"{page_url}#{entry.anchor}"),
    }
