"""The alphabets of "fancy text" generators, read as the Latin letters they stand for.

Such generators write a promotion in letters of other scripts and symbols
that look like Latin ones: 丂ㄥㄖㄒ ᘜ卂匚ㄖ尺, ᔕᒪOT, ነረoፕ, รl๏շ, ₴lo₮, ∂αftαя.
Unicode's confusables list knows few of them. A character of another script
is read as Latin only in a word whose every letter is Latin or of these
alphabets: Chinese, Thai or Amharic writing stays as written.
"""

import re
import unicodedata
from functools import lru_cache

from . import trade_words

# a to z in each alphabet (an ASCII letter: the alphabet keeps it).
_ALPHABETS = [
    "卂乃匚刀乇下厶卄工丁长乚从𠘨口尸㔿尺丂丅凵リ山乂丫乙",
    "ﾑ乃ᄃり乇ｷムんﾉﾌズﾚﾶ刀のｱゐ尺丂ｲひ√Wﾒﾘ乙",
    "卂乃匚ᗪ乇千Ꮆ卄丨ﾌҜㄥ爪几ㄖ卩Ɋ尺丂ㄒㄩᐯ山乂ㄚ乙",
    "ᗩᗷᑕᗪEᖴGᕼIᒍKᒪᗰᑎOᑭᑫᖇᔕTᑌᐯᗯ᙭Yᘔ",
    "ልጌርዕቿቻኗዘጎጋጕረጠክዐየዒዪነፕሁሀሠሸሃጊ",
    "ᏗᏰፈᎴᏋᎦᎶᏂᎥᏠᏦᏝᎷᏁᎧᎮᎤᏒᏕᏖᏬᏉᏇጀᎩፚ",
    "ค๒ς๔єŦﻮђเןкɭ๓ภ๏קợгรՇยשฬאץչ",
    "αв¢∂єƒgнιנкℓмησρqяѕтυνωχуz",
    "ΛBᄃDΣFGΉIJKᄂMПӨPQЯƧƬЦVЩXYZ",
    "₳฿₵ĐɆ₣₲ⱧłJ₭Ⱡ₥₦Ø₱QⱤ₴₮ɄV₩ӾɎⱫ",
    "ąცƈɖɛʄɠɧıʝƙƖɱŋơ℘զཞʂɬų۷ῳҳყʑ",
]
# Where the alphabets disagree with a reading other writing needs (Polish ł,
# the sigma read S), these keep folding's reading. Where they disagree with
# each other, a word is read the way that gives the trade's words (ム: a or
# g, 刀: d or n), else by the first alphabet; but σ (ς once casefolded), and
# φ and θ, which other generators use, read o.
_KEEP = set("łŦợɬʄΣΉ")
_PREFERRED = {"σ": "o", "φ": "o", "θ": "o"}


def _as_read(char: str) -> str:
    """``char`` as normalising leaves it before folding: NFKC, marks dropped, casefolded."""
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", char))
    text = "".join(c for c in text if unicodedata.category(c) not in ("Mn", "Me", "Cf"))
    return unicodedata.normalize("NFKC", text).casefold()


@lru_cache(maxsize=1)
def _letters() -> dict[str, str]:
    """Each character's readings, the first alphabet's first (ム: a, then g)."""
    letters: dict[str, str] = {}
    for alphabet in _ALPHABETS:
        for latin, char in zip("abcdefghijklmnopqrstuvwxyz", alphabet, strict=True):
            read = _as_read(char)
            if len(read) == 1 and not read.isascii() and char not in _KEEP:
                if latin not in letters.get(read, ""):
                    letters[read] = letters.get(read, "") + latin
    return letters | _PREFERRED


@lru_cache(maxsize=1)
def _any_letter() -> re.Pattern:
    return re.compile("[" + re.escape("".join(_letters())) + "]")


_WORD = re.compile(r"\S+")


def read_latin(text: str, folded: dict[int, str]) -> str:
    """``text`` (casefolded) with each word written in those alphabets read as Latin.

    ``folded`` holds the characters folding reads as Latin anyway; any other
    letter in a word keeps the word as written.
    """
    if not _any_letter().search(text):
        return text
    letters = _letters()

    def latin(match: re.Match) -> str:
        word = match.group()
        if not _any_letter().search(word):
            return word
        for char in word:
            if char.isalpha() and not (char.isascii() or char in letters or ord(char) in folded):
                return word
        return _likeliest(word, letters)

    return _WORD.sub(latin, text)


_RUN = re.compile(r"[a-z]{3,}")


def _likeliest(word: str, letters: dict[str, str]) -> str:
    """``word`` read as Latin; where a letter has more readings, the one giving the trade's words.

    Four such letters at most are weighed (16 readings); past them, first readings.
    """
    ambiguous = sum(len(letters.get(char, "")) > 1 for char in word)
    readings = [""]
    for char in word:
        options = letters.get(char, char)
        readings = [r + o for r in readings for o in (options if ambiguous <= 4 else options[0])]
    return max(readings, key=lambda r: sum(map(trade_words.is_trade_word, _RUN.findall(r))))
