"""Changelist filters moderators reach from the queue."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from .history import commenter_filter, with_commenter_email


class CommenterFilter(admin.SimpleListFilter):
    """Every comment by one commenter, named by the queue's opaque key.

    Shown only while in use: it is reached from a commenter's history in
    the queue, never chosen from a list (that list would be of emails).
    """

    title = _("pengomentar")
    parameter_name = "pengomentar"

    def lookups(self, request, model_admin):
        if self.value() is None:
            return []
        return [(self.value(), _("Pengomentar yang sama"))]

    def queryset(self, request, queryset):
        if self.value() is None:
            return queryset
        same = commenter_filter(self.value())
        if same is None:
            return queryset.none()
        return with_commenter_email(queryset).filter(same)
