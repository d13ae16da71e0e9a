"""Screening a comment's text as a reader posts it, for the spam tests."""

from comments.models import Comment
from comments.screening import screen


def screen_text(text, *, name="Pembaca", url="", **kwargs):
    """``text`` screened as posted by a reader named ``name`` ("Pembaca"), with website ``url``."""
    return screen(name=name, url=url, body_html=f"<p>{text}</p>", trap_filled=False, **kwargs)


def caught(result) -> bool:
    """Sent to Spam, or held as "Kemungkinan spam"."""
    return result.status == Comment.Status.SPAM or result.flag == Comment.Flag.LIKELY_SPAM


def assert_caught(result) -> None:
    """Sent to Spam or held as "Kemungkinan spam"; otherwise says why not."""
    assert caught(result), (result.status, result.flag, result.score, result.reasons)


def assert_unflagged(result) -> None:
    """Waiting for a moderator like any reader's comment, with no flag."""
    assert result.status == Comment.Status.PENDING
    assert result.flag == Comment.Flag.NONE, (result.flag, result.score, result.reasons)
