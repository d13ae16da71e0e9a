"""``{% share_buttons article %}``: the article's share links (``discovery.share``)."""

from django import template

from ..share import share_links, shared_url
from ..structured_data import absolute_url

register = template.Library()


@register.inclusion_tag("articles/includes/_share.html", takes_context=True)
def share_buttons(context, article):
    canonical = absolute_url(article.get_absolute_url(), request=context.get("request"))
    return {
        "links": share_links(canonical=canonical, title=article.title),
        "copy_url": shared_url(canonical, "salin"),
    }
