"""Links from an article to others: "Baca juga" and the inline "Baca:" links.

Both only ever point at published articles.
"""

import datetime
import re
from urllib.parse import urlsplit

from django.conf import settings
from django.db.models import Exists, OuterRef, Q
from django.urls import Resolver404, resolve

from portal.page_cache.pages import add_page_keys

from ..models import Article
from ..page_keys import ARTICLES, article_key

RELATED_LIMIT = 5
# What a "Baca juga" line shows: not the bodies.
LISTED_FIELDS = (
    "id",
    "title",
    "slug",
    "status",
    "publication_date",
    "published_at",
    # The "LANGSUNG" badge of a live report.
    "is_live",
    "live_ended_at",
    "category__name",
    "category__slug",
    # The thumbnail: what ``{% picture %}`` reads of the photo.
    "featured_photo__alt_text",
    "featured_photo__original",
    "featured_photo__renditions",
)

# Bodies are stored sanitized (articles.sanitize): links come out of bleach's
# serializer as <a href="..."> with double-quoted attributes, never nested.
_LINK = re.compile(r'<a\s[^>]*?href="([^"]*)"[^>]*>(.*?)</a>', re.DOTALL)
# A "Baca:" paragraph holding only a link: dropped whole when the link is dead.
_READ_PARAGRAPH = re.compile(
    r'<p>\s*Baca(?:\s+juga)?\s*:\s*(<a\s[^>]*?href="([^"]*)"[^>]*>.*?</a>)\s*</p>',
    re.DOTALL | re.IGNORECASE,
)


def related_articles(article: Article, *, limit: int = RELATED_LIMIT) -> list[Article]:
    """Up to ``limit`` published articles to read next.

    The editor's chosen related articles come first (newest first), then the
    latest published articles sharing a tag with this one. Expects
    ``article.published_related`` and ``article.tags`` prefetched, as the
    article page does; then costs at most one query.
    """
    chosen = [a for a in _chosen(article) if a.pk != article.pk][:limit]
    tag_ids = [tag.pk for tag in article.tags.all()]
    missing = limit - len(chosen)
    if missing <= 0 or not tag_ids:
        return chosen
    shares_tag = Article.tags.through.objects.filter(article_id=OuterRef("pk"), tag_id__in=tag_ids)
    same_tags = (
        Article.objects.published()
        .filter(Exists(shares_tag))
        .exclude(pk__in=[article.pk, *(a.pk for a in chosen)])
        .select_related("category", "featured_photo")
        .only(*LISTED_FIELDS)
        .order_by("-published_at", "-id")[:missing]
    )
    return chosen + list(same_tags)


def _chosen(article: Article) -> list[Article]:
    prefetched = getattr(article, "published_related", None)
    if prefetched is None:
        prefetched = list(article.related.published())
    return sorted(prefetched, key=lambda a: (a.published_at, a.pk), reverse=True)


def _own_hosts(host: str) -> set[str]:
    """The hosts whose links are this site's.

    With SITE_URL set, never the request's host: the rendering is kept and
    served to readers who came by any of the site's names, so it must not
    depend on which one asked first.
    """
    named = {h for h in settings.ALLOWED_HOSTS if h and h != "*" and not h.startswith(".")}
    hosts = {"", *named}
    if settings.SITE_URL:
        hosts.add(urlsplit(settings.SITE_URL).netloc)
    else:
        hosts.add(host)
    return hosts


def _article_key(href: str, *, host: str) -> tuple[datetime.date | None, str] | None:
    """(publication date, slug) when ``href`` is an article page of this site.

    The date is None when the URL names a day that does not exist: such an
    article can never be published.
    """
    try:
        parts = urlsplit(href)
    except ValueError:  # "http://[": no address at all, so none of ours
        return None
    if parts.scheme not in ("", "http", "https"):
        return None
    own_hosts = _own_hosts(host)
    if parts.netloc not in own_hosts:
        return None
    try:
        match = resolve(parts.path or "/")
    except Resolver404:
        return None
    if match.view_name != "articles:detail":
        return None
    kwargs = match.kwargs
    try:
        day = datetime.date(kwargs["year"], kwargs["month"], kwargs["day"])
    except (ValueError, OverflowError):  # no such day, or a year past any calendar
        day = None
    return day, kwargs["slug"]


def with_published_links(body: str, *, host: str = "", request=None) -> str:
    """``body`` without links to articles that readers cannot open.

    A "Baca:" paragraph whose article is not published (a draft, a scheduled
    article, or one that never existed) is dropped; any other such link is
    unwrapped, its text kept. Links elsewhere are left alone. One query for
    all the links of the body, none when it links to no article. The page
    being rendered for ``request`` depends on each linked article, and on
    the list of published ones while a link is dead (it may come alive).
    """
    keys = {}
    for href, _text in _LINK.findall(body):
        key = _article_key(href, host=host)
        if key:
            keys[href] = key
    if not keys:
        return body
    condition = Q()
    for day, slug in set(keys.values()):
        if day is not None:
            condition |= Q(publication_date=day, slug=slug)
    rows = (
        Article.objects.published().filter(condition).values_list("id", "publication_date", "slug")
        if condition
        else []
    )
    live = {(day, slug): pk for pk, day, slug in rows}
    dead = {href for href, key in keys.items() if key not in live}
    add_page_keys(request, [article_key(pk) for pk in live.values()])
    if not dead:
        return body
    add_page_keys(request, [ARTICLES])
    body = _READ_PARAGRAPH.sub(lambda m: "" if m.group(2) in dead else m.group(0), body)
    return _LINK.sub(lambda m: m.group(2) if m.group(1) in dead else m.group(0), body)
