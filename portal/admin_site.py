"""The admin site: Django's, plus short notes beside models on the index.

A ModelAdmin may define ``index_note(request) -> str``; the note is shown
after the model's name in the app list (e.g. "4 menunggu" for comments), so
the index tells moderators at a glance what waits for them.
"""

from django.contrib.admin import AdminSite
from django.contrib.admin.apps import AdminConfig
from django.utils.translation import gettext_lazy as _


class KabarAdminSite(AdminSite):
    site_header = _("Redaksi Kabar")
    site_title = _("Admin Kabar")
    index_title = _("Ruang redaksi")

    def get_app_list(self, request, app_label=None):
        app_list = super().get_app_list(request, app_label)
        for app in app_list:
            for entry in app["models"]:
                model_admin = self._registry.get(entry["model"])
                note = getattr(model_admin, "index_note", None)
                if note is not None and (text := note(request)):
                    entry["name"] = f"{entry['name']} ({text})"
        return app_list


class KabarAdminConfig(AdminConfig):
    default_site = "portal.admin_site.KabarAdminSite"
