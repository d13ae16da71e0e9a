"""What other sites read about a page: absolute URLs and JSON-LD ``NewsArticle``."""

import json

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.templatetags.static import static
from django.urls import reverse
from django.utils.safestring import SafeString, mark_safe

from ..models import Article

# A JSON document inside <script> must not be able to close the element or
# open a comment: the same escapes as Django's json_script.
_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def absolute_url(path: str, *, request=None) -> str:
    """``path`` on this site as a full URL.

    Built on ``SITE_URL`` when it is set (the public address behind any
    proxy), otherwise on the request's host.
    """
    if path.startswith(("http://", "https://")):
        return path
    if settings.SITE_URL:
        return settings.SITE_URL.rstrip("/") + path
    if request is not None:
        return request.build_absolute_uri(path)
    return path


def editor_name(article: Article) -> str:
    """The editor as readers may know them: display name, full name, else initials.

    Never the login name: that is an account detail, not a byline.
    """
    user = article.editor
    profile = getattr(user, "editor_profile", None)
    if profile is not None and profile.display_name:
        return profile.display_name
    full_name = user.get_full_name().strip()
    if full_name:
        return full_name
    return profile.initials if profile else settings.SITE_NAME


def author_data(article: Article, *, request=None) -> dict:
    """The article's author as a schema.org ``Person``, with their page when they have one."""
    person = {"@type": "Person", "name": editor_name(article)}
    profile = getattr(article.editor, "editor_profile", None)
    if profile is not None and profile.slug:
        person["url"] = absolute_url(profile.get_absolute_url(), request=request)
    return person


def based_on_url(article: Article) -> str:
    """The page this article republishes, else its source's website, else ""."""
    if article.original_url:
        return article.original_url
    if article.source and article.source.website:
        return article.source.website
    return ""


def news_article_data(article: Article, *, request=None) -> dict:
    """The article as a schema.org ``NewsArticle``.

    Reads only what the article page already loaded (category, source,
    editor and profile, tags, featured photo): no query of its own.
    """
    url = absolute_url(article.get_absolute_url(), request=request)
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "url": url,
        "headline": article.title[:110],
        "description": article.lead,
        "inLanguage": "id",
        "datePublished": article.published_at.isoformat(),
        "dateModified": article.modified_at.isoformat(),
        "author": author_data(article, request=request),
        "publisher": {
            "@type": "Organization",
            "name": settings.SITE_NAME,
            "url": absolute_url(reverse("articles:home"), request=request),
            "logo": {
                "@type": "ImageObject",
                "url": absolute_url(static("img/favicon.svg"), request=request),
            },
        },
        "articleSection": article.category.name if article.category_id else "",
        "keywords": [tag.name for tag in article.tags.all()],
    }
    if article.dateline:
        data["dateline"] = article.dateline
    if article.source:
        organization = {"@type": "Organization", "name": article.source.name}
        if article.source.website:
            organization["url"] = article.source.website
        data["sourceOrganization"] = organization
    based_on = based_on_url(article)
    if based_on:
        data["isBasedOn"] = based_on
    images = photo_urls(article, request=request)
    if images:
        data["image"] = images
    return data


def photo_urls(article: Article, *, request=None) -> list[str]:
    """The featured photo's 16:9, 4:3 and 1:1 crops as absolute URLs; [] without one.

    Reads the photo the article page loaded with the article: no query.
    """
    photo = article.featured_photo if article.featured_photo_id else None
    if photo is None:
        return []
    crops = [photo.crop(ratio) for ratio in ("16x9", "4x3", "1x1")]
    return [absolute_url(photo.url(crop), request=request) for crop in crops if crop]


def json_for_script(data: dict) -> SafeString:
    """``data`` as JSON that is safe inside a <script> element."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    return mark_safe(text.translate(_SCRIPT_ESCAPES))
