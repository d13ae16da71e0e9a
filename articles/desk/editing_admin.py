"""The article form's live desk: autosave, the soft lock, the preview, and what is offered back.

Endpoints under the article admin's URLs, all staff-only (the admin's own
login and permissions), answered privately and never kept:

- ``simpan-otomatis/`` (a new article) and ``<id>/simpan-otomatis/``: POST
  the form, keep its words (``autosave``), answer when, and a colleague's
  newer save if there is one;
- ``…/simpan-otomatis/buang/``: POST, drop the editor's autosave;
- ``<id>/penyunting/``: POST, the heartbeat of the soft lock (``lepas=1``
  releases it), answering who else is editing and any newer save;
- ``pratinjau/`` and ``<id>/pratinjau/``: POST the form, answer the
  reader's page (``preview``).

The form's page gets the configuration ``static/js/desk/article-form.js``
reads, the autosave it may restore ("?simpanan=") and who else is editing.
"""

import json
import re
from functools import wraps

from django.conf import settings
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.http import (
    Http404,
    HttpResponse,
    HttpResponseNotAllowed,
    HttpResponseRedirect,
    JsonResponse,
)
from django.urls import path
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from ..models import Article
from ..publishing import wib
from .autosave import (
    article_autosave,
    autosaves_discard,
    new_article_autosave,
    newer_save,
    pending_autosave,
    pending_new_autosaves,
    restored_initial,
)
from .history import CONTENT_FIELDS, autosaves
from .locks import editing_heartbeat, editing_release, other_editors
from .models import NewArticleAutosave
from .preview import preview_response
from .resent import remember_form_sent

_MANY = ("tags", "related")
_TOKEN = re.compile(r"[0-9a-f]{32}")
RESTORE_PARAMETER = "simpanan"


def _clock(moment) -> str:
    return date_format(timezone.localtime(moment), "H:i")


def _post_only(view):
    """Only a POST (the admin's own wrapper already marks every answer never to be kept)."""

    @wraps(view)
    def wrapper(self, request, *args, **kwargs):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        return view(self, request, *args, **kwargs)

    return wrapper


