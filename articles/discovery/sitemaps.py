"""Sitemaps for search engines: pages readers can open, and the latest news.

Tags and sources are listed only when they have a published article, so a
tag made for an embargoed story does not give the story away.
"""

from datetime import timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.db.models import Exists, Max, OuterRef, Q, Subquery
from django.utils import timezone

from ..models import Article, Category, Source, Tag

NEWS_DAYS = 2
# Google News reads at most this many entries from a news sitemap.
NEWS_LIMIT = 1000


class _SiteUrlSitemap(Sitemap):
    """Builds absolute URLs on ``SITE_URL`` when it is set, else on the request."""

    def get_protocol(self, protocol=None):
        if settings.SITE_URL:
            return urlsplit(settings.SITE_URL).scheme
        return super().get_protocol(protocol)

    def get_domain(self, site=None):
        if settings.SITE_URL:
            parts = urlsplit(settings.SITE_URL)
            return parts.netloc + parts.path.rstrip("/")
        return super().get_domain(site)


class ArticleSitemap(_SiteUrlSitemap):
    changefreq = "daily"
    priority = 0.8

    def items(self):
        return (
            Article.objects.published()
            .only("slug", "publication_date", "published_at", "updated_at")
            .order_by("-published_at", "-id")
        )

    def lastmod(self, item):
        return item.updated_at


def _latest_update(relation: str):
    """The newest update time among a taxonomy item's published articles."""
    published = Article.objects.published()
    return Subquery(
        published.filter(**{relation: OuterRef("pk")})
        .order_by()
        .values(relation)
        .annotate(latest=Max("updated_at"))
        .values("latest")[:1]
    )


class _TaxonomySitemap(_SiteUrlSitemap):
    changefreq = "hourly"
    priority = 0.5
    model = None
    relation = ""

    def items(self):
        published = Article.objects.published().filter(**{self.relation: OuterRef("pk")})
        return (
            self.model.objects.annotate(latest_update=_latest_update(self.relation))
            .filter(self._listed(published))
            .only("slug")
            .order_by("pk")
        )

    def _listed(self, published):
        return Exists(published)

    def lastmod(self, item):
        return item.latest_update


class CategorySitemap(_TaxonomySitemap):
    """Every category: the desks are in the masthead even before their first story."""

    model = Category
    relation = "category"

    def _listed(self, published):
        return Q()


class TagSitemap(_TaxonomySitemap):
    model = Tag
    relation = "tags"


class SourceSitemap(_TaxonomySitemap):
    model = Source
    relation = "source"


SITEMAPS = {
    "articles": ArticleSitemap,
    "categories": CategorySitemap,
    "tags": TagSitemap,
    "sources": SourceSitemap,
}


def news_articles():
    """Published articles of the last ``NEWS_DAYS`` days, newest first."""
    since = timezone.now() - timedelta(days=NEWS_DAYS)
    return (
        Article.objects.published()
        .filter(published_at__gte=since)
        .only("title", "slug", "publication_date", "published_at")
        .order_by("-published_at", "-id")[:NEWS_LIMIT]
    )
