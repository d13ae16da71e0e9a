"""Automatic screening of a new comment: spam words, watch words, links."""

import re

from django.conf import settings

from .models import Comment

_LINK = re.compile(r"<a\s", re.IGNORECASE)


def _contains_word(text: str, words) -> bool:
    lowered = text.casefold()
    for word in words:
        word = word.strip().casefold()
        if word and re.search(rf"(?<!\w){re.escape(word)}(?!\w)", lowered):
            return True
    return False


def screen(*, name: str, url: str, body_html: str, trap_filled: bool) -> tuple[str, str]:
    """Return the ``(status, flag)`` a new comment starts with.

    Every comment waits for a moderator; the flag tells them why the
    screening took note of it. Spam never reaches the moderation queue.
    """
    text = " ".join([name, url, body_html])
    if trap_filled:
        return Comment.Status.SPAM, Comment.Flag.HONEYPOT
    if _contains_word(text, settings.COMMENTS_BLOCK_WORDS):
        return Comment.Status.SPAM, Comment.Flag.BLOCK_WORD
    if len(_LINK.findall(body_html)) > settings.COMMENTS_MAX_LINKS:
        return Comment.Status.PENDING, Comment.Flag.LINKS
    if _contains_word(text, settings.COMMENTS_WATCH_WORDS):
        return Comment.Status.PENDING, Comment.Flag.WATCH_WORD
    return Comment.Status.PENDING, Comment.Flag.NONE
