"""An article's revisions in the admin, in Indonesian: history, compare, restore.

- "Riwayat" lists every revision, newest first, with who and when, its
  comment, autosaves marked; two are picked to compare (the newest two by
  default), each can be compared with the one before it, or restored.
- "Bandingkan" shows the words as a diff and the other fields as a table,
  with the pairs before and after to step through.
- "Pulihkan" brings back the revision's words (``restore``) and lands on
  the article with a message; the restore is itself a revision. The
  revision's date opens it in the form (django-reversion's page), to
  restore everything it held after a look.
"""

import reversion
from django.contrib import messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404, HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _

from ..models import Article
from ..publishing import wib
from .compare import compare_versions
from .history import article_versions, is_autosave, user_name
from .restore import RestoreRefused, article_restore, restore_comment

# The comments django-reversion writes in English (it has no Indonesian).
_INITIAL = "Initial version."
_REVERTED = "Reverted to previous version, saved on "


def comment_text(version) -> str:
    """A revision's comment as editors read it: in Indonesian, the admin's words expanded."""
    if is_autosave(version):
        return _("Simpanan otomatis")
    comment = version.revision.comment
    if comment.startswith(_REVERTED):
        return _("Dipulihkan ke versi %(time)s") % {"time": comment[len(_REVERTED) :]}
    if comment == _INITIAL:
        return _("Versi pertama.")
    return version.revision.get_comment()


