"""The queue's two views: a page of pending comments, and a decision on one.

A decision is a plain form POST that comes back to the same place in the
queue (filters, page, and the next comment's anchor); the page's script
sends the same POST asking for JSON and updates the page in place.
"""

from dataclasses import replace
from datetime import timedelta

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import transaction
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ..models import Comment
from ..privacy import can_view_private_data
from ..reports.listing import reported_count
from ..services import comment_moderate
from ..transitions import Reason
from .counts import index_label, pending_count, pending_note
from .history import with_history
from .queue import PER_PAGE, QueuePlace, articles_waiting, flag_choices
from .rows import build_row
from .shortcuts import DECISION_STATUSES, DECISIONS, MOVES

QUEUE = "admin:comments_pendingcomment_changelist"
DECIDE = "admin:comments_pendingcomment_decide"
UNDO = "admin:comments_pendingcomment_undo"
CHANGELIST = "admin:comments_comment_changelist"


def _wants_json(request) -> bool:
    return request.get_preferred_type(["text/html", "application/json"]) == "application/json"


def queue_page(request, model_admin):
    """The pending comments of one page of the queue, with filters and decisions."""
    if not model_admin.has_view_permission(request):
        raise PermissionDenied
    site = model_admin.admin_site.name
    place = QueuePlace.from_query(request.GET)
    comments = (
        place.comments()
        .select_related("article", "parent")
        .defer("article__body", "article__lead", "parent__user_agent", "user_agent")
    )
    page = Paginator(with_history(comments), PER_PAGE).get_page(place.page)
    place = replace(place, page=page.number)
    changelist_url = reverse(CHANGELIST, current_app=site)
    show_email = can_view_private_data(request.user)
    rows = [
        build_row(
            comment,
            changelist_url=changelist_url,
            decide_url=reverse(DECIDE, args=[comment.pk], current_app=site) + place.query_string(),
            undo_url=reverse(UNDO, args=[comment.pk], current_app=site) + place.query_string(),
            show_email=show_email,
        )
        for comment in page
    ]
    can_decide = model_admin.has_change_permission(request)
    context = {
        **model_admin.admin_site.each_context(request),
        "title": _("Antrean moderasi"),
        "opts": model_admin.opts,
        "place": place,
        "page_obj": page,
        "rows": rows,
        "pending": pending_count(request),
        "can_decide": can_decide,
        "hold_score": settings.COMMENTS_SPAM_HOLD_SCORE,
        # Reports show from the first one, before any hides a comment.
        "reported": reported_count(),
        "shortcuts": [*MOVES, *DECISIONS] if can_decide else MOVES,
        "decisions": DECISIONS,
        "flag_choices": flag_choices(),
        "last_decision": _last_decision(request, site, place) if can_decide else None,
        "articles": articles_waiting(chosen=place.article_id),
        "queue_url": reverse(QUEUE, current_app=site),
        "changelist_url": changelist_url,
        "here": place.query_string(),
        "previous_query": place.query_string(page=page.number - 1),
        "next_query": place.query_string(page=page.number + 1),
    }
    return TemplateResponse(request, "admin/comments/queue.html", context)


def _decision_message(comment: Comment, status: str, changed: bool) -> str:
    values = {"name": comment.name, "status": comment.get_status_display()}
    if not changed:
        return _("Komentar dari %(name)s sudah diputuskan sebelumnya: %(status)s.") % values
    if status == Comment.Status.APPROVED:
        return _("Komentar dari %(name)s disetujui.") % values
    if status == Comment.Status.SPAM:
        return _("Komentar dari %(name)s ditandai spam.") % values
    return _("Komentar dari %(name)s ditolak.") % values


def _refused(request, message: str, status: int):
    if _wants_json(request):
        return JsonResponse({"error": message}, status=status)
    raise PermissionDenied


