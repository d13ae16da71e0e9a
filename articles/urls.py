from django.urls import path, re_path, register_converter

from . import views
from .live import views as live_views
from .permalinks import wordpress_links as old_links
from .permalinks.views import old_address_fallback


class _TwoDigits:
    regex = "[0-9]{2}"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return f"{int(value):02d}"


register_converter(_TwoDigits, "dd")

app_name = "articles"

urlpatterns = [
    # /?p=ID from an imported WordPress site: answered before the page cache.
    path("", old_links.wordpress_query_ids(views.home), name="home"),
    # An address the article had before a new date or slug redirects to it
    # (articles.permalinks); then the WordPress patterns are tried.
    path(
        "<int:year>/<dd:month>/<dd:day>/<slug:slug>/",
        old_links.wordpress_dated_fallback(old_address_fallback(views.article_detail)),
        name="detail",
    ),
    # A live report's "what's new" answer, polled by its open pages.
    path(
        "<int:year>/<dd:month>/<dd:day>/<slug:slug>/pembaruan/",
        live_views.live_updates,
        name="live-updates",
    ),
    path("kategori/<slug:slug>/", views.listing, {"kind": "category"}, name="category"),
    path("tag/<slug:slug>/", views.listing, {"kind": "tag"}, name="tag"),
    path("sumber/<slug:slug>/", views.listing, {"kind": "source"}, name="source"),
    path("penulis/<slug:slug>/", views.listing, {"kind": "author"}, name="author"),
    # Old WordPress permalinks: last, so they never shadow a Kabar address.
    # A dated one whose slug no Kabar slug could be (another script).
    path("<int:year>/<dd:month>/<dd:day>/<str:slug>/", old_links.post_by_wordpress_slug),
    path("<int:year>/<dd:month>/<str:slug>/", old_links.post_by_month),
    # One to four category slugs, then the post's: never "..", never a file name.
    re_path(
        r"^(?P<category_path>[-a-zA-Z0-9_]+(?:/[-a-zA-Z0-9_]+){0,3})/(?P<slug>[-a-zA-Z0-9_]+)/$",
        old_links.post_by_category,
    ),
]
