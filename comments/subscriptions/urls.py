"""URLs of reply notifications, under ``/komentar/langganan/``."""

from django.urls import path

from . import views

app_name = "subscriptions"

urlpatterns = [
    path("konfirmasi/<str:token>/", views.confirm, name="confirm"),
    path("berhenti/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
