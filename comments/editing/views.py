"""``/komentar/<id>/sunting/``: the author edits or withdraws their comment.

Only from the browser that sent it (a signed cookie remembers the comment,
``comments.authorship``) and within ``COMMENTS_EDIT_MINUTES``; anyone else,
or later, is answered 403. A client address may send
``COMMENTS_EDIT_RATE_LIMIT`` edits and withdrawals; beyond, 429. The page
is the author's own, never cached, so its forms carry a CSRF token, and a
POST must come from this site too.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, render
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_protect
from django.views.decorators.http import require_http_methods
from django_ratelimit.decorators import ratelimit

from portal.same_origin import same_origin_post

from ..authorship import own_comment_ids
from ..models import Comment
from ..views import HttpResponseSeeOther, _redirect_to_comment
from .forms import EditForm
from .services import comment_edit, comment_withdraw, edit_deadline, may_edit, minutes_left
from .text import editable_text

WITHDRAW = "tarik"
# A withdrawal is asked first; this field says the reader answered yes.
CONFIRMED = "yakin"


def _private(response):
    patch_cache_control(response, private=True, no_store=True)
    return response


def _refuse(request, comment):
    message = _(
        "Komentar ini tidak dapat disunting lagi. Komentar hanya dapat disunting atau "
        "ditarik dari peramban yang mengirimnya, paling lama %(minutes)d menit setelah dikirim."
    ) % {"minutes": settings.COMMENTS_EDIT_MINUTES}
    context = {
        "heading": _("Komentar tidak dapat disunting"),
        "message": message,
        # Anybody can ask for any comment's id: an article that is not (or no
        # longer) published is never named or linked here.
        "article": comment.article if comment.article.is_published else None,
        "anchor": "#komentar",
        # An edit sent after the time ran out: what was typed, to copy.
        "kept_text": request.POST.get("body", "") if request.method == "POST" else "",
    }
    return _private(render(request, "error.html", context, status=403))


def _page(request, comment, form, *, status=200, template="comments/edit.html"):
    context = {
        "comment": comment,
        "article": comment.article,
        "form": form,
        "deadline": edit_deadline(comment),
        "minutes_left": minutes_left(comment),
    }
    return _private(render(request, template, context, status=status))


def _edit_rate(group, request):
    return settings.COMMENTS_EDIT_RATE_LIMIT


@same_origin_post
@csrf_protect
@require_http_methods(["GET", "HEAD", "POST"])
@ratelimit(group="comments:edit", key="ip", rate=_edit_rate, method="POST", block=True)
def edit_comment(request, comment_id: int):
    """The edit form prefilled; 303 to the comment once saved, to the comments once withdrawn."""
    comment = get_object_or_404(Comment.objects.select_related("article"), pk=comment_id)
    if not may_edit(comment, own_comment_ids(request)):
        return _refuse(request, comment)
    if request.method != "POST":
        if request.GET.get("aksi") == WITHDRAW:
            # Asked first, on a page of its own address: after withdrawing, the
            # browser's Back button finds a page, not a form to send again.
            return _page(request, comment, None, template="comments/withdraw_confirm.html")
        return _page(request, comment, EditForm(initial={"body": editable_text(comment.body)}))
    if request.POST.get("aksi") == WITHDRAW:
        if request.POST.get(CONFIRMED) != "1":
            # Asked first: a withdrawn comment cannot be brought back.
            return _page(request, comment, None, template="comments/withdraw_confirm.html")
        comment_withdraw(comment=comment)
        return HttpResponseSeeOther(f"{comment.article.get_absolute_url()}#komentar")
    form = EditForm(request.POST, email=comment.email)
    if form.is_valid():
        try:
            comment = comment_edit(comment=comment, body=form.cleaned_data["body"])
        except ValidationError as exc:
            form.add_error("body", exc.message_dict.get("body", exc.messages))
        else:
            return _redirect_to_comment(request, comment)
    return _page(request, comment, form, status=400)
