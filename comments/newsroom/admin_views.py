"""The admin's "Balas sebagai Redaksi" page, under a comment's change page."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _

from ..models import Comment
from .forms import NewsroomReplyForm
from .replying import handle_reply
from .services import can_reply_for_newsroom


def admin_newsroom_reply(model_admin, request, object_id):
    """The form; once sent, back to the comment's change page with a message."""
    if not can_reply_for_newsroom(request.user):
        raise PermissionDenied
    parent = get_object_or_404(Comment.objects.select_related("article"), pk=object_id)
    form = NewsroomReplyForm()
    if not parent.is_approved:
        messages.error(request, _("Hanya komentar yang sudah disetujui yang dapat dibalas."))
        return HttpResponseRedirect(reverse("admin:comments_comment_change", args=[parent.pk]))
    if request.method == "POST":
        form, reply = handle_reply(request, parent)
        if reply is not None:
            messages.success(request, _("Balasan redaksi sudah tampil di artikel."))
            return HttpResponseRedirect(reverse("admin:comments_comment_change", args=[reply.pk]))
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": model_admin.model._meta,
        "title": _("Balas sebagai Redaksi"),
        "parent": parent,
        "form": form,
    }
    return TemplateResponse(request, "comments/newsroom_admin_reply.html", context)
