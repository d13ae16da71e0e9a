"""Template tags of live reports: their JSON-LD."""

from django import template

from ...discovery.structured_data import json_for_script
from ..structured_data import live_blog_data

register = template.Library()


@register.simple_tag(takes_context=True)
def live_blog_jsonld(context, article, entries):
    """The live report's ``LiveBlogPosting`` JSON, escaped for a <script> element."""
    return json_for_script(live_blog_data(article, entries, request=context.get("request")))


@register.inclusion_tag("admin/articles/liveentry/_panel.html", takes_context=True)
def live_desk_panel(context, article):
    """The "Tambah pembaruan" panel on a live report's admin page."""
    from ..admin import panel_context

    request = context["request"]
    return {
        **panel_context(article, request.user),
        "request": request,
        "csrf_token": context.get("csrf_token"),
    }
