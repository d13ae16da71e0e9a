"""Root URLconf: the apps' URLconfs and the admin; nothing else lives here."""

from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

admin.site.site_header = _("Redaksi Kabar")
admin.site.site_title = _("Admin Kabar")
admin.site.index_title = _("Ruang redaksi")

urlpatterns = [
    path(settings.ADMIN_URL, admin.site.urls),
    path("", include("articles.discovery_urls")),
    path("", include("articles.poll_urls")),
    path("komentar/", include("comments.urls")),
    path("", include("articles.urls")),
]

handler404 = "articles.views.page_not_found"
handler500 = "articles.views.server_error"
