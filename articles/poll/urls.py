"""URLs of the reaction poll."""

from django.urls import path

from . import views

app_name = "poll"

urlpatterns = [
    path("tanggapan/<int:article_id>/", views.vote, name="vote"),
]