class ArticleEditingAdmin:
    """Mixed into the article admin, before ``VersionAdmin``."""

    def editing_urls(self):
        name = f"{self.opts.app_label}_{self.opts.model_name}"
        view = self.admin_site.admin_view
        return [
            path("simpan-otomatis/", view(self.autosave_view), name=f"{name}_autosave_new"),
            path(
                "simpan-otomatis/buang/",
                view(self.autosave_discard_view),
                name=f"{name}_autosave_discard_new",
            ),
            path("pratinjau/", view(self.preview_view), name=f"{name}_preview_new"),
            path(
                "<path:object_id>/simpan-otomatis/",
                view(self.autosave_view),
                name=f"{name}_autosave",
            ),
            path(
                "<path:object_id>/simpan-otomatis/buang/",
                view(self.autosave_discard_view),
                name=f"{name}_autosave_discard",
            ),
            path(
                "<path:object_id>/penyunting/", view(self.heartbeat_view), name=f"{name}_heartbeat"
            ),
            path("<path:object_id>/pratinjau/", view(self.preview_view), name=f"{name}_preview"),
        ]

    # -- Whose form, which article -----------------------------------------------

    def _editable(self, request, object_id):
        """The stored article ``object_id`` the user may change (None: a new one they may add)."""
        if object_id is None:
            if not self.has_add_permission(request):
                raise PermissionDenied
            return None
        article = self.get_object(request, unquote(object_id))
        if article is None:
            raise Http404
        if not self.has_change_permission(request, article):
            raise PermissionDenied
        return article

    def _bound_form(self, request, article, **attrs):
        form_class = self.get_form(request, article, change=article is not None)
        form_class = type(form_class.__name__, (form_class,), {"check_conflicts": False, **attrs})
        return form_class(request.POST, request.FILES, instance=article)

    # -- Autosave ----------------------------------------------------------------

    @_post_only
    def autosave_view(self, request, object_id=None):
        article = self._editable(request, object_id)
        user = request.user
        if article is None:
            token = request.POST.get("autosave_token", "")
            if not _TOKEN.fullmatch(token):
                return JsonResponse({"error": _("Formulir tidak dikenal.")}, status=400)
            data = {
                name: request.POST.getlist(name) if name in _MANY else request.POST.get(name, "")
                for name in (*CONTENT_FIELDS, "slug")
            }
            result = new_article_autosave(user=user, token=token, data=data)
        else:
            form = self._bound_form(request, article)
            form.is_valid()
            cleaned = getattr(form, "cleaned_data", {})
            many = {name: [obj.pk for obj in cleaned[name]] for name in _MANY if name in cleaned}
            stored = self.get_object(request, unquote(object_id))
            result = article_autosave(
                article=stored,
                edited=form.instance,
                many=many,
                user=user,
                base_version=request.POST.get("base_version", ""),
            )
        return JsonResponse(
            {
                "saved_at": result.saved_at.isoformat(),
                "message": _("Disimpan otomatis pukul %(time)s")
                % {"time": _clock(result.saved_at)},
                "conflict": result.conflict,
            }
        )

    @_post_only
    def autosave_discard_view(self, request, object_id=None):
        article = self._editable(request, object_id)
        token = request.POST.get("autosave_token", "")
        autosaves_discard(
            user=request.user, article=article, token=token if _TOKEN.fullmatch(token) else ""
        )
        self.message_user(request, _("Simpanan otomatis dibuang."))
        if article is None:
            return HttpResponseRedirect(self._url("add"))
        return HttpResponseRedirect(self._url("change", article.pk))

    # -- The soft lock -------------------------------------------------------------

    @_post_only
    def heartbeat_view(self, request, object_id):
        article = self._editable(request, object_id)
        if request.POST.get("lepas"):
            editing_release(article=article, user=request.user)
            return HttpResponse(status=204)
        editing_heartbeat(article=article, user=request.user)
        return JsonResponse(
            {
                "others": others_text(other_editors(article, request.user)),
                "newer": newer_save(
                    article, base_version=request.POST.get("base_version", ""), user=request.user
                ),
            }
        )

    # -- Pratinjau -----------------------------------------------------------------

    @_post_only
    def preview_view(self, request, object_id=None):
        article = self._editable(request, object_id)
        return preview_response(request, self._bound_form(request, article))

    # -- The form's page -------------------------------------------------------------

    def restored_for(self, request, article) -> dict | None:
        """The form's initial words from the autosave named by ``?simpanan=``, if it is theirs.

        A new article's form also takes the autosave's token back.
        """
        wanted = request.GET.get(RESTORE_PARAMETER, "")
        if request.method != "GET" or not wanted.isdigit():
            return None
        if article is not None:
            version = autosaves(article.pk, request.user).filter(pk=int(wanted)).first()
            return restored_initial(version.field_dict) if version else None
        autosave = NewArticleAutosave.objects.filter(user=request.user, pk=int(wanted)).first()
        if autosave is None:
            return None
        initial = {name: value for name, value in autosave.data.items() if value not in ("", [])}
        # The form goes on under the autosave's token: its next autosaves
        # replace this one, and saving the article drops it (``save_model``).
        return {**initial, "autosave_token": autosave.token}

    def desk_context(self, request, article, *, restored: bool) -> dict:
        """What the form's page shows and tells its script."""
        urls = {
            "autosave": self._url("autosave", article.pk) if article else self._url("autosave_new"),
            "preview": self._url("preview", article.pk) if article else self._url("preview_new"),
        }
        context = {"desk_urls": urls, "desk_restored": restored}
        # As stored, not as the form just tried it: a publication refused for
        # what is missing leaves "Terbitkan" in the bar for the next try.
        context["desk_live"] = article is not None and article.is_published
        context["desk_scheduled"] = article is not None and article.is_scheduled
        if article is not None:
            urls["heartbeat"] = self._url("heartbeat", article.pk)
            urls["history"] = self._url("history", article.pk)
            if request.method == "GET":
                editing_heartbeat(article=article, user=request.user)
            context["desk_others"] = others_text(other_editors(article, request.user))
            # A form sent back (a question, an error) holds what was typed: no offer.
            offered = not restored and request.method == "GET"
            offer = pending_autosave(article, request.user) if offered else None
            if offer is not None:
                change_url = self._url("change", article.pk)
                context["desk_offer"] = {
                    "time": wib(offer.revision.date_created),
                    "restore_url": f"{change_url}?{RESTORE_PARAMETER}={offer.pk}",
                    "compare_url": self._url("history", article.pk),
                    "discard_url": self._url("autosave_discard", article.pk),
                }
        elif not restored and request.method == "GET":
            context["desk_new_offers"] = [
                {
                    "title": autosave.title or _("(tanpa judul)"),
                    "time": wib(autosave.saved_at),
                    "restore_url": f"{self._url('add')}?{RESTORE_PARAMETER}={autosave.pk}",
                    "token": autosave.token,
                }
                for autosave in pending_new_autosaves(request.user)
            ]
            context["desk_discard_new_url"] = self._url("autosave_discard_new")
        config = {
            "urls": urls,
            "autosaveSeconds": settings.DESK_AUTOSAVE_SECONDS,
            "heartbeatSeconds": settings.DESK_HEARTBEAT_SECONDS,
            "restored": restored,
            "texts": desk_texts(),
        }
        # A data attribute, not a script element: the page runs no inline script.
        context["desk_config"] = config
        context["desk_config_json"] = json.dumps(config)
        return context

    def save_model(self, request, obj, form, change):
        words = set(Article.REVISED_FIELDS) & set(form.changed_data)
        if change and words and Article.objects.published().filter(pk=obj.pk).exists():
            # A correction to what readers are reading: the page says when.
            obj.revised_at = timezone.now()
        super().save_model(request, obj, form, change)
        remember_form_sent(obj.pk, form.cleaned_data.get("form_nonce", ""))
        # What was typed is stored now: the autosave of it has served.
        autosaves_discard(
            user=request.user,
            article=obj if change else None,
            token=form.cleaned_data.get("autosave_token", ""),
        )


