"""The phrase lists in the admin: moderators add and edit block and watch phrases."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from ..models import SpamPhrase
from .normalize import normalize_phrase


@admin.register(SpamPhrase)
class SpamPhraseAdmin(admin.ModelAdmin):
    list_display = ["phrase", "kind", "normalized_form", "note", "created_at"]
    list_filter = ["kind"]
    search_fields = ["phrase", "note"]
    fields = ["phrase", "kind", "note"]

    @admin.display(description=_("dicocokkan sebagai"))
    def normalized_form(self, obj):
        return obj.normalized or normalize_phrase(obj.phrase)
