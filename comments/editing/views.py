"""``/komentar/<id>/sunting/``: the author edits or withdraws their comment.

Only from the browser that sent it (its session remembers the comment,
``comments.authorship``) and within ``COMMENTS_EDIT_MINUTES``; anyone else,
or later, is answered 403. The page is the author's own, never cached, so
its forms carry a CSRF token, and a POST must come from this site too.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, render
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_protect
from django.views.decorators.http import require_http_methods

from articles.same_origin import same_origin_post

from ..authorship import own_comment_ids
from ..models import Comment
from ..views import HttpResponseSeeOther, _redirect_to_comment
from .forms import EditForm
from .services import comment_edit, comment_withdraw, may_edit
from .text import editable_text

WITHDRAW = "tarik"


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
        "article": comment.article,
        "anchor": "#komentar",
    }
    return _private(render(request, "error.html", context, status=403))


def _page(request, comment, form, *, status=200):
    context = {"comment": comment, "article": comment.article, "form": form}
    return _private(render(request, "comments/edit.html", context, status=status))


@same_origin_post
@csrf_protect
@require_http_methods(["GET", "HEAD", "POST"])
def edit_comment(request, comment_id: int):
    """The edit form prefilled; 303 to the comment once saved, to the comments once withdrawn."""
    comment = get_object_or_404(Comment.objects.select_related("article"), pk=comment_id)
    if not may_edit(comment, own_comment_ids(request)):
        return _refuse(request, comment)
    if request.method != "POST":
        return _page(request, comment, EditForm(initial={"body": editable_text(comment.body)}))
    if request.POST.get("aksi") == WITHDRAW:
        comment_withdraw(comment=comment)
        return HttpResponseSeeOther(f"{comment.article.get_absolute_url()}#komentar")
    form = EditForm(request.POST)
    if form.is_valid():
        try:
            comment = comment_edit(comment=comment, body=form.cleaned_data["body"])
        except ValidationError as exc:
            form.add_error("body", exc.message_dict.get("body", exc.messages))
        else:
            return _redirect_to_comment(request, comment)
    return _page(request, comment, form, status=400)
