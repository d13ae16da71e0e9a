"""Bringing back what an article said in an earlier revision, as a new revision.

A restore brings back the words and the filing (``CONTENT_FIELDS``); the
article's publication, address, byline and discussion stay as they are, so
restoring an early draft never takes a live story off the site or moves
it. The restore is saved like any edit: a revision of its own (which can
be undone from the history), with its caches and old addresses following.
"""

import reversion
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from reversion.models import Version

from ..models import Article
from ..publishing import wib
from .history import CONTENT_FIELDS, user_name

_MANY = ("tags", "related")


class RestoreRefused(Exception):
    """The restored words lack what the article's publication needs."""

    def __init__(self, missing: list[str]):
        super().__init__(missing)
        self.missing = missing


def restore_comment(version: Version) -> str:
    """The new revision's comment: which revision it brought back (Indonesian)."""
    return _("Dipulihkan dari versi %(time)s (%(name)s)") % {
        "time": wib(version.revision.date_created),
        "name": user_name(version.revision.user),
    }


def article_restore(*, article: Article, version: Version, user) -> list[str]:
    """Give ``article`` the words and filing of ``version``; a new revision by ``user``.

    Returns the names (as the form labels them) of the fields that changed.
    A related object deleted since (a category, a photo, a tag) is left as
    it is now. Raises ``RestoreRefused`` when a published article would
    lack what publishing needs.
    """
    fields = version.field_dict
    with transaction.atomic(), reversion.create_revision():
        reversion.set_user(user)
        reversion.set_comment(restore_comment(version))
        current = Article.objects.select_for_update().get(pk=article.pk)
        before = _filing(current)
        for name in CONTENT_FIELDS:
            if name in _MANY:
                continue
            field = Article._meta.get_field(name)
            value = fields.get(field.attname)
            if field.is_relation and value is not None:
                if not field.related_model._default_manager.filter(pk=value).exists():
                    continue
            setattr(current, field.attname, value)
        if current.status == Article.Status.PUBLISHED:
            missing = current.missing_to_publish()
            if missing:
                raise RestoreRefused(missing)
        words = Article.REVISED_FIELDS
        if current.is_published and any(getattr(current, w) != before.get(w) for w in words):
            current.revised_at = timezone.now()  # readers see other words: "Diperbarui"
        current.save()
        for name in _MANY:
            model = Article._meta.get_field(name).related_model
            wanted = [int(pk) for pk in fields.get(name) or []]
            getattr(current, name).set(
                model._default_manager.filter(pk__in=wanted).values_list("pk", flat=True)
            )
        after = _filing(current)
    return [
        str(Article._meta.get_field(name).verbose_name)
        for name in CONTENT_FIELDS
        if before.get(name) != after.get(name)
    ]


def _filing(article: Article) -> dict:
    """The values of ``CONTENT_FIELDS`` as stored, sets of ids for the many-to-many ones."""
    values = {}
    for name in CONTENT_FIELDS:
        if name in _MANY:
            values[name] = set(getattr(article, name).values_list("pk", flat=True))
        else:
            values[name] = getattr(article, Article._meta.get_field(name).attname)
    return values
