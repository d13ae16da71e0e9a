"""The admin site: Django's, plus short notes beside models on the index.

A ModelAdmin may define ``index_note(request) -> str``; the note is shown
after the model's name in the app list (e.g. "4 menunggu" for comments), so
the index tells moderators at a glance what waits for them.
"""

from functools import update_wrapper

from django.conf import settings
from django.contrib.admin import AdminSite
from django.contrib.admin.apps import AdminConfig
from django.core.exceptions import BadRequest
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from django_ratelimit.core import get_usage

from .client_address import client_address


def _address_and_username(group, request) -> str:
    username = request.POST.get("username", "").strip().casefold()[:150]
    return f"{client_address(request)}|{username}"


def _seconds_to_wait(request) -> int:
    """0 while this login POST is within the rate for its (address, username)
    pair and the wider one for its address.

    The address's rate is wider: a newsroom behind one office address logs
    in at the start of a shift. Never for a username alone: somebody else
    posting its name from elsewhere does not slow its owner down. Counted in
    the shared cache, so every app process sees the same count.
    """
    wait = 0
    for key, rate in (
        (_address_and_username, settings.ADMIN_LOGIN_RATE_LIMIT),
        ("ip", settings.ADMIN_LOGIN_ADDRESS_RATE_LIMIT),
    ):
        usage = get_usage(request, group="admin.login", key=key, rate=rate, increment=True)
        if usage and usage["should_limit"]:
            # The window still holds at the second it names as its end.
            wait = max(wait, int(usage["time_left"]) + 1)
    return wait


def _carries_nul(request) -> bool:
    return any("\x00" in value for _, values in request.GET.lists() for value in values)


class KabarAdminSite(AdminSite):
    site_header = _("Redaksi Kabar")
    site_title = _("Admin Kabar")
    index_title = _("Ruang redaksi")

    def admin_view(self, view, cacheable=False):
        """Django's, refusing a query string with a NUL byte (PostgreSQL cannot store one)."""

        def refusing_nul(request, *args, **kwargs):
            if _carries_nul(request):
                raise BadRequest(_("Alamat berisi karakter yang tidak sah."))
            return view(request, *args, **kwargs)

        return super().admin_view(update_wrapper(refusing_nul, view), cacheable)

    def login(self, request, extra_context=None):
        """The login page; a client posting too fast is slowed down with a 429.

        Past ``ADMIN_LOGIN_FAILURE_LIMIT`` failures django-axes locks the
        username or address out altogether (``portal.admin_lockout``).
        """
        if request.method == "POST":
            wait = _seconds_to_wait(request)
            if wait:
                context = {**self.each_context(request), "retry_after": wait}
                response = render(request, "admin/locked_out.html", context, status=429)
                response["Retry-After"] = str(wait)
                return response
        return super().login(request, extra_context)

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