class ArticleRevisionsAdmin:
    """History, compare and restore for the article admin (mixed in before ``VersionAdmin``)."""

    object_history_template = "admin/articles/article/object_history.html"
    revision_form_template = "admin/articles/article/revision_form.html"

    def revision_urls(self):
        name = f"{self.opts.app_label}_{self.opts.model_name}"
        view = self.admin_site.admin_view
        return [
            path(
                "<path:object_id>/history/compare/",
                view(self.compare_view),
                name=f"{name}_compare",
            ),
            path(
                "<path:object_id>/history/<int:version_id>/pulihkan/",
                view(self.restore_view),
                name=f"{name}_restore",
            ),
        ]

    def _article_or_404(self, request, object_id) -> Article:
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        # The admin's own lookup: an id that cannot be one is not found.
        article = self.get_object(request, unquote(object_id))
        if article is None:
            raise Http404
        return article

    def _url(self, view: str, *args) -> str:
        return reverse(
            f"admin:{self.opts.app_label}_{self.opts.model_name}_{view}",
            args=args,
            current_app=self.admin_site.name,
        )

    def _context(self, request, article, title, **extra):
        return {
            **self.admin_site.each_context(request),
            "is_nav_sidebar_enabled": False,
            "opts": self.opts,
            "original": article,
            "object": article,
            "title": title,
            "has_change_permission": self.has_change_permission(request, article),
            **extra,
        }

    # -- Riwayat ---------------------------------------------------------------

    def history_view(self, request, object_id, extra_context=None):
        article = self._article_or_404(request, object_id)
        versions = list(article_versions(article.pk))
        rows = []
        for index, version in enumerate(versions):
            older = versions[index + 1] if index + 1 < len(versions) else None
            rows.append(
                {
                    "version": version,
                    "time": wib(version.revision.date_created, seconds=True),
                    "user": user_name(version.revision.user),
                    "comment": comment_text(version),
                    "autosave": is_autosave(version),
                    "open_url": self._url("revision", article.pk, version.pk),
                    "restore_url": self._url("restore", article.pk, version.pk),
                    "compare_url": (
                        f"{self._url('compare', article.pk)}?version_id1={older.pk}"
                        f"&version_id2={version.pk}"
                        if older
                        else None
                    ),
                    "newest": index == 0,
                    "second": index == 1,
                }
            )
        context = self._context(
            request,
            article,
            _("Riwayat: %(title)s") % {"title": article.title},
            rows=rows,
            compare_url=self._url("compare", article.pk),
            **(extra_context or {}),
        )
        return TemplateResponse(request, self.object_history_template, context)

    # -- Bandingkan ------------------------------------------------------------

    def compare_view(self, request, object_id):
        article = self._article_or_404(request, object_id)
        versions = list(article_versions(article.pk))
        by_pk = {version.pk: version for version in versions}
        try:
            picked = [
                by_pk[int(request.GET.get(key, ""))] for key in ("version_id1", "version_id2")
            ]
        except (KeyError, ValueError):
            raise Http404(_("Versi itu tidak ada pada artikel ini.")) from None
        # Oldest first, whichever way round they were picked.
        newer, older = sorted(picked, key=versions.index)
        if newer == older:
            later = versions.index(newer)
            if later + 1 >= len(versions):
                raise Http404(_("Pilih dua versi yang berbeda."))
            older = versions[later + 1]
        step = {}
        position = versions.index(newer)
        if position > 0:
            step["next"] = (newer, versions[position - 1])
        if versions.index(older) + 1 < len(versions):
            step["previous"] = (versions[versions.index(older) + 1], older)
        compare_url = self._url("compare", article.pk)
        links = {
            name: f"{compare_url}?version_id1={a.pk}&version_id2={b.pk}"
            for name, (a, b) in step.items()
        }
        context = self._context(
            request,
            article,
            _("Bandingkan versi: %(title)s") % {"title": article.title},
            older={
                "version": older,
                "time": wib(older.revision.date_created, seconds=True),
                "user": user_name(older.revision.user),
                "comment": comment_text(older),
            },
            newer={
                "version": newer,
                "time": wib(newer.revision.date_created, seconds=True),
                "user": user_name(newer.revision.user),
                "comment": comment_text(newer),
            },
            restore_url=self._url("restore", article.pk, older.pk),
            restore_newer_url=self._url("restore", article.pk, newer.pk),
            history_url=self._url("history", article.pk),
            step=links,
            **compare_versions(older, newer),
        )
        return TemplateResponse(request, "admin/articles/article/compare.html", context)

    # -- Pulihkan --------------------------------------------------------------

    def restore_view(self, request, object_id, version_id):
        """POST: bring back the revision's words; then the article's page, with a message."""
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        article = self._article_or_404(request, object_id)
        if not self.has_change_permission(request, article):
            raise PermissionDenied
        version = get_object_or_404(article_versions(article.pk), pk=version_id)
        try:
            changed = article_restore(article=article, version=version, user=request.user)
        except RestoreRefused as refused:
            names = ", ".join(
                str(Article._meta.get_field(name).verbose_name) for name in refused.missing
            )
            self.message_user(
                request,
                _(
                    "Versi %(time)s tidak dapat dipulihkan: artikel ini sudah terbit dan "
                    "versi itu belum memuat %(fields)s. Buka versi itu di formulir untuk "
                    "memulihkan sebagian."
                )
                % {"time": wib(version.revision.date_created, seconds=True), "fields": names},
                messages.ERROR,
            )
            return HttpResponseRedirect(self._url("history", article.pk))
        values = {
            "time": wib(version.revision.date_created, seconds=True),
            "name": user_name(version.revision.user),
            "fields": ", ".join(changed),
        }
        if changed:
            message = _(
                "Versi %(time)s (%(name)s) dipulihkan dan disimpan sebagai revisi baru; yang "
                "berubah: %(fields)s. Status, waktu terbit dan alamat artikel tidak berubah. "
                "Urungkan dari Riwayat bila perlu."
            )
        else:
            message = _(
                "Versi %(time)s (%(name)s) sama dengan artikel sekarang: tidak ada yang berubah."
            )
        self.message_user(request, message % values, messages.SUCCESS)
        return HttpResponseRedirect(self._url("change", article.pk))

    def revision_view(self, request, object_id, version_id, extra_context=None):
        """A revision in the form: look (GET), then save it to restore all it held (POST).

        The GET is django-reversion's (the revision is put back in a
        transaction that is rolled back). The POST saves the form as any
        edit is saved, as one new revision with an Indonesian comment, and
        lands on the article.
        """
        article = self._article_or_404(request, object_id)
        version = get_object_or_404(article_versions(article.pk), pk=version_id)
        request.desk_restoring = version
        context = {
            "is_nav_sidebar_enabled": False,
            "title": _("Pulihkan versi %(time)s")
            % {"time": wib(version.revision.date_created, seconds=True)},
            "restoring": {
                "version": version,
                "time": wib(version.revision.date_created, seconds=True),
                "user": user_name(version.revision.user),
            },
            **(extra_context or {}),
        }
        if request.method != "POST":
            return super().revision_view(request, object_id, version_id, context)
        with transaction.atomic(), reversion.create_revision():
            reversion.set_user(request.user)
            response = self.changeform_view(request, object_id, request.path, context)
            if response.status_code == 302:
                reversion.set_comment(restore_comment(version))
        return response

    def restored_answer(self, request, obj):
        version = request.desk_restoring
        self.message_user(
            request,
            _("Versi %(time)s (%(name)s) dipulihkan dan disimpan sebagai revisi baru.")
            % {
                "time": wib(version.revision.date_created, seconds=True),
                "name": user_name(version.revision.user),
            },
            messages.SUCCESS,
        )
        return HttpResponseRedirect(self._url("change", obj.pk))
