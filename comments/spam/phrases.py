"""Block and watch phrases (``SpamPhrase`` rows, editable in the admin), matched
after normalisation: 𝗦𝗟𝗢𝗧 𝗚𝗔𝗖𝗢𝗥, s l o t g a c o r and g4c0r all match
"slot gacor"."""

import re

from .models import SpamPhrase
from .normalize import compact

# A phrase this long is also looked for with spaces and punctuation gone
# (s l o t g a c o r); a shorter one could match across words.
COMPACT_MIN = 7


def _matches(phrase: str, normalized: str, squeezed: str) -> bool:
    if not phrase:
        return False
    if re.search(rf"(?<![a-z0-9]){re.escape(phrase)}(?![a-z0-9])", normalized):
        return True
    tight = compact(phrase)
    return len(tight) >= COMPACT_MIN and tight in squeezed


def contains_any(phrases: list[str], normalized: str) -> bool:
    """Whether ``normalized`` contains one of ``phrases`` (normalised already)."""
    squeezed = compact(normalized)
    return any(_matches(phrase, normalized, squeezed) for phrase in phrases)


def matching(normalized: str, extra: dict[str, list[str]] | None = None) -> dict[str, list[str]]:
    """``{"block": [...], "watch": [...]}``: the phrases ``normalized`` contains.

    ``extra``: phrases from settings (COMMENTS_BLOCK_WORDS, COMMENTS_WATCH_WORDS),
    already normalised.
    """
    squeezed = compact(normalized)
    found: dict[str, list[str]] = {SpamPhrase.Kind.BLOCK: [], SpamPhrase.Kind.WATCH: []}
    rows = list(SpamPhrase.objects.values_list("kind", "normalized"))
    for kind, phrases in (extra or {}).items():
        rows.extend((kind, phrase) for phrase in phrases)
    for kind, phrase in rows:
        if phrase not in found[kind] and _matches(phrase, normalized, squeezed):
            found[kind].append(phrase)
    return found
