"""Root URLconf: the apps' URLconfs and the admin (and media files when DEBUG)."""

from django.conf import settings
from django.conf.urls.static import static as serve_in_debug
from django.contrib import admin
from django.shortcuts import redirect
from django.templatetags.static import static
from django.urls import include, path


def favicon(request):
    # Resolved per request: the static manifest exists only after collectstatic.
    return redirect(static("img/favicon.svg"), permanent=True)


urlpatterns = [
    # The whole media folder in development (DEBUG); nothing otherwise.
    *serve_in_debug(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT),
    # The newsroom's reading figures, inside the admin's address.
    path(f"{settings.ADMIN_URL}statistik/", include("articles.readership.dashboard_urls")),
    path(settings.ADMIN_URL, admin.site.urls),
    # Browsers ask every page, the admin's too, for /favicon.ico.
    path("favicon.ico", favicon),
    path("", include("articles.discovery.urls")),
    path("", include("articles.poll.urls")),
    path("", include("articles.readership.urls")),
    path("komentar/", include("comments.urls")),
    # The photo library's files when they are kept in the local media folder.
    path("", include("articles.photos.urls")),
    path("", include("articles.urls")),
]

handler400 = "portal.errors.bad_request"
handler403 = "portal.errors.permission_denied"
handler404 = "portal.errors.page_not_found"
handler500 = "portal.errors.server_error"
