"""RSS 2.0 feeds: the latest articles, site-wide and per category."""

import html
import uuid

from django.conf import settings
from django.contrib.sites.shortcuts import get_current_site
from django.contrib.syndication.views import Feed, add_domain
from django.db.models import OuterRef, Subquery
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Enclosure, Rss201rev2Feed
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from portal.page_cache.pages import add_page_keys

from ..live.models import LiveEntry
from ..models import Article, Category
from ..page_keys import ARTICLES, CATEGORIES, article_key, editor_key, source_key, tag_key
from .structured_data import absolute_url, editor_name

FEED_LENGTH = 20


class _CreditedRssFeed(Rss201rev2Feed):
    """RSS 2.0 whose items credit the outlet they come from in <source>."""

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        # RSS 2.0 requires the outlet's address; a source without a website
        # (the newsroom itself) is credited in the description alone.
        if item.get("source_name") and item.get("source_url"):
            handler.addQuickElement("source", item["source_name"], {"url": item["source_url"]})


class LatestArticlesFeed(Feed):
    """The newest published articles of the whole site."""

    feed_type = _CreditedRssFeed
    language = "id"

    def title(self, obj=None):
        return _("%(site)s: berita terkini") % {"site": settings.SITE_NAME}

    def link(self, obj=None):
        return absolute_url(reverse("articles:home"))

    def feed_url(self, obj=None):
        # On SITE_URL where set, like every other URL: never the client's Host.
        return absolute_url(reverse("discovery:feed"))

    def description(self, obj=None):
        return _("Berita terbaru dari %(site)s.") % {"site": settings.SITE_NAME}

    def articles(self, obj=None):
        return Article.objects.published()

    def items(self, obj=None):
        # A live report's item carries its newest entry: readers of the feed
        # see the report move on (the entry announces the article's key).
        newest = LiveEntry.objects.visible().filter(article=OuterRef("pk"))
        return (
            self.articles(obj)
            .select_related("category", "source", "featured_photo", "editor__editor_profile")
            .prefetch_related("tags")
            .annotate(
                live_newest_body=Subquery(newest.values("body")[:1]),
                live_newest_at=Subquery(newest.values("posted_at")[:1]),
            )
            .order_by("-published_at", "-id")[:FEED_LENGTH]
        )

    def item_title(self, item):
        return item.title

    def item_link(self, item):
        return absolute_url(item.get_absolute_url())

    # The guid names the article, not its address: a story whose address
    # changes, or a site that moves to another domain, stays one item in feed
    # readers, never a second. A name-based UUID of the site and the article.
    item_guid_is_permalink = False

    def item_guid(self, item):
        return uuid.uuid5(uuid.NAMESPACE_URL, f"{settings.SITE_NAME}:artikel:{item.pk}").urn

    def item_description(self, item):
        """The lead, a live report's newest entry, then the outlet credited as on the page."""
        parts = [item.lead] if item.lead else []
        if item.is_live and item.live_newest_body:
            newest = " ".join(html.unescape(strip_tags(item.live_newest_body)).split())
            time = timezone.localtime(item.live_newest_at).strftime("%H.%M")
            label = _("Laporan langsung") if item.is_live_now else _("Pembaruan terakhir")
            parts.append(f"{label} ({time} WIB): {Truncator(newest).chars(300)}")
        if item.source:
            parts.append(_("Sumber: %(source)s") % {"source": item.source.name})
        return "\n\n".join(parts)

    def item_author_name(self, item):
        """The byline the page's JSON-LD gives (``<dc:creator>`` in RSS)."""
        return editor_name(item)

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        if item.is_live and item.live_newest_at:
            return max(item.modified_at, item.live_newest_at)
        return item.modified_at

    def get_feed(self, obj, request):
        """The feed, its enclosures' URLs on this site's address like its links."""
        feed = super().get_feed(obj, request)
        add_page_keys(request, [ARTICLES, CATEGORIES])
        domain = get_current_site(request).domain
        for item in feed.items:
            add_page_keys(request, item.pop("page_keys"))
            item["enclosures"] = [
                Enclosure(add_domain(domain, e.url, request.is_secure()), e.length, e.mime_type)
                for e in item["enclosures"]
            ]
        return feed

    def item_enclosures(self, item):
        """The featured photo, as a JPEG at least 1200 pixels wide."""
        photo = item.featured_photo
        share = photo.share_rendition() if photo else None
        if share is None:
            return []
        return [Enclosure(absolute_url(photo.url(share)), str(share["bytes"]), "image/jpeg")]

    def item_categories(self, item):
        return [item.category.name, *(tag.name for tag in item.tags.all())]

    def item_extra_kwargs(self, item):
        # What the item shows, for the page cache (taken out again in get_feed).
        keys = [
            article_key(item.pk),
            editor_key(item.editor_id),
            *(tag_key(tag.pk) for tag in item.tags.all()),
        ]
        if not item.source:
            return {"page_keys": keys}
        return {
            "source_name": item.source.name,
            "source_url": item.source.website,
            "page_keys": [*keys, source_key(item.source_id)],
        }


class CategoryArticlesFeed(LatestArticlesFeed):
    """The newest published articles of one category."""

    def __call__(self, request, *args, slug, **kwargs):
        # An address typed or shared with capitals, as the category page answers it.
        lower = slug.lower()
        if lower != slug and not Category.objects.filter(slug=slug).exists():
            category = get_object_or_404(Category, slug=lower)
            return redirect(self.feed_url(category), permanent=True)
        return super().__call__(request, *args, slug=slug, **kwargs)

    def get_object(self, request, slug):
        return get_object_or_404(Category, slug=slug)

    def title(self, obj=None):
        return f"{settings.SITE_NAME}: {obj.name}"

    def link(self, obj=None):
        return absolute_url(obj.get_absolute_url())

    def feed_url(self, obj=None):
        return absolute_url(reverse("discovery:category-feed", kwargs={"slug": obj.slug}))

    def description(self, obj=None):
        return obj.description or _("Berita %(category)s terbaru dari %(site)s.") % {
            "category": obj.name,
            "site": settings.SITE_NAME,
        }

    def articles(self, obj=None):
        return Article.objects.published().filter(category=obj)
