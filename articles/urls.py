from django.urls import path, register_converter

from . import views


class _TwoDigits:
    regex = "[0-9]{2}"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return f"{int(value):02d}"


register_converter(_TwoDigits, "dd")

app_name = "articles"

urlpatterns = [
    path("", views.home, name="home"),
    path("<int:year>/<dd:month>/<dd:day>/<slug:slug>/", views.article_detail, name="detail"),
    path("kategori/<slug:slug>/", views.listing, {"kind": "category"}, name="category"),
    path("tag/<slug:slug>/", views.listing, {"kind": "tag"}, name="tag"),
    path("sumber/<slug:slug>/", views.listing, {"kind": "source"}, name="source"),
]
