"""The newsroom dashboard's addresses, under the admin's (``/admin/statistik/``)."""

from django.contrib import admin
from django.urls import path

from . import dashboard

app_name = "statistik"

urlpatterns = [
    path("", admin.site.admin_view(dashboard.index), name="index"),
    path("artikel/<int:pk>/", admin.site.admin_view(dashboard.article_page), name="article"),
]
