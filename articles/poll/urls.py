"""URLs of the reaction poll."""

from django.urls import path

from . import poll_views

app_name = "poll"

urlpatterns = [
    path("tanggapan/<int:article_id>/", poll_views.vote, name="vote"),
]
