"""URLs of the comments app."""

from django.urls import path

from . import views

app_name = "comments"

urlpatterns = [
    path("<int:article_id>/", views.post_comment, name="post"),
    path("tiket.css", views.ticket_stylesheet, name="ticket"),
]
