"""The editors' admin: articles, categories, tags, sources and bylines."""

import reversion
from django import forms
from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from reversion.admin import VersionAdmin

from portal.admin_lists import ArchiveListMixin

from .desk.admin import ArticleDeskAdmin
from .desk.changelist import (
    EditorFilter,
    PublicationStateFilter,
    editor_choice_label,
    editor_name,
    short_time,
    state_html,
    thumbnail_html,
)
from .desk.filing import ExactNameFirst, UniqueNameForm
from .desk.list_columns import AddedColumnsMixin
from .discovery.search import article_matches, uses_full_text
from .editor.forms import ArticleAdminForm
from .models import Article, Category, EditorProfile, Source, Tag
from .publishing import articles_publish, publication_plan, wib
from .signals import articles_changed


class CategoryOrderForm(forms.ModelForm):
    """A row of the category list: its order box named after its category."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "position" in self.fields:
            self.fields["position"].widget.attrs["aria-label"] = _("Urutan %(name)s") % {
                "name": self.instance.name
            }


@admin.register(Category)
class CategoryAdmin(ExactNameFirst, admin.ModelAdmin):
    # A name already taken, whatever its case, is said on the name (desk.filing).
    form = UniqueNameForm
    list_display = ["name", "slug", "position"]
    list_editable = ["position"]

    def get_changelist_form(self, request, **kwargs):
        kwargs.setdefault("form", CategoryOrderForm)
        return super().get_changelist_form(request, **kwargs)

    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Tag)
class TagAdmin(ExactNameFirst, admin.ModelAdmin):
    form = UniqueNameForm
    list_display = ["name", "slug"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Source)
class SourceAdmin(ExactNameFirst, admin.ModelAdmin):
    form = UniqueNameForm
    list_display = ["name", "website"]
    search_fields = ["name", "website"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Article)
class ArticleAdmin(AddedColumnsMixin, ArchiveListMixin, ArticleDeskAdmin, VersionAdmin):
    """Articles, with every save kept as a revision (django-reversion).

    Other apps add columns to the list through ``articles.desk.list_columns``
    (the comments app: the comments waiting on each article).

    The desk (``articles.desk``) adds the rest: "Riwayat" lists the
    revisions with who saved them and when, compares any two as a word diff,
    and restores one, which is itself saved as a new revision; autosave,
    the soft lock, the preview and the schedule.
    """

    form = ArticleAdminForm
    # A wide title; the state with its time; nothing read per row.
    list_display = ["thumbnail", "title", "status_badge", "category", "editor_name", "updated"]
    list_display_links = ["title"]
    list_filter = [
        PublicationStateFilter,
        "category",
        ("editor", EditorFilter),
        "source",
        "published_at",
    ]
    list_select_related = ["category", "editor", "featured_photo"]
    # On PostgreSQL the search reads the full-text index (get_search_results).
    search_fields = ["title", "lead", "body"]
    # No date hierarchy: its years and months are a grouping of the whole
    # table on every view; the "waktu terbit" filter narrows by date instead.
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["tags", "related", "category", "source", "featured_photo"]
    readonly_fields = ["publication_plan", "created_at", "updated_at"]
    actions = ["publish", "unpublish"]
    list_per_page = 50

    class Media:
        css = {"all": ["css/desk.css"]}
        # After the admin's URLify, which it wraps.
        js = ["admin/js/urlify.js", "js/slug_numbers.js"]

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
            {
                "fields": [
                    "status",
                    "published_at",
                    "publication_plan",
                    "editor",
                    "comments_open",
                    "is_live",
                ]
            },
        ),
        (
            _("Klasifikasi dan sumber"),
            {"fields": ["category", "tags", "source", "original_url", "related"]},
        ),
        (_("Riwayat"), {"fields": ["created_at", "updated_at"], "classes": ["collapse"]}),
    ]

    def get_search_results(self, request, queryset, search_term):
        """Words in the title, lead or body: the full-text index on PostgreSQL."""
        if search_term.strip() and uses_full_text():
            return article_matches(queryset, search_term), False
        return super().get_search_results(request, queryset, search_term)

    def get_changeform_initial_data(self, request):
        initial = super().get_changeform_initial_data(request)
        initial.setdefault("editor", request.user.pk)
        return initial

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name != "editor":
            return super().formfield_for_foreignkey(db_field, request, **kwargs)
        kwargs["queryset"] = self.editor_choices(request)
        field = super().formfield_for_foreignkey(db_field, request, **kwargs)
        # Full names, as the list and the history show them, not usernames.
        field.label_from_instance = editor_choice_label
        return field

    def editor_choices(self, request):
        """Staff who may write articles (the Editor group's permission, or a superuser),
        and the article's own editor, whoever they are now."""
        writes = Q(is_superuser=True)
        for holder in ("groups__permissions", "user_permissions"):
            writes |= Q(
                **{
                    f"{holder}__content_type__app_label": "articles",
                    f"{holder}__codename__in": ["add_article", "change_article"],
                }
            )
        writes &= Q(is_staff=True, is_active=True)
        match = request.resolver_match
        # The change form names it; the revision form's address passes it by position.
        object_id = match and (match.kwargs.get("object_id") or next(iter(match.args), None))
        if object_id and str(object_id).isdigit():
            current = Article.objects.filter(pk=object_id).values("editor_id")
            writes |= Q(pk__in=current)
        return get_user_model().objects.filter(writes).distinct()

    @admin.display(description=_("saat disimpan"))
    def publication_plan(self, obj):
        """What saving does to the article's publication; static/js/desk keeps it current."""
        stored = obj if obj is not None and obj.pk else None
        chosen = stored.published_at if stored is not None and stored.has_set_time() else None
        status = stored.status if stored is not None else Article.Status.DRAFT
        plan = publication_plan(stored=stored, status=status, chosen=chosen)
        return format_html(
            '<output class="publication-plan" id="rencana-terbit" aria-live="polite"'
            ' data-live="{}" data-stored="{}">{}</output>',
            "1" if stored is not None and stored.is_published else "",
            stored.published_at.isoformat() if stored is not None else "",
            plan.text,
        )

    @admin.display(description=_("foto"))
    def thumbnail(self, obj):
        return thumbnail_html(obj.featured_photo)

    @admin.display(description=_("status"), ordering="published_at")
    def status_badge(self, obj):
        return state_html(obj)

    @admin.display(description=_("editor"), ordering="editor__username")
    def editor_name(self, obj):
        return editor_name(obj.editor)

    @admin.display(description=_("diperbarui"), ordering="updated_at")
    def updated(self, obj):
        return short_time(obj.updated_at, weekday=False)

    @admin.action(description=_("Terbitkan artikel terpilih"), permissions=["change"])
    def publish(self, request, queryset):
        """Drafts go live now (or at the time chosen for them); scheduled ones go live now."""
        with reversion.create_revision():
            reversion.set_user(request.user)
            reversion.set_comment(_("Diterbitkan dari daftar artikel."))
            outcome = articles_publish(articles=queryset)
        count = len(outcome.published)
        self.message_user(
            request,
            ngettext("%d artikel diterbitkan.", "%d artikel diterbitkan.", count) % count,
            messages.SUCCESS,
        )
        for article in outcome.scheduled:
            self.message_user(
                request,
                _("“%(title)s” dijadwalkan terbit %(time)s, waktu yang diatur untuknya.")
                % {"title": article.title, "time": wib(article.published_at)},
                messages.SUCCESS,
            )
        for article, missing in outcome.incomplete:
            names = ", ".join(str(Article._meta.get_field(name).verbose_name) for name in missing)
            self.message_user(
                request,
                _("“%(title)s” belum dapat diterbitkan: %(fields)s belum diisi.")
                % {"title": article.title, "fields": names},
                messages.WARNING,
            )
        for article in outcome.refused:
            self.message_user(
                request,
                _(
                    "“%(title)s” tidak dapat diterbitkan sekarang: artikel lain dengan slug "
                    "yang sama sudah terbit pada tanggal itu. Ubah slug-nya lalu coba lagi."
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
    fields = ["initials", "display_name", "slug"]
    prepopulated_fields = {"slug": ["display_name"]}


User = get_user_model()
admin.site.unregister(User)


@admin.register(User)
class StaffUserAdmin(UserAdmin):
    """The stock user admin with the editor's byline initials."""

    inlines = [EditorProfileInline]
