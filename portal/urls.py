"""Root URLconf: the apps' URLconfs and the admin; nothing else lives here."""

from django.conf import settings
from django.contrib import admin
from django.shortcuts import redirect
from django.templatetags.static import static
from django.urls import include, path


def favicon(request):
    # Resolved per request: the static manifest exists only after collectstatic.
    return redirect(static("img/favicon.svg"), permanent=True)


urlpatterns = [
    path(settings.ADMIN_URL, admin.site.urls),
    # Browsers ask every page, the admin's too, for /favicon.ico.
    path("favicon.ico", favicon),
    path("", include("articles.discovery.urls")),
    path("", include("articles.poll.urls")),
    path("komentar/", include("comments.urls")),
    path("", include("articles.urls")),
]

handler404 = "articles.views.page_not_found"
handler500 = "articles.views.server_error"
