"""The comment POST: thin, the rules live in the form and the service."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_safe
from django_ratelimit.decorators import ratelimit

from articles.models import Article
from articles.notices import give_notice
from portal.rate_limit import LIMIT_WINDOW_SECONDS, TOO_MANY_REQUESTS
from portal.same_origin import same_origin_post

from .authorship import own_comment_ids, remember_comment
from .forms import TICKET_ERRORS, CommentForm
from .models import BODY_MAX_LENGTH
from .notices import CHECK_EMAIL
from .services import RequestMeta, comment_submit, own_repeat
from .threads import page_number_of
from .tickets import give_ticket, spend_ticket, still_good


class HttpResponseSeeOther(HttpResponseRedirect):
    """After a POST, the browser GETs the page it is sent to."""

    status_code = 303


# What a refused form gives back of a field: all of a comment somewhat too
# long, for the reader to shorten (cut to the limit, it would be sent again
# cut off mid-word); of the other fields, four times the longest; never a megabyte.
_GIVEN_BACK = {"body": 4 * BODY_MAX_LENGTH}
_OTHER_GIVEN_BACK = 1000


def _capped(data):
    capped = data.copy()
    for key in capped:
        most = _GIVEN_BACK.get(key, _OTHER_GIVEN_BACK)
        capped.setlist(key, [value[:most] for value in data.getlist(key)])
    return capped


def _comment_rate(group, request):
    return settings.COMMENTS_RATE_LIMIT


def _redirect_to_comment(request, comment) -> HttpResponseSeeOther:
    # The page of its thread; a comment still waiting shows to its author
    # in their own part of every page of comments.
    page = page_number_of(comment)
    query = f"?page={page}" if page > 1 else ""
    return HttpResponseSeeOther(f"{comment.article.get_absolute_url()}{query}#{comment.anchor}")


def _invalid(request, article, form, *, status=400):
    # What was typed comes back so nothing is lost (``_capped``): a megabyte
    # posted is not a megabyte answered.
    form.data = _capped(form.data)
    if "parent" in form.errors:
        # The comment answered is gone (withdrawn, or rejected meanwhile): sent
        # again, the reply goes up as a comment of its own.
        form.data["parent"] = ""
    response = render(
        request,
        "comments/comment_error.html",
        {"article": article, "form": form, "reply_to": form.cleaned_data.get("parent")},
        status=status,
    )
    # It holds what the reader typed, their email too: kept by no cache.
    patch_cache_control(response, private=True, no_store=True)
    if not still_good(request):
        # The reader fixes and sends again: with a ticket that will do.
        give_ticket(request, response)
    return response


def _closed(request, article, form):
    """400 saying the discussion is closed, with what was typed to copy: no form to fix."""
    form.data = _capped(form.data)
    context = {"article": article, "form": form, "closed": True}
    response = render(request, "comments/comment_error.html", context, status=400)
    patch_cache_control(response, private=True, no_store=True)
    return response


def _too_soon(request, article, form):
    """429 with the form as the reader filled it in: nothing typed is lost."""
    form.is_valid()
    form.add_error(None, f"{TOO_MANY_REQUESTS} {_('Komentar Anda tetap di bawah ini.')}")
    response = _invalid(request, article, form, status=429)
    response["Retry-After"] = str(LIMIT_WINDOW_SECONDS)
    return response


def _form_page_only(request, article_id: int):
    """The form's address opened in a browser: 405, and the way to the form."""
    article = get_object_or_404(Article.objects.published(), pk=article_id)
    context = {
        "heading": _("Komentar dikirim dari halaman artikel"),
        "message": _("Tulis komentar Anda lewat formulir di bawah artikel."),
        "article": article,
        "anchor": "#form-komentar",
    }
    response = render(request, "error.html", context, status=405)
    response["Allow"] = "POST"
    return response


@sensitive_post_parameters("email")
@same_origin_post
@ratelimit(group="comments:post", key="ip", rate=_comment_rate, method="POST", block=False)
def post_comment(request, article_id: int):
    """Store a reader's comment; 303 to it when accepted, 400 with the form when not.

    Too many from one address: 429 with the form as filled in. Opened in a
    browser (GET): 405, with the way to the article's form.
    """
    if request.method != "POST":
        return _form_page_only(request, article_id)
    article = get_object_or_404(Article.objects.published(), pk=article_id)
    form = CommentForm(request.POST, article=article)
    if getattr(request, "limited", False):
        return _too_soon(request, article, form)
    if not article.discussion_open:
        return _closed(request, article, form)
    if not form.is_valid():
        return _invalid(request, article, form)
    data = form.cleaned_data
    own_ids = own_comment_ids(request)
    repeat = own_repeat(article=article, body=data["body"], earlier_ids=own_ids)
    if repeat is not None:
        # A double click: the reader goes to the comment they already sent.
        return _redirect_to_comment(request, repeat)
    if not spend_ticket(request, form, TICKET_ERRORS):
        return _invalid(request, article, form)
    try:
        comment = comment_submit(
            article=article,
            name=data["name"],
            email=data["email"],
            url=data["url"],
            body=data["body"],
            parent=data["parent"],
            request_meta=RequestMeta.from_request(request),
            trap_filled=form.trap_filled,
            earlier_ids=own_ids,
            notify_replies=data["notify_replies"],
        )
    except ValidationError as exc:
        _add_service_errors(form, exc)
        return _invalid(request, article, form)
    response = _redirect_to_comment(request, comment)
    remember_comment(request, response, comment)
    if data["notify_replies"]:
        # Said to this browser alone, on the kept page (articles.notices).
        give_notice(request, response, article=article, code=CHECK_EMAIL)
    give_ticket(request, response)
    return response


@require_safe
def ticket_stylesheet(request):
    """``/komentar/tiket.css``: gives the browser a form ticket; see ``comments.tickets``.

    An empty stylesheet, never cached. A ticket still good is kept, so that
    opening another article does not restart the form timer.
    """
    response = HttpResponse("/* Kabar */\n", content_type="text/css; charset=utf-8")
    if not still_good(request):
        give_ticket(request, response)
    patch_cache_control(response, private=True, no_store=True)
    return response


def _add_service_errors(form: CommentForm, exc: ValidationError) -> None:
    if hasattr(exc, "error_dict"):
        for field, errors in exc.message_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, exc.messages)
