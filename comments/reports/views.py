"""``/komentar/<id>/laporkan/``: a reader reports a comment, with or without JavaScript.

The page is the reader's own (never cached), so its form carries a CSRF
token; the POST must also come from this site and spend a form ticket
(``comments.tickets``), as the comment form's does.
"""

import secrets

from django.conf import settings
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.utils.cache import patch_cache_control
from django.views.decorators.csrf import csrf_protect
from django.views.decorators.http import require_http_methods

from articles.poll.address_limit import address_bucket
from articles.poll.reader_cookie import reader_id_from, remember_reader
from portal.client_address import client_address
from portal.rate_limit import seconds_to_wait, too_many_requests
from portal.same_origin import same_origin_post

from ..models import Comment
from ..tickets import give_ticket, spend_ticket, still_good
from .forms import TICKET_ERRORS, ReportForm
from .networks import network_key
from .services import already_reported, is_reportable, report_submit, reporter_hash

RATE_GROUP = "comments:report"


def _page(request, comment, *, form=None, done=False, status=200):
    response = render(
        request,
        "comments/report.html",
        {"comment": comment, "article": comment.article, "form": form, "done": done},
        status=status,
    )
    if form is not None and not still_good(request):
        give_ticket(request, response)
    patch_cache_control(response, private=True, no_store=True)
    return response


@same_origin_post
@csrf_protect
@require_http_methods(["GET", "HEAD", "POST"])
def report_comment(request, comment_id: int):
    """The report form; once sent, a thank-you in its place (the same for a repeat)."""
    comment = get_object_or_404(Comment.objects.select_related("article"), pk=comment_id)
    reader_id = reader_id_from(request)
    if reader_id and already_reported(comment, reporter_hash(reader_id)):
        return _page(request, comment, done=True)
    if not is_reportable(comment):
        raise Http404
    if request.method != "POST":
        return _page(request, comment, form=ReportForm())
    wait = seconds_to_wait(request, group=RATE_GROUP, rate=settings.COMMENTS_REPORT_RATE_LIMIT)
    if wait:
        return too_many_requests(request, retry_after=wait)
    form = ReportForm(request.POST)
    if not form.is_valid():
        return _page(request, comment, form=form, status=400)
    if not spend_ticket(request, form, TICKET_ERRORS):
        return _page(request, comment, form=form, status=400)
    reader_id = reader_id or secrets.token_urlsafe(24)
    report_submit(
        comment=comment,
        reason=form.cleaned_data["reason"],
        note=form.cleaned_data["note"],
        reader_hash=reporter_hash(reader_id),
        address_bucket=address_bucket(client_address(request)),
        network=network_key(client_address(request)),
    )
    # The thanks come from a GET of this address (the reader has reported it
    # now), so a reload sends nothing again.
    response = HttpResponseRedirect(request.path)
    response.status_code = 303
    remember_reader(request, response, reader_id)
    give_ticket(request, response)
    return response
