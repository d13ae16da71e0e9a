"""Reply-notification addresses in the admin: who hears of replies, and stopping it.

Read-only but for one action, "Hentikan notifikasi", for a reader who asks
by other means than the link in every email. The address itself is private
data (``comments.privacy``): shown, and searchable, only with the
permission; others see it masked.
"""

from django.contrib import admin, messages
from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from ..privacy import can_view_private_data, mask_email
from .models import NotificationAddress


@admin.register(NotificationAddress)
class NotificationAddressAdmin(admin.ModelAdmin):
    list_filter = [
        ("confirmed_at", admin.EmptyFieldListFilter),
        ("unsubscribed_at", admin.EmptyFieldListFilter),
    ]
    list_per_page = 50
    ordering = ["-created_at"]
    actions = ["stop_notifications"]
    dates = ["created_at", "confirmation_sent_at", "confirmed_at", "unsubscribed_at"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(following=Count("subscriptions"))

    def _columns(self, request) -> list[str]:
        """What is shown of an address, in the list and on its page."""
        email = "email" if can_view_private_data(request.user) else "masked_email"
        return [email, "state", "following", *self.dates]

    def get_list_display(self, request):
        return self._columns(request)

    def get_search_fields(self, request):
        return ["email"] if can_view_private_data(request.user) else []

    def lookup_allowed(self, lookup, value, request):
        # ``?email__startswith=…`` or ``?inbox=…`` would tell by its count whose
        # address it is: without the permission, only the list's own filters.
        if not can_view_private_data(request.user) and lookup.split("__")[0] not in {
            field for field, _kind in self.list_filter
        }:
            return False
        return super().lookup_allowed(lookup, value, request)

    def get_fields(self, request, obj=None):
        return self._columns(request)

    def get_readonly_fields(self, request, obj=None):
        return self.get_fields(request, obj)

    def has_add_permission(self, request):
        # Addresses come from commenters ticking the box, confirmed by email.
        return False

    def has_delete_permission(self, request, obj=None):
        return request.user.is_active and request.user.is_superuser

    @admin.display(description=_("email"))
    def masked_email(self, obj):
        return mask_email(obj.email)

    @admin.display(description=_("keadaan"))
    def state(self, obj):
        if obj.is_active:
            return _("Aktif")
        if obj.unsubscribed_at is not None:
            return _("Berhenti berlangganan")
        return _("Menunggu konfirmasi")

    @admin.display(description=_("komentar diikuti"), ordering="following")
    def following(self, obj):
        return obj.following

    @admin.action(description=_("Hentikan notifikasi ke alamat terpilih"), permissions=["change"])
    def stop_notifications(self, request, queryset):
        count = queryset.filter(unsubscribed_at__isnull=True).update(unsubscribed_at=timezone.now())
        self.message_user(
            request,
            ngettext(
                "Notifikasi balasan dihentikan untuk %(count)d alamat.",
                "Notifikasi balasan dihentikan untuk %(count)d alamat.",
                count,
            )
            % {"count": count},
            messages.SUCCESS,
        )
