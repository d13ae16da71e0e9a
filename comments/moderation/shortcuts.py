"""The queue's keyboard shortcuts: shown on the page, read from it by the script.

``action`` is what the script does: move, open, or send the decision named by
a comment status. The page lists every shortcut with its keys.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from ..models import Comment


@dataclass(frozen=True)
class Shortcut:
    action: str
    keys: tuple[str, ...]
    label: str

    @property
    def aria_keys(self) -> str:
        """The keys as ``aria-keyshortcuts`` and the script want them."""
        return " ".join(self.keys)


MOVES = [
    Shortcut("next", ("j",), _("komentar berikutnya")),
    Shortcut("previous", ("k",), _("komentar sebelumnya")),
    Shortcut("open", ("o",), _("buka seluruh komentar")),
]
DECISIONS = [
    Shortcut(Comment.Status.APPROVED, ("a",), _("Setujui")),
    Shortcut(Comment.Status.SPAM, ("s",), _("Spam")),
    Shortcut(Comment.Status.REJECTED, ("r", "t"), _("Tolak")),
]
DECISION_STATUSES = frozenset(decision.action for decision in DECISIONS)
