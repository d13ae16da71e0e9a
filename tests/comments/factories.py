"""Builders for comments and for posting the comment form as a browser would."""

import itertools

from django.urls import reverse

from comments.models import Comment
from comments.sanitize import sanitize_comment
from comments.timestamps import form_timestamp

_seq = itertools.count(1)


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
        "timestamp": form_timestamp(article_id=article.pk),
    }
    data.update({key: "" if value is None else value for key, value in fields.items()})
    return data


def post_comment(client, article, **fields):
    """POST the comment form for ``article`` through ``client``.

    Upper-case keywords (``REMOTE_ADDR``, ``HTTP_X_FORWARDED_FOR``) are
    request headers; the rest are form fields.
    """
    meta = {key: fields.pop(key) for key in list(fields) if key.isupper()}
    url = reverse("comments:post", args=[article.pk])
    return client.post(url, form_data(article, **fields), **meta)
