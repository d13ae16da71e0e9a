"""The editors' admin: articles, categories, tags, sources and bylines."""

import reversion
from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from reversion_compare.admin import CompareVersionAdmin

from .editor.forms import ArticleAdminForm
from .models import Article, Category, EditorProfile, Source, Tag
from .publishing import articles_publish_now
from .signals import articles_changed

_STATE_LABELS = {
    "draft": _("Draf"),
    "scheduled": _("Terjadwal"),
    "published": _("Terbit"),
}


@admin.register(Category)
class CategoryAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "position"]
    list_editable = ["position"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Tag)
class TagAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ["name", "website"]
    search_fields = ["name", "website"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Article)
class ArticleAdmin(CompareVersionAdmin):
    """Articles, with every save kept as a revision (django-reversion).

    "Riwayat" lists the revisions with who saved them and when, compares any
    two as a diff, and restores one, which is itself saved as a new revision.
    """

    form = ArticleAdminForm
    list_display = ["title", "status_badge", "category", "source", "published_at", "editor"]
    list_filter = ["status", "category", "source", "published_at", "comments_open"]
    list_select_related = ["category", "source", "editor"]
    search_fields = ["title", "lead", "body"]
    date_hierarchy = "published_at"
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["tags", "related", "category", "source", "featured_photo"]
    readonly_fields = ["created_at", "updated_at"]
    actions = ["publish", "unpublish"]
    list_per_page = 50
    history_latest_first = True

    def view_on_site(self, obj):
        # A draft without a slug has no address yet: no "Lihat di situs".
        if not obj.slug:
            return None
        content_type = ContentType.objects.get_for_model(obj)
        return reverse("admin:view_on_site", args=[content_type.pk, obj.pk])

    fieldsets = [
        (None, {"fields": ["title", "slug", "lead", "featured_photo", "body", "dateline"]}),
        (
            _("Penerbitan"),
            {"fields": ["status", "published_at", "editor", "comments_open"]},
        ),
        (
            _("Klasifikasi dan sumber"),
            {"fields": ["category", "tags", "source", "original_url", "related"]},
        ),
        (_("Riwayat"), {"fields": ["created_at", "updated_at"], "classes": ["collapse"]}),
    ]

    def get_changeform_initial_data(self, request):
        initial = super().get_changeform_initial_data(request)
        initial.setdefault("editor", request.user.pk)
        return initial

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "editor":
            kwargs["queryset"] = get_user_model().objects.filter(is_staff=True, is_active=True)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    @admin.display(description=_("status"), ordering="status")
    def status_badge(self, obj):
        state = obj.publication_state()
        return format_html('<span class="status status--{}">{}</span>', state, _STATE_LABELS[state])

    @admin.action(description=_("Terbitkan artikel terpilih sekarang"), permissions=["change"])
    def publish(self, request, queryset):
        with reversion.create_revision():
            reversion.set_user(request.user)
            reversion.set_comment(_("Diterbitkan dari daftar artikel."))
            published, refused, incomplete = articles_publish_now(articles=queryset)
        count = len(published)
        self.message_user(
            request,
            ngettext("%d artikel diterbitkan.", "%d artikel diterbitkan.", count) % count,
            messages.SUCCESS,
        )
        for article, missing in incomplete:
            names = ", ".join(str(Article._meta.get_field(name).verbose_name) for name in missing)
            self.message_user(
                request,
                _("“%(title)s” belum dapat diterbitkan: %(fields)s belum diisi.")
                % {"title": article.title, "fields": names},
                messages.WARNING,
            )
        for article in refused:
            self.message_user(
                request,
                _(
                    "“%(title)s” tidak dapat diterbitkan sekarang: artikel lain dengan slug "
                    "yang sama sudah terbit hari ini. Ubah slug-nya lalu coba lagi."
                )
                % {"title": article.title},
                messages.WARNING,
            )

    @admin.action(description=_("Kembalikan artikel terpilih ke draf"), permissions=["change"])
    def unpublish(self, request, queryset):
        changing = queryset.exclude(status=Article.Status.DRAFT)
        pks = list(changing.values_list("pk", flat=True))
        count = changing.update(status=Article.Status.DRAFT, updated_at=timezone.now())
        articles_changed.send(sender=Article, pks=pks)
        # The update skipped save(): each article's new state is still a revision.
        with reversion.create_revision():
            reversion.set_user(request.user)
            reversion.set_comment(_("Dikembalikan ke draf dari daftar artikel."))
            for article in Article.objects.filter(pk__in=pks):
                reversion.add_to_revision(article)
        self.message_user(
            request,
            ngettext("%d artikel dikembalikan ke draf.", "%d artikel dikembalikan ke draf.", count)
            % count,
            messages.SUCCESS,
        )


class EditorProfileInline(admin.StackedInline):
    model = EditorProfile
    can_delete = False
    extra = 0
    max_num = 1


User = get_user_model()
admin.site.unregister(User)


@admin.register(User)
class StaffUserAdmin(UserAdmin):
    """The stock user admin with the editor's byline initials."""

    inlines = [EditorProfileInline]
