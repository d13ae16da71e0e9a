"""The old WordPress addresses of imported posts answer 301 to the new ones.

- ``/?p=ID`` (and ``/?page_id=ID``, which finds nothing unless the id is
  an imported post's: pages are not imported) on the home page, handled
  before the page cache so that the home page is still one kept rendering
  for every other reader; the home page itself never looks;
- ``/YYYY/MM/DD/slug/`` when Kabar's own article page (the same shape)
  finds nothing: the same slug within a day of that date, since the old
  site may have dated posts in another time zone; the slug is Kabar's, or
  the WordPress one the import kept when Kabar's had to differ (a slug in
  another script);
- ``/YYYY/MM/slug/`` and ``/<category>/<slug>/`` (also nested categories,
  ``/berita/politik/slug/``), the other common WordPress permalinks;
- ``/category/<slug>/``: the category, or the tag a subcategory became.

Each of these shapes first looks for the exact path among the old
permalinks (``articles.permalinks``): an article's address before its date
or slug changed, and the permalink the import kept for a post whose slug
had to change (taken on its date: ``-2``), which the patterns above would
send to the article that holds the slug.

Only published articles are redirect targets. Every lookup is one query or
two, made only for an address no Kabar page answers.
"""

import datetime
from functools import wraps

from django.db.models import Q
from django.http import Http404, HttpResponsePermanentRedirect
from django.urls import reverse

from portal.ids import parse_id
from portal.page_cache.pages import page_accepts

from ..models import Article, Category, Tag
from ..plain_text import CONTROL_CHARACTERS
from .lookup import redirect_if_moved

# First path segments that belong to Kabar: never read as a WordPress category.
RESERVED_PREFIXES = frozenset(
    {
        "kategori",
        "tag",
        "sumber",
        "cari",
        "feed",
        "komentar",
        "tanggapan",
        "admin",
        "static",
        "media",
        "sitemap.xml",
        "sitemap-news.xml",
        "robots.txt",
    }
)
_QUERY_KEYS = ("p", "page_id")


def _is_id(value: str) -> bool:
    """ASCII digits only: ``str.isdigit`` also takes ٣ (Arabic-Indic) and ³."""
    value = value.strip()
    return value.isascii() and value.isdigit()


class _Digits:
    """What the wrapper below answers for itself: a redirect, or 404."""

    def __contains__(self, value) -> bool:
        return _is_id(value)


_IDS = _Digits()


def _moved_to(article: Article | None) -> HttpResponsePermanentRedirect:
    if article is None:
        raise Http404
    return HttpResponsePermanentRedirect(article.get_absolute_url())


def _by_wordpress_id(value: str) -> Article | None:
    wordpress_id = parse_id(value.strip())
    if wordpress_id is None:
        return None
    return Article.objects.published().filter(wordpress_id=wordpress_id).first()


def wordpress_query_ids(view):
    """Wrap the home view: ``/?p=ID`` and ``/?page_id=ID`` go to the article."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        # Each id is a redirect (or a 404) of its own, never a kept page.
        page_accepts(request, **{key: _IDS for key in _QUERY_KEYS})
        if request.META.get("QUERY_STRING") and any(k in request.GET for k in _QUERY_KEYS):
            for key in _QUERY_KEYS:
                value = request.GET.get(key, "")
                if _is_id(value):
                    return _moved_to(_by_wordpress_id(value))
        return view(request, *args, **kwargs)

    return wrapper


def _near(slug: str, first: datetime.date, last: datetime.date) -> Article | None:
    """The published article with ``slug`` dated within a day of ``first``..``last``.

    ``slug`` is Kabar's, or the one the post had on WordPress when Kabar's
    had to differ (``Article.wordpress_slug``), as given or in small letters:
    a link typed or shared with capitals ("/NATO-Rusia-…/") still leads there.
    """
    if CONTROL_CHARACTERS.search(slug):
        return None
    one_day = datetime.timedelta(days=1)
    slugs = sorted({slug, slug.lower()})
    return (
        Article.objects.published()
        .filter(Q(slug__in=slugs) | Q(wordpress_slug__in=slugs))
        .filter(publication_date__range=(first - one_day, last + one_day))
        .order_by("publication_date", "id")
        .first()
    )


def wordpress_dated_fallback(view):
    """Wrap the article view: when it finds nothing, look for a WordPress-dated address."""

    @wraps(view)
    def wrapper(request, year, month, day, slug, **kwargs):
        try:
            return view(request, year=year, month=month, day=day, slug=slug, **kwargs)
        except Http404:
            try:
                date = datetime.date(year, month, day)
            except (ValueError, OverflowError):
                raise Http404 from None
            article = _near(slug, date, date)
            if article is None or article.get_absolute_url() == request.path:
                raise
            return _moved_to(article)

    return wrapper


def post_by_wordpress_slug(request, year, month, day, slug):
    """``/YYYY/MM/DD/<slug>/`` with a slug no Kabar article has the shape of.

    A WordPress slug in another script (Kabar's slugs are ASCII), which the
    import kept beside the article.
    """
    if moved := redirect_if_moved(request.path):
        return moved
    try:
        date = datetime.date(year, month, day)
    except (ValueError, OverflowError):
        raise Http404 from None
    return _moved_to(_near(slug, date, date))


def post_by_month(request, year, month, slug):
    """``/YYYY/MM/slug/``: a WordPress permalink without the day."""
    if moved := redirect_if_moved(request.path):
        return moved
    try:
        first = datetime.date(year, month, 1)
        last = (first + datetime.timedelta(days=31)).replace(day=1) - datetime.timedelta(days=1)
    except (ValueError, OverflowError):
        raise Http404 from None
    return _moved_to(_near(slug, first, last))


def post_by_category(request, category_path, slug):
    """``/<category>/<slug>/`` (and nested categories), or a ``/category/<slug>/`` archive."""
    segments = category_path.split("/")
    if segments[0] in RESERVED_PREFIXES:
        raise Http404
    if moved := redirect_if_moved(request.path):
        return moved
    if segments[0] == "category":
        return _category_archive(slug)
    candidates = list(
        Article.objects.published()
        .filter(slug=slug)
        .select_related("category")
        .order_by("-published_at", "-id")[:20]
    )
    filed = [a for a in candidates if a.category and a.category.slug in segments]
    return _moved_to((filed or candidates or [None])[0])


def _category_archive(slug: str) -> HttpResponsePermanentRedirect:
    if Category.objects.filter(slug=slug).exists():
        return HttpResponsePermanentRedirect(reverse("articles:category", kwargs={"slug": slug}))
    if Tag.objects.filter(slug=slug).exists():
        return HttpResponsePermanentRedirect(reverse("articles:tag", kwargs={"slug": slug}))
    raise Http404
