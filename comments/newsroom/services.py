"""Who may reply for the newsroom, and the reply itself."""

from email.utils import parseaddr

from django.conf import settings

from ..models import NAME_MAX_LENGTH, Comment
from ..services import RequestMeta, comment_submit


def can_reply_for_newsroom(user) -> bool:
    """Staff allowed to moderate comments may answer readers for the newsroom."""
    return bool(
        user and user.is_active and user.is_staff and user.has_perm("comments.change_comment")
    )


def newsroom_name(user) -> str:
    """The name a newsroom reply is shown under: the staff member's, or the newsroom's."""
    return (user.get_full_name().strip() or f"Redaksi {settings.SITE_NAME}")[:NAME_MAX_LENGTH]


def newsroom_reply(*, parent: Comment, body: str, user, request_meta: RequestMeta) -> Comment:
    """Publish ``user``'s reply to ``parent`` for the newsroom.

    It goes through ``comment_submit`` (sanitized, checked like any reply)
    and is approved at once with ``user`` as its moderator. The email kept
    with it (never shown) is the user's, or the newsroom's sender address.
    Raises ``ValidationError`` as ``comment_submit`` does.
    """
    email = user.email or parseaddr(settings.DEFAULT_FROM_EMAIL)[1]
    return comment_submit(
        article=parent.article,
        name=newsroom_name(user),
        email=email,
        url="",
        body=body,
        parent=parent,
        request_meta=request_meta,
        newsroom_user=user,
    )
