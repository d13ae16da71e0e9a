"""Reading pages: home, article, and the category, tag and source listings."""

import datetime
import sys
from dataclasses import dataclass

from django.conf import settings
from django.core.paginator import Paginator
from django.db import InterfaceError, OperationalError
from django.db.models import F, Prefetch, Window
from django.db.models.functions import RowNumber
from django.http import Http404, HttpResponse, HttpResponseServerError, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.template import loader
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from django.views.decorators.csrf import requires_csrf_token

from .discovery.related import LISTED_FIELDS, related_articles, with_published_links
from .models import Article, Category, Source, Tag
from .page_cache.decorators import add_page_keys, public_page
from .page_cache.keys import ARTICLES, COMMENT_LISTS, article_key
from .page_cache.personal import is_personal
from .page_cache.shared_data import kept_until_articles_change


@public_page(keys=(ARTICLES, COMMENT_LISTS))
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
        },
    )


def _visible_articles(request):
    """Published articles, or every article for staff who may edit them (preview)."""
    if not is_personal(request):
        return Article.objects.published()
    if request.user.is_authenticated and request.user.has_perm("articles.change_article"):
        return Article.objects.all()
    return Article.objects.published()


@public_page
def article_detail(request, year, month, day, slug):
    """One article; drafts and scheduled articles only as a staff preview."""
    try:
        date = datetime.date(year, month, day)
    except (ValueError, OverflowError) as exc:
        # The URL's year is any run of digits: one past the C long range
        # overflows rather than failing as an impossible date.
        raise Http404 from exc
    host = request.get_host()
    if is_personal(request):
        article = _article_for_page(_visible_articles(request), date, slug, host)
    else:
        # The same for every reader without a session (SITE_URL names the
        # links' host, or the request's host is part of the name).
        origin = "" if settings.SITE_URL else host
        article = kept_until_articles_change(
            request,
            f"article:{date.isoformat()}:{slug}:{origin}",
            lambda: _article_for_page(Article.objects.published(), date, slug, host),
        )
    if article is None:
        raise Http404
    add_page_keys(request, [article_key(article.pk)])
    return render(
        request,
        "articles/article_detail.html",
        {
            "article": article,
            "is_preview": not article.is_published,
            "related_articles": article.related_articles,
        },
    )


def _article_for_page(articles, date, slug, host):
    """The article at ``date``/``slug`` among ``articles``, with what its page shows.

    Its tags and related articles are read, and its body keeps links only
    to articles readers can open. None when there is no such article.
    """
    article = (
        articles.select_related("category", "source", "editor__editor_profile", "featured_photo")
        .prefetch_related(
            "tags",
            Prefetch(
                "related",
                queryset=Article.objects.published()
                .select_related("category", "featured_photo")
                .only(*LISTED_FIELDS),
                to_attr="published_related",
            ),
        )
        .filter(publication_date=date, slug=slug)
        .first()
    )
    if article is None:
        return None
    # This instance is only rendered, never saved.
    article.body = with_published_links(article.body, host=host)
    article.related_articles = related_articles(article)
    return article


@dataclass(frozen=True)
class _Listing:
    """What sets one kind of listing page apart from the others."""

    model: type
    # The Article lookup that selects the listing's articles.
    lookup: str
    kind_label: str
    # Formats of %(name)s (the subject's) and %(site)s; a subject's own
    # description, where it has one, stands before the default.
    title: str
    description: str


_LISTINGS = {
    "category": _Listing(
        Category,
        "category",
        _lazy("Kategori"),
        "%(name)s",
        _lazy("Berita %(name)s terbaru di %(site)s."),
    ),
    "tag": _Listing(
        Tag,
        "tags",
        _lazy("Tag"),
        _lazy("Tag: %(name)s"),
        _lazy("Kumpulan berita tentang %(name)s di %(site)s."),
    ),
    "source": _Listing(
        Source,
        "source",
        _lazy("Sumber"),
        _lazy("Sumber: %(name)s"),
        _lazy("Artikel %(site)s yang bersumber dari %(name)s."),
    ),
}


@public_page
def listing(request, slug, kind):
    """A category, tag or source page: its published articles, newest first, paginated."""
    spec = _LISTINGS[kind]
    subject = get_object_or_404(spec.model, slug=slug)
    articles = Article.objects.published().filter(**{spec.lookup: subject}).for_listing()
    paginator = Paginator(articles, settings.ARTICLES_PER_PAGE)
    page = paginator.get_page(request.GET.get("page"))
    names = {"name": subject.name, "site": settings.SITE_NAME}
    context = {
        "kind": kind,
        "kind_label": spec.kind_label,
        "subject": subject,
        "title": spec.title % names,
        "description": getattr(subject, "description", "") or spec.description % names,
        "page_obj": page,
        "articles": page.object_list,
    }
    return render(request, "articles/listing.html", context)


def csrf_failure(request, reason=""):
    """403 for a form whose anti-forgery check failed: Indonesian, or JSON when asked.

    The page says what to do (reload, enable cookies), never why in Django's
    words: ``reason`` is for the logs, not for readers.
    """
    message = _(
        "Formulir tidak dapat diproses karena pemeriksaan keamanannya gagal. "
        "Muat ulang halaman, pastikan cookie diizinkan, lalu kirim lagi."
    )
    if "application/json" in request.headers.get("Accept", ""):
        return JsonResponse({"error": str(message)}, status=403)
    heading = _("Formulir tidak terkirim")
    return render(request, "error.html", {"heading": heading, "message": message}, status=403)


@requires_csrf_token
def page_not_found(request, exception):
    return render(request, "404.html", status=404)


@requires_csrf_token
def server_error(request):
    """500, or 503 with ``Retry-After`` when what failed is the database.

    Rendered without the request: no context processor may touch the
    database, which may be what failed. During a database outage, pages kept
    in the shared cache are still served (they need no query); whatever needs
    the database answers 503 until it is back, and connections are checked
    before reuse (``CONN_HEALTH_CHECKS``), so the site recovers by itself.
    """
    if isinstance(sys.exc_info()[1], (OperationalError, InterfaceError)):
        if "application/json" in request.headers.get("Accept", ""):
            message = _("Layanan sementara tidak tersedia. Coba lagi sebentar lagi.")
            response = JsonResponse({"error": str(message)}, status=503)
        else:
            response = HttpResponse(loader.get_template("503.html").render(), status=503)
        response["Retry-After"] = "10"
        response["Cache-Control"] = "no-store"
        return response
    return HttpResponseServerError(loader.get_template("500.html").render())
