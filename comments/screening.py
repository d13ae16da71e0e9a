"""Automatic screening of a new (or edited) comment: the trap, phrases, links, spam score.

Everything is matched on the normalised text (``comments.spam.normalize``),
so 𝗦𝗟𝗢𝗧, ｓｌｏｔ, s l o t and g4c0r read as what they say.
"""

import re
from dataclasses import dataclass, field

from django.conf import settings

from .models import Comment
from .spam.normalize import normalize_phrase
from .spam.phrases import contains_any, matching
from .spam.scoring import comment_text, score

_LINK = re.compile(r"<a\s", re.IGNORECASE)
# What the classifier marks as a way to reach a seller.
_WAYS = frozenset({"!phone", "!chat", "!link", "!links"})


@dataclass(frozen=True)
class Screening:
    status: str
    flag: str
    score: float | None = None
    reasons: list[str] = field(default_factory=list)

    def __iter__(self):
        # ``status, flag = screen(...)`` as before.
        return iter((self.status, self.flag))

    def apply_to(self, comment: Comment) -> None:
        comment.spam_score = self.score
        comment.spam_reasons = self.reasons


def _setting_phrases() -> dict[str, list[str]]:
    return {
        "block": [normalize_phrase(w) for w in settings.COMMENTS_BLOCK_WORDS if w.strip()],
        "watch": [normalize_phrase(w) for w in settings.COMMENTS_WATCH_WORDS if w.strip()],
    }


def screen(*, name: str, url: str, body_html: str, trap_filled: bool) -> Screening:
    """The status and flag a new comment starts with, its spam score and the reasons.

    Spam never reaches the moderation queue; a flag tells the moderator why
    the screening took note of a comment that waits.
    """
    if trap_filled:
        return Screening(Comment.Status.SPAM, Comment.Flag.HONEYPOT)
    result = score(comment_text(url=url, body_html=body_html), name=name, website=url)
    phrases = matching(result.normalized, _setting_phrases())
    reasons = list(result.reasons)
    # A reader warning of a trade may quote its pitch ("RTP live, pola gacor
    # itu bohong"): held for a moderator, never binned unseen. So is a
    # comment whose own words, outside its quotations, make no pitch.
    if phrases["block"]:
        reasons.insert(0, "frasa blokir: " + ", ".join(phrases["block"][:3]))
        held = result.critical or not contains_any(phrases["block"], result.unquoted)
        status = Comment.Status.PENDING if held else Comment.Status.SPAM
        return Screening(status, Comment.Flag.BLOCK_WORD, result.score, reasons)
    # Straight to Spam takes two kinds of evidence: built-in signs that would
    # hold the comment by themselves (in its name and its own words, outside
    # quotations), and the total. Words learned from a few hundred decisions
    # ("hari ini", "juta") hold a comment, never bin it.
    hold, spam = settings.COMMENTS_SPAM_HOLD_SCORE, settings.COMMENTS_SPAM_SCORE
    if result.score >= spam and result.signs >= hold and not result.critical:
        return Screening(Comment.Status.SPAM, Comment.Flag.SPAM_FILTER, result.score, reasons)
    if len(_LINK.findall(body_html)) > settings.COMMENTS_MAX_LINKS:
        return Screening(Comment.Status.PENDING, Comment.Flag.LINKS, result.score, reasons)
    if phrases["watch"]:
        reasons.insert(0, "frasa awasan: " + ", ".join(phrases["watch"][:3]))
        return Screening(Comment.Status.PENDING, Comment.Flag.WATCH_WORD, result.score, reasons)
    # Built-in signs that would hold a comment, with a way to reach the
    # seller and no reader's warning, hold it whatever the learned words say:
    # cover text in a reader's words does not wave a pitch through.
    reachable = (
        result.signs >= hold and not result.critical and not _WAYS.isdisjoint(result.features)
    )
    if result.score >= hold or reachable:
        return Screening(Comment.Status.PENDING, Comment.Flag.LIKELY_SPAM, result.score, reasons)
    return Screening(Comment.Status.PENDING, Comment.Flag.NONE, result.score, reasons)