@require_POST
def decide(request, pk: int, model_admin):
    """Approve, mark as spam or reject one pending comment, as ``comment_moderate`` does."""
    if not model_admin.has_change_permission(request):
        return _refused(request, _("Anda tidak berhak memoderasi komentar."), 403)
    comment = get_object_or_404(Comment, pk=pk)
    status = request.POST.get("status", "")
    if status not in DECISION_STATUSES:
        message = _("Keputusan tidak dikenal.")
        if _wants_json(request):
            return JsonResponse({"error": message}, status=400)
        messages.error(request, message)
        return redirect(_back_to_queue(request, comment, model_admin.admin_site.name))
    # Decided on the text the moderator read, not once its author has edited
    # it: the row is locked before its edit time is read, so no edit slips in.
    # A request that does not say which text was read (no "disunting") decides
    # only a comment never edited.
    seen = request.POST.get("disunting", "")
    with transaction.atomic():
        waiting = Comment.objects.select_for_update().filter(pk=pk, status=Comment.Status.PENDING)
        locked = waiting.first()
        changed = 0
        if locked is not None and _same_moment(seen, locked.edited_at):
            changed = comment_moderate(comments=waiting, status=status, moderator=request.user)
    comment.refresh_from_db(fields=["status", "edited_at"])
    if not changed and comment.status == Comment.Status.PENDING:
        return _edited_meanwhile(request, comment, model_admin)
    message = _decision_message(comment, status, bool(changed))
    if changed:
        request.session[LAST_DECISION] = comment.pk
    if _wants_json(request):
        return _answer(request, comment, message, changed=bool(changed), model_admin=model_admin)
    messages.add_message(request, messages.SUCCESS if changed else messages.WARNING, message)
    return redirect(_back_to_queue(request, comment, model_admin.admin_site.name))


def _same_moment(seen: str, edited_at) -> bool:
    """Whether the edit time the queue showed (``seen``, ISO or empty) is still the comment's."""
    if not seen:
        return edited_at is None
    try:
        moment = parse_datetime(seen)
    except ValueError:
        return False
    return moment is not None and moment == edited_at


def _edited_meanwhile(request, comment: Comment, model_admin):
    """409: the comment still waits, its text changed since the queue showed it."""
    message = _(
        "Komentar dari %(name)s disunting penulisnya setelah halaman ini dibuka, jadi belum "
        "diputuskan. Muat ulang halaman, baca teks barunya, lalu putuskan."
    ) % {"name": comment.name}
    if _wants_json(request):
        return JsonResponse({"error": message, "edited": True}, status=409)
    messages.warning(request, message)
    return redirect(_back_to_queue(request, comment, model_admin.admin_site.name))


def _answer(request, comment, message, *, changed, model_admin):
    """What the page's script needs to show the decision; never private data."""
    pending = pending_count(request, fresh=True)
    site = model_admin.admin_site.name
    return JsonResponse(
        {
            "comment": comment.pk,
            "status": comment.status,
            "status_label": comment.get_status_display(),
            "changed": changed,
            "message": message,
            "pending": pending,
            "pending_note": pending_note(pending),
            "nav": {
                reverse(QUEUE, current_app=site): index_label(model_admin.model, pending),
                reverse(CHANGELIST, current_app=site): index_label(Comment, pending),
            },
        },
        status=200 if changed else 409,
    )


def _back_to_queue(request, comment: Comment, site: str) -> str:
    """The same filters, the page the next comment is now on, and its anchor.

    The next comment is ``comment`` itself while it still waits.
    """
    place = QueuePlace.from_query(request.GET)
    still_waiting = comment.status == Comment.Status.PENDING
    following = comment if still_waiting else place.after(comment)
    url = reverse(QUEUE, current_app=site)
    if following is None:
        return url + place.query_string()
    return f"{url}{place.query_string(page=place.page_of(following))}#{following.anchor}"


