"""URLs through which readers and other sites find articles."""

from django.contrib.sitemaps.views import sitemap
from django.urls import path

from ..page_cache.decorators import public_page
from . import feeds, views
from .sitemaps import SITEMAPS

app_name = "discovery"

urlpatterns = [
    path("cari/", views.search, name="search"),
    path("feed/", public_page(feeds.LatestArticlesFeed()), name="feed"),
    path(
        "kategori/<slug:slug>/feed/",
        public_page(feeds.CategoryArticlesFeed()),
        name="category-feed",
    ),
    path("sitemap.xml", public_page(sitemap), {"sitemaps": SITEMAPS}, name="sitemap"),
    path("sitemap-news.xml", views.news_sitemap, name="news-sitemap"),
    path("robots.txt", views.robots_txt, name="robots"),
]
