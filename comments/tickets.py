"""The signed time a comment form was served, to refuse bots that post too fast."""

import time

from django.core import signing

_SALT = "comments.form-timestamp"


class FormTimestampError(Exception):
    """The form's timestamp is missing, forged, too recent or too old."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def form_timestamp(*, article_id: int, now: float | None = None) -> str:
    """A signed token recording when the form for ``article_id`` was served."""
    served = time.time() if now is None else now
    return signing.dumps({"a": article_id, "t": round(served, 3)}, salt=_SALT, compress=True)


def check_form_timestamp(
    token: str, *, article_id: int, min_seconds: float, max_seconds: float
) -> None:
    """Raise ``FormTimestampError`` unless ``token`` is genuine and its age acceptable.

    The reason is ``"invalid"``, ``"too_fast"`` or ``"too_old"``.
    """
    try:
        data = signing.loads(token or "", salt=_SALT)
        served, token_article = float(data["t"]), int(data["a"])
    except (signing.BadSignature, KeyError, TypeError, ValueError) as exc:
        raise FormTimestampError("invalid") from exc
    if token_article != article_id:
        raise FormTimestampError("invalid")
    age = time.time() - served
    if age < min_seconds:
        raise FormTimestampError("too_fast")
    if age > max_seconds:
        raise FormTimestampError("too_old")
