"""Autosave: what an editor types is kept on the server every few seconds, never published.

- An article already stored: the form's words (``CONTENT_FIELDS``) become a
  revision marked ``AUTOSAVE_COMMENT``, made directly (a ``Revision`` and
  its ``Version``), so the article's row is not written: nothing is
  published, no signal fires, no kept page goes stale. One autosave per
  editor and article is kept: each replaces the one before, and a save
  drops it.
- A new article: the words wait in ``NewArticleAutosave`` under the form's
  token until the article is first saved.

A colleague's save since the form was opened is reported (``conflict``);
the autosave is kept all the same, since it overwrites nothing.
"""

import json
from dataclasses import dataclass
from datetime import timedelta

from django.core import serializers
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from reversion.models import Revision, Version

from ..models import Article
from ..publishing import wib
from .history import (
    AUTOSAVE_COMMENT,
    CONTENT_FIELDS,
    article_content_type,
    autosaves,
    last_saved_version,
    user_name,
)
from .models import NewArticleAutosave

_MANY = ("tags", "related")
# A new article's autosave nobody came back to is dropped after this long.
NEW_AUTOSAVE_DAYS = 30


@dataclass(frozen=True)
class AutosaveResult:
    saved_at: object
    # A colleague's newer save: {"name", "time"}; None when there is none.
    conflict: dict | None


def newer_save(article: Article, *, base_version: str, user) -> dict | None:
    """Who saved ``article`` after the form's ``base_version``; None when nobody did.

    ``user``'s own save counts too: a form that saves opens again on the new
    version, so an older form of theirs is another tab's or device's.
    """
    if not base_version or base_version == article.updated_at.isoformat():
        return None
    version = last_saved_version(article.pk)
    if version is not None and version.revision.user_id == user.pk:
        name = _("Anda sendiri, di tab atau perangkat lain,")
    else:
        name = user_name(version.revision.user) if version is not None else "?"
    return {"name": name, "time": wib(article.updated_at)}


def _serialized(article: Article, many: dict[str, list[int]]) -> str:
    """``article`` (unsaved changes included) as django-reversion stores a version."""
    data = json.loads(serializers.serialize("json", [article]))
    data[0]["fields"].update({name: sorted(pks) for name, pks in many.items()})
    return json.dumps(data)


def article_autosave(
    *, article: Article, edited: Article, many: dict[str, list[int]], user, base_version: str
) -> AutosaveResult:
    """Keep ``edited`` (the form's words on top of ``article``) as ``user``'s autosave.

    ``article`` is the stored article; only ``CONTENT_FIELDS`` are taken
    from ``edited``, and ``many`` holds the form's tags and related
    articles. The article itself is not written.
    """
    snapshot = Article.objects.get(pk=article.pk)
    for name in CONTENT_FIELDS:
        if name not in _MANY:
            attname = Article._meta.get_field(name).attname
            setattr(snapshot, attname, getattr(edited, attname))
    snapshot.clean_for_storage()
    stored_many = {
        name: list(getattr(article, name).values_list("pk", flat=True)) for name in _MANY
    }
    now = timezone.now()
    with transaction.atomic():
        Revision.objects.filter(pk__in=autosaves(article.pk, user).values("revision_id")).delete()
        revision = Revision.objects.create(date_created=now, user=user, comment=AUTOSAVE_COMMENT)
        Version.objects.create(
            revision=revision,
            object_id=str(article.pk),
            content_type=article_content_type(),
            db="default",
            format="json",
            serialized_data=_serialized(snapshot, {**stored_many, **many}),
            object_repr=str(snapshot)[:191],
        )
    return AutosaveResult(now, newer_save(article, base_version=base_version, user=user))


def new_article_autosave(*, user, token: str, data: dict) -> AutosaveResult:
    """Keep a new article's form ``data`` (field name: value or list) for ``user``."""
    now = timezone.now()
    NewArticleAutosave.objects.filter(
        user=user, saved_at__lt=now - timedelta(days=NEW_AUTOSAVE_DAYS)
    ).delete()
    NewArticleAutosave.objects.update_or_create(
        user=user,
        token=token,
        defaults={"data": data, "saved_at": now, "title": str(data.get("title") or "")[:255]},
    )
    return AutosaveResult(now, None)


def autosaves_discard(*, user, article: Article | None = None, token: str = "") -> None:
    """Drop ``user``'s autosave of ``article`` (or of the new article of form ``token``)."""
    if article is not None:
        Revision.objects.filter(pk__in=autosaves(article.pk, user).values("revision_id")).delete()
    if token:
        NewArticleAutosave.objects.filter(user=user, token=token).delete()


def _content(fields: dict) -> dict:
    values = {}
    for name in CONTENT_FIELDS:
        if name in _MANY:
            values[name] = sorted(int(pk) for pk in fields.get(name) or [])
        else:
            values[name] = fields.get(Article._meta.get_field(name).attname)
    return values


def pending_autosave(article: Article, user) -> Version | None:
    """``user``'s autosave of ``article`` made after its last save, if its words differ."""
    version = autosaves(article.pk, user).first()
    if version is None or version.revision.date_created <= article.updated_at:
        return None
    stored = {
        **{
            name: getattr(article, Article._meta.get_field(name).attname)
            for name in CONTENT_FIELDS
            if name not in _MANY
        },
        **{name: sorted(getattr(article, name).values_list("pk", flat=True)) for name in _MANY},
    }
    return version if _content(version.field_dict) != stored else None


def pending_new_autosaves(user, *, limit: int = 3):
    """``user``'s autosaved new articles never saved, newest first."""
    return NewArticleAutosave.objects.filter(user=user).order_by("-saved_at")[:limit]


def restored_initial(fields: dict) -> dict:
    """A version's words as the form's initial values (field name: value)."""
    return _content(fields)
