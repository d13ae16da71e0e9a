"""``{% load photos %}``: library photos on pages.

- ``{% picture photo sizes="card" eager=False css_class="" picture_class="" %}``:
  the ``<picture>`` (``css_class`` on its ``<img>``, ``picture_class`` on itself).
- ``{% photo_figure photo sizes="article" eager=True %}``: with caption and credit.
- ``{{ body|with_photos }}``: an article body's library photos expanded.
- ``{% photo_share_meta photo %}``: ``og:image`` and ``twitter:image`` tags.

``sizes`` is a layout name ("article", "lead", "card", "thumbnail") or a
literal ``sizes`` attribute.
"""

from django import template
from django.utils.html import format_html_join
from django.utils.safestring import SafeString, mark_safe

from ...discovery.structured_data import absolute_url
from .. import body, markup

register = template.Library()


def _layout(sizes: str) -> dict:
    """A layout name's ``sizes`` and widest useful rendition; a literal ``sizes`` as given."""
    if sizes in markup.LAYOUTS:
        value, max_width = markup.LAYOUTS[sizes]
        return {"sizes": value, "max_width": max_width}
    return {"sizes": sizes}


@register.simple_tag
def picture(photo, sizes="card", eager=False, css_class="", picture_class="") -> SafeString:
    return markup.picture_html(
        photo,
        eager=bool(eager),
        css_class=css_class,
        picture_class=picture_class,
        **_layout(sizes),
    )


@register.simple_tag
def photo_figure(photo, sizes="article", eager=False, css_class="") -> SafeString:
    return markup.figure_html(photo, eager=bool(eager), css_class=css_class, **_layout(sizes))


@register.filter(is_safe=True)
def with_photos(html) -> SafeString:
    """An article body (sanitized when saved) with its library photos as ``<picture>``."""
    return body.with_photos(str(html))


@register.simple_tag(takes_context=True)
def photo_share_meta(context, photo) -> SafeString:
    """Open Graph and Twitter image tags: an absolute URL of a JPEG at least 1200 px wide."""
    share = photo.share_rendition() if photo is not None else None
    if share is None:
        return mark_safe("")
    url = absolute_url(photo.url(share), request=context.get("request"))
    tags = [
        ("property", "og:image", url),
        ("property", "og:image:type", "image/jpeg"),
        ("property", "og:image:width", share["width"]),
        ("property", "og:image:height", share["height"]),
        ("property", "og:image:alt", photo.alt_text),
        ("name", "twitter:image", url),
        ("name", "twitter:image:alt", photo.alt_text),
    ]
    return mark_safe(format_html_join("\n", '<meta {}="{}" content="{}">', tags) + "\n")
