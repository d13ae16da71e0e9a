"""Reading pages: home, article, and the category, tag and source listings."""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.db import connection
from django.db.models import F, Prefetch, Window
from django.db.models.functions import RowNumber
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _lazy

from portal.page_cache.pages import add_page_keys, is_personal, kept, page_accepts, public_page

from .discovery.related import LISTED_FIELDS, related_articles, with_published_links
from .live.reading import report_context
from .models import Article, Category, EditorProfile, Source, Tag
from .page_keys import ARTICLES, article_key, editor_key, source_key, tag_key
from .pagination import DeferredJoinPaginator


@public_page(keys=(ARTICLES,))
def home(request):
    """Latest news, then the newest articles of each category."""
    latest = list(Article.objects.published().for_listing()[: settings.HOME_LATEST_COUNT])
    return render(
        request,
        "articles/home.html",
        {
            "lead_article": latest[0] if latest else None,
            "latest": latest[1:],
            "sections": _category_sections(),
        },
    )


def _category_sections() -> list[dict]:
    """Each category with its ``HOME_PER_CATEGORY`` newest articles, in the masthead's order.

    A fixed number of queries however big the archive: the categories, the
    newest ids of each (one query), the articles and their tags.
    """
    categories = list(Category.objects.all())
    by_category: dict[int, list[Article]] = {}
    for article in (
        Article.objects.filter(pk__in=_newest_ids(categories))
        .for_listing()
        .order_by("-published_at", "-id")
    ):
        by_category.setdefault(article.category_id, []).append(article)
    return [
        {"category": category, "articles": by_category[category.pk]}
        for category in categories
        if category.pk in by_category
    ]


def _newest_ids(categories) -> list[int]:
    """The ids of each category's newest published articles, in one query.

    On PostgreSQL a UNION of one LIMIT per category, each read from the
    (category, status, published_at, id) index; where a compound query
    cannot be limited part by part (SQLite), a window over the published
    articles, which is what a small database can afford.
    """
    if not categories:
        return []
    per_category = settings.HOME_PER_CATEGORY
    published = Article.objects.published().order_by("-published_at", "-id")
    if connection.features.supports_slicing_ordering_in_compound:
        parts = [
            published.filter(category=category).values_list("pk", flat=True)[:per_category]
            for category in categories
        ]
        return list(parts[0].union(*parts[1:], all=True)) if len(parts) > 1 else list(parts[0])
    ranked = published.annotate(
        rank=Window(
            RowNumber(),
            partition_by=F("category_id"),
            order_by=[F("published_at").desc(), F("id").desc()],
        )
    )
    return list(ranked.filter(rank__lte=per_category).values_list("pk", flat=True))


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
        article = _article_for_page(_visible_articles(request), date, slug, host, request)
    else:
        # The same for every reader without a session (SITE_URL names the
        # links' host, or the request's host is part of the name).
        origin = "" if settings.SITE_URL else host
        article = kept(
            request,
            f"article:{date.isoformat()}:{slug}:{origin}",
            lambda: _article_for_page(Article.objects.published(), date, slug, host, request),
            seconds=settings.PAGE_CACHE_SECONDS * 3,
        )
    if article is None:
        raise Http404
    context = {
        "article": article,
        "is_preview": not article.is_published,
        "related_articles": article.related_articles,
        # The menu marks the article's section: not the page itself, so "true".
        "current_category_slug": article.category.slug if article.category_id else "",
        "current_category_aria": "true",
    }
    if article.is_live:
        context.update(report_context(request, article))
    return render(request, "articles/article_detail.html", context)


def _article_for_page(articles, date, slug, host, request):
    """The article at ``date``/``slug`` among ``articles``, with what its page shows.

    Its tags and related articles are read, and its body keeps links only
    to articles readers can open; the page declares the keys of them all.
    None when there is no such article.
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
    article.body = with_published_links(article.body, host=host, request=request)
    article.related_articles = related_articles(article)
    add_page_keys(
        request,
        [
            article_key(article.pk),
            *(tag_key(tag.pk) for tag in article.tags.all()),
            *(article_key(shown.pk) for shown in article.related_articles),
            *([source_key(article.source_id)] if article.source_id else []),
            *([editor_key(article.editor_id)] if article.editor_id else []),
        ],
    )
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
    "author": _Listing(
        EditorProfile,
        "editor__editor_profile",
        _lazy("Penulis"),
        "%(name)s",
        _lazy("Artikel %(name)s di %(site)s."),
    ),
}


@public_page(keys=(ARTICLES,))
def listing(request, slug, kind):
    """A category, tag or source page: its published articles, newest first, paginated."""
    spec = _LISTINGS[kind]
    subject = spec.model.objects.filter(slug=slug).first()
    if subject is None:
        # An address typed or shared with capitals ("/kategori/Nasional/").
        lower = slug.lower()
        found = spec.model.objects.filter(slug=lower).first() if lower != slug else None
        if found is None:
            raise Http404
        return redirect(found.get_absolute_url(), permanent=True)
    if kind == "author":
        add_page_keys(request, [editor_key(subject.user_id)])
        # By the editor's id: the profile's join is not needed to filter.
        articles = Article.objects.published().filter(editor_id=subject.user_id).for_listing()
    else:
        if kind != "category":  # categories are on every page already
            add_page_keys(request, [f"{kind}-{subject.pk}"])
        articles = Article.objects.published().filter(**{spec.lookup: subject}).for_listing()
    paginator = DeferredJoinPaginator(articles, settings.ARTICLES_PER_PAGE)
    page = paginator.get_page(request.GET.get("page"))
    page_accepts(request, page=range(2, paginator.num_pages + 1))
    names = {"name": subject.name, "site": settings.SITE_NAME}
    context = {
        "kind": kind,
        "kind_label": spec.kind_label,
        "subject": subject,
        "title": spec.title % names,
        "description": getattr(subject, "description", "") or spec.description % names,
        "page_obj": page,
        "articles": page.object_list,
        "current_category_slug": subject.slug if kind == "category" else "",
    }
    return render(request, "articles/listing.html", context)
