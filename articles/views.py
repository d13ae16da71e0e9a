"""Reading pages: home, article, and the category, tag and source listings."""

import datetime

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import F, Prefetch, Window
from django.db.models.functions import RowNumber
from django.http import Http404, HttpResponseServerError, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.template import loader
from django.utils.translation import gettext as _
from django.views.decorators.csrf import requires_csrf_token

from .models import Article, Category, Source, Tag
from .rankings import popular_articles
from .related import related_articles, with_published_links


def home(request):
    """Latest news, then the newest articles of each category."""
    latest = list(Article.objects.published().for_listing()[: settings.HOME_LATEST_COUNT])
    ranked = (
        Article.objects.published()
        .annotate(
            rank=Window(
                RowNumber(),
                partition_by=F("category_id"),
                order_by=[F("published_at").desc(), F("id").desc()],
            )
        )
        .filter(rank__lte=settings.HOME_PER_CATEGORY)
        .for_listing()
        .order_by("category__position", "category__name", "rank")
    )
    sections: dict[int, dict] = {}
    for article in ranked:
        section = sections.setdefault(
            article.category_id, {"category": article.category, "articles": []}
        )
        section["articles"].append(article)
    return render(
        request,
        "articles/home.html",
        {
            "lead_article": latest[0] if latest else None,
            "latest": latest[1:],
            "sections": list(sections.values()),
            "popular": popular_articles(),
        },
    )


def _visible_articles(request):
    """Published articles, or every article for staff who may edit them (preview)."""
    if request.user.is_authenticated and request.user.has_perm("articles.change_article"):
        return Article.objects.all()
    return Article.objects.published()


def article_detail(request, year, month, day, slug):
    """One article; drafts and scheduled articles only as a staff preview."""
    try:
        date = datetime.date(year, month, day)
    except (ValueError, OverflowError) as exc:
        # The URL's year is any run of digits: one past the C long range
        # overflows rather than failing as an impossible date.
        raise Http404 from exc
    article = get_object_or_404(
        _visible_articles(request)
        .select_related("category", "source", "editor__editor_profile")
        .prefetch_related(
            "tags",
            Prefetch(
                "related",
                queryset=Article.objects.published().select_related("category"),
                to_attr="published_related",
            ),
        ),
        publication_date=date,
        slug=slug,
    )
    # The page shows the body with links only to articles readers can open;
    # this instance is only rendered, never saved.
    article.body = with_published_links(article.body, host=request.get_host())
    return render(
        request,
        "articles/article_detail.html",
        {
            "article": article,
            "is_preview": not article.is_published,
            "related_articles": related_articles(article),
        },
    )


def _listing(request, queryset, template, context):
    paginator = Paginator(queryset.for_listing(), settings.ARTICLES_PER_PAGE)
    page = paginator.get_page(request.GET.get("page"))
    return render(request, template, {**context, "page_obj": page, "articles": page.object_list})


def category_detail(request, slug):
    category = get_object_or_404(Category, slug=slug)
    return _listing(
        request,
        Article.objects.published().filter(category=category),
        "articles/category_detail.html",
        {"category": category},
    )


def tag_detail(request, slug):
    tag = get_object_or_404(Tag, slug=slug)
    return _listing(
        request,
        Article.objects.published().filter(tags=tag),
        "articles/tag_detail.html",
        {"tag": tag},
    )


def source_detail(request, slug):
    source = get_object_or_404(Source, slug=slug)
    return _listing(
        request,
        Article.objects.published().filter(source=source),
        "articles/source_detail.html",
        {"source": source},
    )


def rate_limited(request, exception):
    """429 for a client over a rate limit, as JSON when JSON was asked for."""
    message = _("Terlalu banyak permintaan. Silakan tunggu sebentar lalu coba lagi.")
    if "application/json" in request.headers.get("Accept", ""):
        response = JsonResponse({"error": str(message)}, status=429)
    else:
        response = render(request, "429.html", {"message": message}, status=429)
    response["Retry-After"] = "60"
    return response


@requires_csrf_token
def page_not_found(request, exception):
    return render(request, "404.html", status=404)


@requires_csrf_token
def server_error(request):
    # Rendered without the request: no context processor may touch the
    # database, which may be what failed.
    return HttpResponseServerError(loader.get_template("500.html").render())
