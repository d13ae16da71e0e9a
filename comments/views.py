"""The comment POST: thin, the rules live in the form and the service."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_POST
from django_ratelimit.decorators import ratelimit

from articles.models import Article

from .authorship import own_comment_ids, remember_comment
from .forms import CommentForm
from .models import BODY_MAX_LENGTH
from .services import RequestMeta, comment_submit
from .threads import page_number_of
from .timestamps import form_timestamp


class HttpResponseSeeOther(HttpResponseRedirect):
    """After a POST, the browser GETs the page it is sent to."""

    status_code = 303


def _capped(data):
    capped = data.copy()
    for key in capped:
        capped.setlist(key, [value[:BODY_MAX_LENGTH] for value in data.getlist(key)])
    return capped


def _comment_rate(group, request):
    return settings.COMMENTS_RATE_LIMIT


def _redirect_to_comment(request, comment) -> HttpResponseSeeOther:
    page = page_number_of(comment, own_ids=own_comment_ids(request))
    query = f"?page={page}" if page > 1 else ""
    return HttpResponseSeeOther(f"{comment.article.get_absolute_url()}{query}#{comment.anchor}")


def _invalid(request, article, form):
    # What was typed comes back so nothing is lost, but no more of it than a
    # valid comment may hold: a megabyte posted is not a megabyte answered.
    form.data = _capped(form.data)
    return render(
        request,
        "comments/comment_error.html",
        {
            "article": article,
            "form": form,
            "reply_to": form.cleaned_data.get("parent"),
            "timestamp": form_timestamp(article_id=article.pk),
        },
        status=400,
    )


@require_POST
@ratelimit(group="comments:post", key="ip", rate=_comment_rate, method="POST", block=True)
def post_comment(request, article_id: int):
    """Store a reader's comment; 303 to it when accepted, 400 with the form when not."""
    article = get_object_or_404(Article.objects.published(), pk=article_id)
    form = CommentForm(request.POST, article=article)
    if form.is_valid():
        data = form.cleaned_data
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
                earlier_ids=own_comment_ids(request),
            )
        except ValidationError as exc:
            _add_service_errors(form, exc)
        else:
            remember_comment(request, comment.pk)
            return _redirect_to_comment(request, comment)
    return _invalid(request, article, form)


def _add_service_errors(form: CommentForm, exc: ValidationError) -> None:
    if hasattr(exc, "error_dict"):
        for field, errors in exc.message_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, exc.messages)
