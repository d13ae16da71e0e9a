"""The article list as editors read it: a wide title, a thumbnail, the state with its time.

Each column reads only what the list's one query brought (the photo's
rendition facts, the category, the editor): nothing per row. The status
filter and the "Terjadwal" page select with the ``(status, published_at)``
index and count nothing.
"""

from django.contrib import admin
from django.db.models import Exists, OuterRef
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from ..models import Article
from ..photos.models import JPEG

STATE_LABELS = {
    "draft": _("Draf"),
    "scheduled": _("Terjadwal"),
    "published": _("Terbit"),
}
THUMBNAIL_WIDTH = 64
# The most the "Terjadwal" page lists (a newsroom schedules a few dozen).
SCHEDULE_LIMIT = 200


def scheduled_articles():
    """Published articles whose time is still ahead, soonest first."""
    return (
        Article.objects.filter(status=Article.Status.PUBLISHED, published_at__gt=timezone.now())
        .select_related("category", "editor", "featured_photo")
        .order_by("published_at", "id")
    )


class PublicationStateFilter(admin.SimpleListFilter):
    """Draf, Terjadwal or Terbit: the state readers see, not only the stored status."""

    title = _("status")
    parameter_name = "keadaan"

    def lookups(self, request, model_admin):
        return list(STATE_LABELS.items())

    def queryset(self, request, queryset):
        now = timezone.now()
        value = self.value()
        if value == "draft":
            return queryset.filter(status=Article.Status.DRAFT)
        if value == "scheduled":
            return queryset.filter(status=Article.Status.PUBLISHED, published_at__gt=now)
        if value == "published":
            return queryset.filter(Article.published_condition(now))
        return queryset


_NO_THUMBNAIL = mark_safe('<span class="desk-thumb desk-thumb--none" aria-hidden="true"></span>')


def thumbnail_html(photo, *, width: int = THUMBNAIL_WIDTH):
    """The photo's narrowest JPEG at ``width`` px, decorative (the title names the row)."""
    jpegs = sorted(photo.widths(JPEG), key=lambda r: r["width"]) if photo is not None else []
    if not jpegs:
        return _NO_THUMBNAIL
    smallest = jpegs[0]
    return format_html(
        '<img class="desk-thumb" src="{}" width="{}" height="{}" alt="" loading="lazy">',
        photo.url(smallest),
        width,
        round(smallest["height"] * width / smallest["width"]),
    )


def short_time(moment, *, weekday: bool = True) -> str:
    """ "Kam 12 Des 2024 14:05"; the year left out within this year."""
    local = timezone.localtime(moment)
    year = "" if local.year == timezone.localdate().year else " Y"
    return date_format(local, f"{'D ' if weekday else ''}j M{year} H:i")


def state_html(article: Article):
    """The state's badge, and for a scheduled or live article its time (WIB)."""
    state = article.publication_state()
    badge = format_html('<span class="status status--{}">{}</span>', state, STATE_LABELS[state])
    if state == "draft":
        return badge
    return format_html(
        '{} <time class="desk-time" datetime="{}">{} WIB</time>',
        badge,
        article.published_at.isoformat(),
        short_time(article.published_at),
    )


def editor_name(user) -> str:
    return user.get_full_name() or user.get_username()


def editor_choice_label(user) -> str:
    """An editor in the article form's "Editor" list: "Wildan Hakim (wil)", else the username.

    The name as the rest of the admin shows it, the username telling
    apart two colleagues of the same name.
    """
    full_name = user.get_full_name()
    username = user.get_username()
    return f"{full_name} ({username})" if full_name else username


class EditorFilter(admin.RelatedFieldListFilter):
    """The editors of at least one article, by the names the list shows.

    Not every staff account: a moderator who never wrote one is no choice.
    One EXISTS per staff account, through the editor's index.
    """

    def field_choices(self, field, request, model_admin):
        wrote = field.model._default_manager.filter(editor=OuterRef("pk"))
        users = field.related_model._default_manager.filter(is_staff=True).filter(Exists(wrote))
        ordered = sorted(users, key=lambda user: editor_name(user).casefold())
        return [(user.pk, editor_name(user)) for user in ordered]
