"""The starter lists and corpus ``load_spam_corpus`` loads; moderators edit the lists after."""

import hashlib
from pathlib import Path

CORPUS = Path(__file__).parent / "corpus"

# Only promoters write these: a comment with one goes straight to Spam.
BLOCK = [
    "bonus new member",
    "anti rungkad",
    "rtp live",
    "bocoran rtp",
    "pola gacor",
    "slot gacor hari ini",
    "situs gacor",
    "wd berapapun",
    "pasti maxwin",
    "pasti jp",
    "gampang maxwin",
    "scatter hitam",
    "pasti acc",
    "cair tanpa bi checking",
    "obat kuat tahan lama",
    "profit harian dijamin",
]
# Rarely written but to promote: a comment with one waits for a moderator.
# Words readers use critically as well ("togel", "obat kuat", "slot gacor",
# "robot trading"), or as a fan's slang ("gacor", "maxwin": a striker's good
# form), are left to the score, which weighs what surrounds them.
WATCH = [
    "deposit pulsa",
    "link alternatif",
    "tanpa bi checking",
    "pinjol cair",
    "profit harian",
    "bandar togel",
    "situs slot",
]


def corpus_marker() -> str:
    """The row that records the starter corpus as learned (its content's digest)."""
    spam, ham = corpus_lines("spam"), corpus_lines("ham")
    digest = hashlib.sha256("\n".join(["spam", *spam, "ham", *ham]).encode()).hexdigest()
    return f"#corpus:{digest[:16]}"


def starter_counts() -> dict[str, list[int]]:
    """``{feature: [spam, ham]}`` of the starter corpus, totals under ``TOTALS``."""
    from .features import extract
    from .models import TOTALS

    counts: dict[str, list[int]] = {TOTALS: [0, 0]}
    for column, name in ((0, "spam"), (1, "ham")):
        for text in corpus_lines(name):
            for feature in [TOTALS, *extract(text)[1]]:
                counts.setdefault(feature, [0, 0])[column] += 1
    return counts


def corpus_lines(name: str) -> list[str]:
    """The comments of ``corpus/<name>.txt``: one a line, ``#`` lines left out."""
    lines = (CORPUS / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]