def others_text(others: list[dict]) -> str:
    """ "Rina Kusuma (sejak 10:30), Budi (sejak 10:41)"; empty when no one else is editing."""
    return ", ".join(
        _("%(name)s (sejak %(time)s)") % {"name": other["name"], "time": _clock(other["since"])}
        for other in others
    )


def desk_texts() -> dict:
    """The script's words, in Indonesian."""
    return {
        "saving": _("Menyimpan otomatis…"),
        "failed": _("Simpanan otomatis gagal. Simpan artikel agar tidak ada yang hilang."),
        "unsaved": _("Ada perubahan yang belum disimpan."),
        "conflict": _(
            "%(name)s menyimpan versi yang lebih baru (%(time)s) setelah Anda membuka artikel "
            "ini. Teks Anda tetap tersimpan otomatis; periksa Riwayat sebelum menyimpan."
        ),
        "history": _("Buka Riwayat"),
        "others": _("Sedang disunting juga oleh %(names)s."),
        "othersHint": _(
            "Simpan bergantian: menyimpan di atas versi yang lebih baru akan ditanyakan dulu."
        ),
        "planNow": _("Terbit sekarang"),
        "planScheduled": _("Terjadwal %(time)s"),
        "planManual": _("Tanggal terbit diatur manual: %(time)s"),
        "planLive": _("Sudah terbit sejak %(time)s"),
        "planDraft": _("Draf; terbit saat diterbitkan"),
        "planDraftSet": _("Draf; waktu terbit diatur %(time)s"),
        "publish": _("Terbitkan"),
        "schedule": _("Jadwalkan"),
    }
