""" "Pratinjau": the article page as readers will see it, from the form as it is now.

The form is posted (the "Pratinjau" button opens a new tab); nothing is
saved. The form's values are laid over the stored article in memory, the
body is cleaned as a save would clean it, and the reader's own template
renders it: tags, related articles and "Baca:" links from what the form
says. A new article has no id yet: it gets id 0, which no row has, so its
poll and comments read as empty; one without a slug shows the address its
title gives. The answer is private and never kept.
"""

from django.shortcuts import render
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.text import slugify

from ..discovery.related import LISTED_FIELDS, related_articles, with_published_links
from ..live.reading import report_context
from ..models import Article, Tag

UNSAVED_ID = 0


def preview_response(request, form):
    """The reader's page of the article in ``form`` (bound; its errors are ignored)."""
    form.is_valid()
    article = form.instance
    if article.pk is None:
        article.pk = UNSAVED_ID
        article.created_at = article.updated_at = timezone.now()
    # An address to show (canonical link, sharing): the one the title gives.
    article.slug = article.slug or slugify(article.title) or "pratinjau"
    article.clean_for_storage()
    cleaned = getattr(form, "cleaned_data", {})
    tags = cleaned.get("tags")
    if tags is None:
        tags = article.tags.all() if article.pk != UNSAVED_ID else Tag.objects.none()
    related = cleaned.get("related")
    if related is None:
        related = article.related.all() if article.pk != UNSAVED_ID else Article.objects.none()
    published_related = list(
        related.model.objects.published()
        .filter(pk__in=related.values("pk"))
        .select_related("category", "featured_photo")
        .only(*LISTED_FIELDS)
    )
    article._prefetched_objects_cache = {"tags": tags.order_by("name")}
    article.published_related = published_related
    article.body = with_published_links(article.body, host=request.get_host())
    context = {
        "article": article,
        "is_preview": True,
        "preview_unsaved": True,
        "related_articles": related_articles(article),
    }
    if article.is_live and article.pk != UNSAVED_ID:
        # The report's stored entries, as readers see them; a preview never asks for more.
        context.update(report_context(request, article), live_polls=False)
    response = render(request, "articles/article_detail.html", context)
    add_never_cache_headers(response)
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response
