"""The read beacon's address."""

from django.urls import path

from . import views

app_name = "readership"

urlpatterns = [
    path("baca/", views.read_beacon, name="beacon"),
    path("baca/<int:article_id>.gif", views.read_pixel, name="pixel"),
]
