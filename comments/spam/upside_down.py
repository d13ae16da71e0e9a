"""Upside-down text (ɹoɔɐƃ ʇols) turned back: each letter turned, the run reversed."""

import re
import string

_UPSIDE_DOWN = {
    **dict(zip("ɐqɔpǝɟƃɥıᴉɾʞlןɯuodbɹsʇnʌʍxʎz", "abcdefghiijkllmnopqrstuvwxyz", strict=True)),
    **dict(zip("∀ᗺƆᗡƎℲ⅁HIſ˥WNOԀᴚS⊥┴∩ΛMX⅄Z", "abcdefghijlmnoprsttuvwxyz", strict=True)),
    **dict(zip("0ƖᄅƐㄣϛ9ㄥ86¡¿˙',", "0123456789!?.,'", strict=True)),
    **{digit: digit for digit in "123457"},  # digits some writers leave as they are
    **dict(zip("()[]{}<>", ")(][}{><", strict=True)),
}
# Letters only upside-down text uses: two of them mark a run of it.
TURNED = frozenset("ɐǝɟƃɥᴉɾʞןɯɹʇʌʍʎ∀ᗺƆᗡƎℲ⅁˥Ԁᴚ⊥┴∩Λ⅄ƖᄅƐㄣϛㄥ")
# A run of what upside-down text is made of, within one line. Ordinary words
# made of the same letters ("so", "pos") are in it only next to turned ones.
_RUN = re.compile("[" + re.escape("".join(_UPSIDE_DOWN) + string.punctuation) + " \t]+")
_BLANK = re.compile(r"[ \t]")


def _turned(match: re.Match) -> str:
    run, text = match.group(), match.string
    blanks = [blank.start() for blank in _BLANK.finditer(run)]
    start, end = 0, len(run)
    # A word the run cuts (the "p" of "Mantap") is not in it.
    if match.start() > 0 and not text[match.start() - 1].isspace():
        start = blanks[0] if blanks else len(run)
    if match.end() < len(text) and not text[match.end()].isspace():
        end = blanks[-1] if blanks else 0
    while start < end and run[start] in " \t":
        start += 1
    while end > start and run[end - 1] in " \t":
        end -= 1
    middle = run[start:end]
    if sum(char in TURNED for char in middle) < 2:
        return run
    turned = "".join(_UPSIDE_DOWN.get(char, char) for char in reversed(middle))
    return run[:start] + turned + run[end:]


def turn_back(text: str) -> str:
    """``text`` with each run of upside-down writing read the right way up."""
    if TURNED.isdisjoint(text):
        return text
    return _RUN.sub(_turned, text)
