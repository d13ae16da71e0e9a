"""URLs of the comments app."""

from django.urls import include, path

from . import views
from .editing import views as editing
from .newsroom import views as newsroom
from .reports import views as reports

app_name = "comments"

urlpatterns = [
    path("<int:article_id>/", views.post_comment, name="post"),
    path("tiket.css", views.ticket_stylesheet, name="ticket"),
    path("langganan/", include("comments.subscriptions.urls")),
    path("<int:comment_id>/laporkan/", reports.report_comment, name="report"),
    path("<int:comment_id>/sunting/", editing.edit_comment, name="edit"),
    path("<int:comment_id>/balas-redaksi/", newsroom.newsroom_reply, name="newsroom_reply"),
]