# How long a moderator may take back a decision of their own from the queue.
UNDO_MINUTES = 10
# The comment this moderator last decided, for the queue's "Urungkan" without script.
LAST_DECISION = "moderation_last_decision"


def _undoable(comment: Comment | None, user) -> tuple[bool, bool]:
    """(whether a moderator's decision is still ``comment``'s last change, and ``user``'s
    own of the last ``UNDO_MINUTES``)."""
    last = comment.transitions.order_by("-pk").first() if comment else None
    decision = (
        last is not None
        and last.reason == Reason.MODERATOR
        and last.to_status == comment.status
        # An edit that kept the comment published writes no transition.
        and (comment.edited_at is None or comment.edited_at < last.at)
    )
    mine = (
        decision
        and last.by_id == user.pk
        and last.at >= timezone.now() - timedelta(minutes=UNDO_MINUTES)
    )
    return decision, mine


def _last_decision(request, site: str, place) -> dict | None:
    """The decision this moderator may still take back, as the queue offers it."""
    pk = request.session.get(LAST_DECISION)
    if pk is None:
        return None
    comment = Comment.objects.exclude(status=Comment.Status.PENDING).filter(pk=pk).first()
    if not _undoable(comment, request.user)[1]:
        return None
    return {
        "name": comment.name,
        "status": str(comment.get_status_display()).lower(),
        "undo_url": reverse(UNDO, args=[pk], current_app=site) + place.query_string(),
    }


@require_POST
def undo(request, pk: int, model_admin):
    """Take back this moderator's decision of the last minutes: the comment waits again.

    What the spam filter learned from it is unlearned, and the article's
    page loses the comment again if it was approved. Older decisions, and
    other moderators', are changed from the comment list.
    """
    if not model_admin.has_change_permission(request):
        return _refused(request, _("Anda tidak berhak memoderasi komentar."), 403)
    comment = get_object_or_404(Comment, pk=pk)
    with transaction.atomic():
        decided = Comment.objects.select_for_update().filter(pk=pk)
        locked = decided.exclude(status=Comment.Status.PENDING).first()
        # Only while the moderator's decision is still the comment's last change:
        # not once its author has withdrawn or edited it since.
        decision, mine = _undoable(locked, request.user)
        changed = 0
        if mine:
            changed = comment_moderate(
                comments=decided, status=Comment.Status.PENDING, moderator=request.user
            )
        if changed:
            # Nobody has decided it now; the audit trail keeps who took it back.
            Comment.objects.filter(pk=pk).update(moderated_by=None, moderated_at=None)
            request.session.pop(LAST_DECISION, None)
    comment.refresh_from_db(fields=["status"])
    values = {"name": comment.name, "minutes": UNDO_MINUTES}
    if changed:
        message = _("Keputusan atas komentar dari %(name)s diurungkan: komentar itu menunggu lagi.")
    elif locked is not None and not decision:
        message = _(
            "Komentar dari %(name)s sudah berubah sejak keputusan itu (disunting atau ditarik "
            "penulisnya, atau diputuskan lagi), jadi keputusan itu tidak diurungkan. Periksa "
            "komentarnya di daftar komentar."
        )
    else:
        message = _(
            "Keputusan atas komentar dari %(name)s tidak dapat diurungkan di sini (hanya keputusan "
            "Anda sendiri dalam %(minutes)d menit terakhir). Ubah statusnya di daftar komentar."
        )
    back = _back_to_queue(request, comment, model_admin.admin_site.name)
    if changed:
        # Said on the queue the script shows again, as on the plain way back.
        messages.success(request, message % values)
    if _wants_json(request):
        pending = pending_count(request, fresh=True)
        answer = {"changed": bool(changed), "message": message % values, "location": back}
        answer.update(pending=pending, pending_note=pending_note(pending))
        return JsonResponse(answer, status=200 if changed else 409)
    if not changed:
        messages.warning(request, message % values)
    return redirect(back)
