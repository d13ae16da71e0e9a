"""Live reports in the admin: the compact "Tambah pembaruan" panel, entries, the end.

The panel sits on the live report's own change page, above its form
(``{% live_desk_panel original %}``): type, tap "Kirim" — two taps on a
phone. Its endpoints live under the entries' admin URLs, with a page of
their own when the text needs fixing (the typed text is kept). Entries are
edited on their own admin page (rich text, photos) and withdrawn there,
never deleted; "Akhiri laporan langsung" asks once, then ends the report.
"""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from django.views.decorators.http import require_POST

from ..models import Article
from .forms import LiveEntryAdminForm, LiveEntryPostForm
from .models import LiveEntry
from .services import live_entry_edit, live_entry_post, live_entry_withdraw, live_report_end

PANEL_ENTRIES = 5


def _wib(moment) -> str:
    return timezone.localtime(moment).strftime("%H.%M WIB")


@admin.register(LiveEntry)
class LiveEntryAdmin(admin.ModelAdmin):
    form = LiveEntryAdminForm
    list_display = ["posted_at", "summary", "article", "key_event", "pinned", "is_withdrawn"]
    list_filter = ["key_event", "pinned", ("withdrawn_at", admin.EmptyFieldListFilter)]
    list_select_related = ["article", "author"]
    search_fields = ["body", "article__title"]
    date_hierarchy = "posted_at"
    readonly_fields = ["article", "posted_at", "author", "withdrawn_at"]
    fields = ["article", "posted_at", "author", "body", "key_event", "pinned", "withdrawn_at"]
    actions = ["withdraw"]

    class Media:
        css = {"all": ["css/desk.css"]}

    @admin.display(description=_lazy("isi"))
    def summary(self, entry):
        return entry.summary(80)

    @admin.display(description=_lazy("ditarik"), boolean=True)
    def is_withdrawn(self, entry):
        return entry.withdrawn_at is not None

    # Entries are posted from their report's page and never deleted.
    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def save_model(self, request, obj, form, change):
        try:
            live_entry_edit(
                entry=obj,
                user=request.user,
                body=form.cleaned_data["body"],
                key_event=form.cleaned_data["key_event"],
                pinned=form.cleaned_data["pinned"],
            )
        except ValidationError as exc:
            self.message_user(request, " ".join(exc.messages), messages.ERROR)

    def log_change(self, request, obj, message):
        return None  # the entry's revisions are its history

    @admin.action(description=_lazy("Tarik pembaruan terpilih"), permissions=["change"])
    def withdraw(self, request, queryset):
        for entry in queryset.filter(withdrawn_at__isnull=True):
            live_entry_withdraw(entry=entry, user=request.user)
        self.message_user(request, _("Pembaruan ditarik dari halaman."), messages.SUCCESS)

    # -- The panel's endpoints -----------------------------------------------------

    def get_urls(self):
        view = self.admin_site.admin_view
        return [
            path("tambah/<int:article_id>/", view(self.post_view), name="articles_liveentry_post"),
            path("akhiri/<int:article_id>/", view(self.end_view), name="articles_liveentry_end"),
            path(
                "tarik/<int:entry_id>/",
                view(require_POST(self.withdraw_view)),
                name="articles_liveentry_withdraw",
            ),
            *super().get_urls(),
        ]

    def _report(self, request, article_id) -> Article:
        article = get_object_or_404(Article, pk=article_id, is_live=True)
        if not request.user.has_perm("articles.add_liveentry"):
            raise PermissionDenied
        return article

    def post_view(self, request, article_id):
        """Post the typed entry, back to the report; on a problem, say why and keep the text."""
        article = self._report(request, article_id)
        form = LiveEntryPostForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            try:
                entry = live_entry_post(
                    article=article,
                    body=form.body_html(),
                    user=request.user,
                    key_event=form.cleaned_data["key_event"],
                )
            except ValidationError as exc:
                form.add_error(None, exc)
            else:
                text = _("Pembaruan %(time)s diterbitkan.") % {"time": _wib(entry.posted_at)}
                self.message_user(request, text, messages.SUCCESS)
                url = reverse("admin:articles_article_change", args=[article.pk])
                return HttpResponseRedirect(f"{url}#tambah-pembaruan")
        context = {
            **self.admin_site.each_context(request),
            **panel_context(article, request.user, form=form),
            "opts": self.opts,
            "title": _("Tambah pembaruan: %(title)s") % {"title": article.title},
        }
        return TemplateResponse(request, "admin/articles/liveentry/post.html", context)

    def end_view(self, request, article_id):
        """Ask once, then end the live report."""
        article = get_object_or_404(Article, pk=article_id, is_live=True)
        if not self.has_change_permission(request) or not request.user.has_perm(
            "articles.change_article"
        ):
            raise PermissionDenied
        change_url = reverse("admin:articles_article_change", args=[article.pk])
        if request.method == "POST":
            live_report_end(article=article, user=request.user)
            self.message_user(
                request,
                _("Laporan langsung “%(title)s” diakhiri.") % {"title": article.title},
                messages.SUCCESS,
            )
            return HttpResponseRedirect(change_url)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": _("Akhiri laporan langsung?"),
            "article": article,
            "change_url": change_url,
        }
        return TemplateResponse(request, "admin/articles/liveentry/end.html", context)

    def withdraw_view(self, request, entry_id):
        entry = get_object_or_404(LiveEntry, pk=entry_id)
        if not self.has_change_permission(request, entry):
            raise PermissionDenied
        live_entry_withdraw(entry=entry, user=request.user)
        self.message_user(request, _("Pembaruan ditarik dari halaman."), messages.SUCCESS)
        url = reverse("admin:articles_article_change", args=[entry.article_id])
        return HttpResponseRedirect(f"{url}#tambah-pembaruan")


def panel_context(article, user, *, form=None) -> dict:
    """What the "Tambah pembaruan" panel shows: the form, the latest entries, the end button."""
    recent = list(LiveEntry.objects.visible().filter(article=article)[:PANEL_ENTRIES])
    return {
        "live_article": article,
        "live_form": form or LiveEntryPostForm(),
        "live_recent": recent,
        "live_can_post": user.has_perm("articles.add_liveentry"),
        "live_can_end": user.has_perm("articles.change_liveentry")
        and user.has_perm("articles.change_article"),
    }
