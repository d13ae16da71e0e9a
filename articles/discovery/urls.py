"""URLs through which readers and other sites find articles."""

from django.urls import path, re_path

from portal.page_cache.pages import public_page

from . import feeds, views

app_name = "discovery"

urlpatterns = [
    path("cari/", views.search, name="search"),
    path("feed/", public_page(feeds.LatestArticlesFeed()), name="feed"),
    path(
        "kategori/<slug:slug>/feed/",
        public_page(feeds.CategoryArticlesFeed()),
        name="category-feed",
    ),
    path("sitemap.xml", views.sitemap_index, name="sitemap"),
    re_path(
        r"^sitemap-artikel-(?P<year>[0-9]{4})-(?P<month>[0-9]{2})\.xml$",
        views.sitemap_articles,
        name="sitemap-articles",
    ),
    re_path(
        r"^sitemap-artikel-(?P<year>[0-9]{4})-(?P<month>[0-9]{2})-(?P<part>[1-9][0-9]{0,5})\.xml$",
        views.sitemap_articles,
        name="sitemap-articles-part",
    ),
    re_path(
        r"^sitemap-(?P<kind>kategori|tag|sumber|penulis)\.xml$",
        views.sitemap_taxonomy,
        name="sitemap-taxonomy",
    ),
    re_path(
        r"^sitemap-(?P<kind>kategori|tag|sumber|penulis)-(?P<part>[1-9][0-9]{0,5})\.xml$",
        views.sitemap_taxonomy,
        name="sitemap-taxonomy-part",
    ),
    path("sitemap-news.xml", views.news_sitemap, name="news-sitemap"),
    path("robots.txt", views.robots_txt, name="robots"),
]
