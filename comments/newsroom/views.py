"""``/komentar/<id>/balas-redaksi/``: a staff member answers a reader from the site.

Staff pages are personal (a session) and never cached; the form carries a
CSRF token as any logged-in form does.
"""

from django.contrib.auth.views import redirect_to_login
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from ..models import Comment
from ..views import HttpResponseSeeOther
from .forms import NewsroomReplyForm
from .replying import handle_reply
from .services import can_reply_for_newsroom


def _page(request, parent, form, *, status=200):
    response = render(
        request,
        "comments/newsroom_reply.html",
        {"parent": parent, "article": parent.article, "form": form},
        status=status,
    )
    patch_cache_control(response, private=True, no_store=True)
    return response


@require_http_methods(["GET", "HEAD", "POST"])
def newsroom_reply(request, comment_id: int):
    """The reply form under the reader's comment; 303 to the published reply."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path(), login_url=reverse("admin:login"))
    if not can_reply_for_newsroom(request.user):
        context = {
            "heading": _("Akses ditolak"),
            "message": _("Hanya redaksi yang dapat membalas sebagai Redaksi."),
        }
        return render(request, "error.html", context, status=403)
    parent = get_object_or_404(Comment.objects.approved().select_related("article"), pk=comment_id)
    if request.method != "POST":
        return _page(request, parent, NewsroomReplyForm())
    form, reply = handle_reply(request, parent)
    if reply is None:
        return _page(request, parent, form, status=400)
    return HttpResponseSeeOther(reply.get_absolute_url())
