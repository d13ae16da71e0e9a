"""The article change form as the admin posts it, for tests that save through it."""

from django.utils import timezone

from articles.models import Article


def change_form(article: Article, *, opened=None, **changes) -> dict:
    """``article``'s change form, with ``changes``; ``opened`` adds the version it was opened on.

    Times are written as the admin shows them, in the site's time zone.
    """
    local = timezone.localtime(article.published_at)
    shown_date = local.strftime("%Y-%m-%d") if article.has_set_time() else ""
    shown_time = local.strftime("%H:%M:%S") if article.has_set_time() else ""
    data = {
        "title": article.title,
        "slug": article.slug,
        "lead": article.lead,
        "body": article.body,
        "dateline": article.dateline,
        "status": article.status,
        "published_at_0": shown_date,
        "published_at_1": shown_time,
        # The time as the form was opened, which a browser posts back with it.
        "initial-published_at_0": shown_date,
        "initial-published_at_1": shown_time,
        "editor": article.editor_id,
        "comments_open": "on" if article.comments_open else "",
        "is_live": "on" if article.is_live else "",
        "category": article.category_id or "",
        "source": article.source_id or "",
    }
    if opened is not None:
        data["base_version"] = opened.updated_at.isoformat()
    data.update(changes)
    return {name: value for name, value in data.items() if value is not None}


def local_fields(moment) -> dict:
    """``published_at_0`` and ``_1`` for ``moment``, as the admin's boxes hold it."""
    local = timezone.localtime(moment)
    return {
        "published_at_0": local.strftime("%Y-%m-%d"),
        "published_at_1": local.strftime("%H:%M:%S"),
    }
