"""The editors' admin for the reaction poll: options, and the counts to read."""

from django.contrib import admin

from .models import ReactionOption, ReactionTally


@admin.register(ReactionOption)
class ReactionOptionAdmin(admin.ModelAdmin):
    list_display = ["label", "emoji", "slug", "position", "is_active"]
    list_display_links = ["label"]
    list_editable = ["position", "is_active"]
    list_filter = ["is_active"]
    search_fields = ["label", "slug"]
    prepopulated_fields = {"slug": ["label"]}
    readonly_fields = ["created_at", "updated_at"]


@admin.register(ReactionTally)
class ReactionTallyAdmin(admin.ModelAdmin):
    """Read-only: counts change only through readers' votes."""

    list_display = ["article", "option", "count"]
    list_filter = ["option"]
    list_select_related = ["article", "option"]
    search_fields = ["article__title"]
    ordering = ["-article__published_at", "option__position"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
