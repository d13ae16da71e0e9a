"""What other sites read about a page: canonical and absolute URLs, JSON-LD, descriptions."""

from django import template

from ... import excerpts
from ..structured_data import absolute_url, json_for_script, news_article_data

register = template.Library()


@register.simple_tag(takes_context=True)
def canonical_url(context, obj, page_obj=None):
    """The absolute URL of ``obj``'s page; later pages of a listing keep ``?page=``."""
    url = absolute_url(obj.get_absolute_url(), request=context.get("request"))
    if page_obj is not None and page_obj.number > 1:
        url = f"{url}?page={page_obj.number}"
    return url


@register.simple_tag(takes_context=True)
def site_url(context, path):
    """``path`` (e.g. from ``{% static %}``) as an absolute URL on this site."""
    return absolute_url(path, request=context.get("request"))


@register.simple_tag(takes_context=True)
def article_jsonld(context, article):
    """The article's ``NewsArticle`` JSON, escaped for a <script> element."""
    return json_for_script(news_article_data(article, request=context.get("request")))


@register.filter
def excerpt(markup, limit=160):
    """An article's lead or body as plain text, cut at a word with "…" (``articles.excerpts``)."""
    return excerpts.excerpt(str(markup or ""), int(limit))
