"""Two revisions of an article side by side: its words as a diff, its other fields as a table.

The title, lead and body are compared word by word (``diff``); every other
field that differs is a row of "before" and "after", named as editors know
it (a category's name, not its id). Reading the names costs one query per
kind of related object, whatever the number of tags or related articles.
"""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from reversion.models import Version

from ..models import Article, Category, Source, Tag
from ..photos.models import Photo
from ..publishing import wib
from .body_text import body_text, plain
from .changelist import editor_name, thumbnail_html
from .diff import diff_html, has_changes, word_diff

TEXT_FIELDS = ("title", "lead", "body")
# The other fields, in the order of the form.
META_FIELDS = (
    "slug",
    "featured_photo",
    "dateline",
    "status",
    "published_at",
    "editor",
    "comments_open",
    "category",
    "tags",
    "source",
    "original_url",
    "related",
)
_RELATED = {
    "featured_photo": Photo,
    "editor": get_user_model(),
    "category": Category,
    "source": Source,
    "tags": Tag,
    "related": Article,
}
_MANY = frozenset({"tags", "related"})


@dataclass(frozen=True)
class TextChange:
    label: str
    html: SafeString
    changed: bool


@dataclass(frozen=True)
class FieldChange:
    label: str
    before: object
    after: object


def _label(name: str) -> str:
    return capfirst(Article._meta.get_field(name).verbose_name)


def _value(fields: dict, name: str):
    field = Article._meta.get_field(name)
    if name == "published_at" and _placeholder_time(fields):
        return None
    if name in _MANY:
        return sorted(int(pk) for pk in fields.get(name) or [])
    return fields.get(field.attname)


def _placeholder_time(fields: dict) -> bool:
    """A draft's time nobody chose (its creation's): it goes live when it is published.

    Versions saved before articles recorded that (no ``published_at_set``)
    show their time as it was.
    """
    draft = fields.get("status") != Article.Status.PUBLISHED
    return draft and fields.get("published_at_set") is False


def _names(ids_by_field: dict[str, set]) -> dict[str, dict]:
    """Each related object the two versions name, loaded once per kind."""
    loaded = {}
    for name, ids in ids_by_field.items():
        model = _RELATED[name]
        loaded[name] = model._default_manager.in_bulk([pk for pk in ids if pk is not None])
    return loaded


def _shown(name: str, value, objects: dict) -> object:
    """``value`` of field ``name`` as the table shows it."""
    if name in _MANY:
        found = [objects[name].get(pk) for pk in value]
        return ", ".join(str(obj) if obj else _("(dihapus)") for obj in found) or "—"
    if name in _RELATED:
        if value is None:
            return "—"
        obj = objects[name].get(value)
        if obj is None:
            return _("(dihapus)")
        if name == "editor":
            return editor_name(obj)
        if name == "featured_photo":
            return format_html("{} {}", thumbnail_html(obj), obj.alt_text)
        return str(obj)
    if name == "status":
        return Article.Status(value).label if value in Article.Status.values else value
    if name == "published_at":
        return wib(value) if value else _("(saat diterbitkan)")
    if name == "comments_open":
        return _("Dibuka") if value else _("Ditutup")
    return value or "—"


def compare_versions(older: Version, newer: Version) -> dict:
    """What changed from ``older`` to ``newer``: ``texts`` and ``fields``."""
    before, after = older.field_dict, newer.field_dict
    texts = []
    for name in TEXT_FIELDS:
        if name == "body":
            old, new = body_text(before.get(name)), body_text(after.get(name))
        else:
            old, new = plain(before.get(name)), plain(after.get(name))
        changes = word_diff(old, new)
        texts.append(TextChange(_label(name), diff_html(changes), has_changes(changes)))

    differing = [name for name in META_FIELDS if _value(before, name) != _value(after, name)]
    ids: dict[str, set] = {}
    for name in differing:
        if name in _RELATED:
            for value in (_value(before, name), _value(after, name)):
                ids.setdefault(name, set()).update(value if name in _MANY else [value])
    objects = _names(ids)
    fields = [
        FieldChange(
            _label(name),
            _shown(name, _value(before, name), objects),
            _shown(name, _value(after, name), objects),
        )
        for name in differing
    ]
    return {
        "texts": texts,
        "fields": fields,
        "unchanged": not fields and not any(text.changed for text in texts),
    }
