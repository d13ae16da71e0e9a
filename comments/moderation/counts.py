"""How many comments wait, as the admin shows it beside "Komentar" and the queue."""

from django.utils.text import capfirst
from django.utils.translation import ngettext

from ..models import Comment

_KEPT = "_kabar_pending_comments"


def pending_count(request=None, *, fresh: bool = False) -> int:
    """Comments waiting for a decision; counted once per request unless ``fresh``."""
    kept = getattr(request, _KEPT, None)
    if kept is None or fresh:
        kept = Comment.objects.filter(status=Comment.Status.PENDING).count()
        if request is not None:
            setattr(request, _KEPT, kept)
    return kept


def pending_note(count: int) -> str:
    """``4 menunggu``: the note the admin index puts after a model's name."""
    return ngettext("%(count)d menunggu", "%(count)d menunggu", count) % {"count": count}


def index_label(model, count: int) -> str:
    """``model``'s entry in the admin's app list, note included (portal.admin_site)."""
    return f"{capfirst(model._meta.verbose_name_plural)} ({pending_note(count)})"
