"""What an import did: counts per kind and outcome, notes, and the table printed at the end.

Notes name posts and comments by their WordPress id and say what was
changed to fit Kabar; they never hold a commenter's or author's email, IP
address or user agent.
"""

from collections import Counter, defaultdict

OUTCOMES = ("created", "updated", "unchanged", "skipped")
# Rows in this order; a kind nothing happened to is left out.
KINDS = (
    "articles",
    "categories",
    "tags",
    "sources",
    "authors",
    "comments",
    "photos",
    "pingbacks",
    "trackbacks",
    "pages",
    "attachments",
    "menu items",
    "revisions",
    "other items",
)


class Report:
    def __init__(self):
        self.counts: dict[str, Counter] = defaultdict(Counter)
        self.notes: list[str] = []

    def count(self, kind: str, outcome: str, n: int = 1) -> None:
        if outcome not in OUTCOMES:
            raise ValueError(f"unknown outcome {outcome!r}")
        self.counts[kind][outcome] += n

    def note(self, text: str) -> None:
        self.notes.append(text)

    def get(self, kind: str, outcome: str) -> int:
        return self.counts.get(kind, Counter())[outcome]

    @property
    def changed(self) -> bool:
        return any(c["created"] or c["updated"] for c in self.counts.values())

    def table(self) -> str:
        """The counts as a plain-text table, one row per kind."""
        kinds = [k for k in KINDS if k in self.counts]
        kinds += sorted(k for k in self.counts if k not in KINDS)
        width = max([len("kind"), *(len(k) for k in kinds)])
        header = f"{'kind':<{width}}" + "".join(f"{o:>11}" for o in OUTCOMES)
        lines = [header, "-" * len(header)]
        for kind in kinds:
            counts = self.counts[kind]
            lines.append(f"{kind:<{width}}" + "".join(f"{counts[o]:>11,}" for o in OUTCOMES))
        return "\n".join(lines)
