"""Handling the reply form, for the site's page and the admin's alike."""

from django.core.exceptions import ValidationError

from ..services import RequestMeta
from .forms import NewsroomReplyForm
from .services import newsroom_reply


def handle_reply(request, parent):
    """``(form, reply)``: the bound form, and the stored reply when it was valid."""
    form = NewsroomReplyForm(request.POST)
    if not form.is_valid():
        return form, None
    try:
        reply = newsroom_reply(
            parent=parent,
            body=form.cleaned_data["body"],
            user=request.user,
            request_meta=RequestMeta.from_request(request),
        )
    except ValidationError as exc:
        if hasattr(exc, "error_dict"):
            for field, errors in exc.message_dict.items():
                form.add_error("body" if field == "body" else None, errors)
        else:
            form.add_error(None, exc.messages)
        return form, None
    return form, reply
