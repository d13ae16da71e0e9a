"""The desk in the article admin: the publish button, and the pages it adds.

``ArticleDeskAdmin`` is mixed into ``articles.admin.ArticleAdmin``. It
answers "Terbitkan" (``_publish``) by staying on the article with what
happened, gives the article's pages the admin's whole width, and adds the
desk's pages under the article admin's URLs: "Terjadwal" here, the form's
endpoints (``editing_admin``) and the revisions' (``revisions_admin``).
"""

from itertools import groupby

from django.contrib import messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext as _

from ..publishing import wib
from .changelist import (
    SCHEDULE_LIMIT,
    editor_name,
    scheduled_articles,
    thumbnail_html,
)
from .editing_admin import ArticleEditingAdmin
from .forms import PUBLISH
from .revisions_admin import ArticleRevisionsAdmin


class ArticleDeskAdmin(ArticleEditingAdmin, ArticleRevisionsAdmin):
    """Mixed into the article ``ModelAdmin`` (before it)."""

    # The admin's own list template, with the desk's tools (and the deleted
    # articles django-reversion can bring back) in Indonesian.
    change_list_template = None

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        attrs = {"editing_user": request.user}
        if getattr(request, "desk_restoring", None) is not None:
            attrs["check_conflicts"] = False  # a restore overwrites on purpose
        restored = getattr(request, "desk_restored_initial", None)
        if restored:
            attrs["restored_initial"] = restored
        return type(form.__name__, (form,), attrs)

    def _published_answer(self, request, obj):
        if obj.is_scheduled:
            text = _("“%(title)s” dijadwalkan terbit %(time)s.")
        else:
            text = _("“%(title)s” diterbitkan %(time)s.")
        self.message_user(
            request, text % {"title": obj.title, "time": wib(obj.published_at)}, messages.SUCCESS
        )
        return HttpResponseRedirect(self._url("change", obj.pk))

    def response_add(self, request, obj, post_url_continue=None):
        if PUBLISH in request.POST:
            return self._published_answer(request, obj)
        return super().response_add(request, obj, post_url_continue)

    def response_change(self, request, obj):
        if getattr(request, "desk_restoring", None) is not None:
            return self.restored_answer(request, obj)
        if PUBLISH in request.POST:
            return self._published_answer(request, obj)
        return super().response_change(request, obj)

    # -- Pages of the desk ---------------------------------------------------------

    def get_urls(self):
        name = f"{self.opts.app_label}_{self.opts.model_name}"
        view = self.admin_site.admin_view
        return [
            path("terjadwal/", view(self.scheduled_view), name=f"{name}_scheduled"),
            *self.editing_urls(),
            *self.revision_urls(),
            *super().get_urls(),
        ]

    # The desk's pages give the article the admin's whole width: no
    # navigation sidebar (the breadcrumbs lead back).
    WIDE = {"is_nav_sidebar_enabled": False}

    def changelist_view(self, request, extra_context=None):
        context = {**self.WIDE, **(extra_context or {})}
        return super().changelist_view(request, context)

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        # One way to save and stay, one to save and go back: no "add another".
        context = {**self.WIDE, "show_save_and_add_another": False, **(extra_context or {})}
        article = self.get_object(request, unquote(object_id)) if object_id else None
        editable = (
            self.has_change_permission(request, article)
            if article is not None
            else object_id is None and self.has_add_permission(request)
        )
        if editable and getattr(request, "desk_restoring", None) is None:
            request.desk_restored_initial = self.restored_for(request, article)
            restored = bool(request.desk_restored_initial)
            context.update(self.desk_context(request, article, restored=restored))
        return super().changeform_view(request, object_id, form_url, context)

    def render_change_form(self, request, context, *args, **kwargs):
        """A question before saving (a newer save, a new address) is no error to correct.

        When the form's only errors are those questions, the admin's red
        "correct the errors below" goes, and the questions are asked in the
        "Sebelum menyimpan" box, beside their checkboxes.
        """
        form = context.get("adminform") and context["adminform"].form
        asking = form is not None and (
            getattr(form, "newer_save", None) or getattr(form, "address_change", None)
        )
        inlines = [inline.formset for inline in context.get("inline_admin_formsets", [])]
        only_questions = not any(name != NON_FIELD_ERRORS for name in form.errors) and not any(
            any(formset.errors) or formset.non_form_errors() for formset in inlines
        )
        if asking and only_questions:
            context["desk_questions"] = form.non_field_errors()
            context["errors"] = []
        return super().render_change_form(request, context, *args, **kwargs)

    def scheduled_view(self, request):
        """The "Terjadwal" page: the stories waiting for their time, by day and time (WIB)."""
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        articles = list(scheduled_articles()[:SCHEDULE_LIMIT])
        for article in articles:
            article.thumbnail = thumbnail_html(article.featured_photo)
            article.editor_label = editor_name(article.editor)
        days = [
            {"day": day, "articles": list(group)}
            for day, group in groupby(articles, key=lambda a: timezone.localdate(a.published_at))
        ]
        context = {
            **self.admin_site.each_context(request),
            **self.WIDE,
            "opts": self.opts,
            "title": _("Artikel terjadwal"),
            "days": days,
            "limited": len(articles) == SCHEDULE_LIMIT,
        }
        return TemplateResponse(request, "admin/articles/article/scheduled.html", context)
