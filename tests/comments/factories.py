"""Builders for comments and for posting the comment form as a browser would."""

import itertools
import time

from django.urls import reverse

from comments.models import Comment
from comments.sanitize import sanitize_comment
from comments.tickets import COOKIE_NAME, new_ticket_value

_seq = itertools.count(1)
# The ticket a browser got with the page a minute before posting.
FRESH = object()


def make_comment(*, article, parent=None, status=Comment.Status.APPROVED, **kwargs) -> Comment:
    """A stored comment, written directly (no screening, no mail)."""
    n = next(_seq)
    kwargs.setdefault("name", f"Pembaca {n}")
    kwargs.setdefault("email", f"pembaca{n}@contoh.example")
    kwargs["body"] = sanitize_comment(kwargs.get("body", f"Komentar nomor {n}."))
    return Comment.objects.create(
        article=article,
        parent=parent,
        root=(parent.root or parent) if parent else None,
        depth=parent.depth + 1 if parent else 0,
        status=status,
        **kwargs,
    )


def form_data(article, **fields) -> dict:
    """A complete, valid comment form for ``article``; ``fields`` override."""
    n = next(_seq)
    data = {
        "name": f"Pembaca {n}",
        "email": f"pembaca{n}@contoh.example",
        "url": "",
        "body": f"Tanggapan pembaca nomor {n}.",
        "parent": "",
    }
    data.update({key: "" if value is None else value for key, value in fields.items()})
    return data


def give_ticket(client, value=FRESH) -> None:
    """Put a form ticket in ``client``'s cookies, as the article page's stylesheet does.

    ``FRESH``: one issued a minute ago; None: none at all; else that value.
    """
    if value is None:
        client.cookies.pop(COOKIE_NAME, None)
        return
    client.cookies[COOKIE_NAME] = (
        new_ticket_value(now=time.time() - 60) if value is FRESH else value
    )


def post_comment(client, article, ticket=FRESH, **fields):
    """POST the comment form for ``article`` through ``client``, with a form ticket.

    Upper-case keywords (``REMOTE_ADDR``, ``HTTP_X_FORWARDED_FOR``) are
    request headers; the rest are form fields. ``ticket``: see ``give_ticket``.
    """
    meta = {key: fields.pop(key) for key in list(fields) if key.isupper()}
    give_ticket(client, ticket)
    url = reverse("comments:post", args=[article.pk])
    return client.post(url, form_data(article, **fields), **meta)
