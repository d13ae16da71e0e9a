"""An article's revisions as the desk reads them (django-reversion keeps them).

Every save is a revision with who and when. An autosave is a revision too,
marked by its comment, ``AUTOSAVE_COMMENT``; it is never the article's
stored state, only a copy of the form kept while the editor typed.
"""

from django.contrib.contenttypes.models import ContentType
from reversion.models import Version

from ..models import Article

# Stored as the revision's comment: data, not a translated text.
AUTOSAVE_COMMENT = "Simpanan otomatis"

# What an autosave keeps and a restore brings back: what the article says
# and how it is filed. Its publication (status, time), address (slug),
# byline and discussion stay as they are.
CONTENT_FIELDS = (
    "title",
    "lead",
    "body",
    "dateline",
    "featured_photo",
    "category",
    "source",
    "original_url",
    "tags",
    "related",
)


def article_versions(article_id):
    """Every revision of the article ``article_id``, newest first, with its author."""
    return (
        Version.objects.get_for_object_reference(Article, article_id)
        .select_related("revision", "revision__user")
        .order_by("-revision__date_created", "-pk")
    )


def is_autosave(version: Version) -> bool:
    return version.revision.comment == AUTOSAVE_COMMENT


def last_saved_version(article_id) -> Version | None:
    """The newest revision made by a save (not an autosave), or None."""
    return article_versions(article_id).exclude(revision__comment=AUTOSAVE_COMMENT).first()


def autosaves(article_id, user):
    """``user``'s autosaves of the article, newest first."""
    return article_versions(article_id).filter(
        revision__comment=AUTOSAVE_COMMENT, revision__user=user
    )


def article_content_type() -> ContentType:
    return ContentType.objects.get_for_model(Article)


def user_name(user) -> str:
    """How the desk names a colleague: full name, else username."""
    if user is None:
        return "?"
    return user.get_full_name() or user.get_username()
