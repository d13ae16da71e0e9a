"""Text as a spammer cannot disguise it: one lowercase ASCII-ish form.

Spammers write 𝗦𝗟𝗢𝗧 in mathematical letters, ｓｌｏｔ in fullwidth, Cyrillic
lookalikes, zero-width characters inside words, s l o t with spaces,
g4c0r in leetspeak and ɹoɔɐƃ ʇols upside down. Every screening step
matches the form ``normalize`` gives: upside-down runs turned back
(``upside_down``), Unicode NFKC, combining marks dropped, Unicode's
confusables folded to Latin (the ``confusable-homoglyphs`` data), the fancy
text generators' alphabets read as Latin (``fancy_letters``), format
characters and blank letters stripped, spaced-out letters joined, common
leetspeak undone, a trade's words read whole where they were split, glued,
doubled, masked or written without vowels (``trade_words``), and text
written backwards read the other way too.
"""

import re
import unicodedata
from functools import lru_cache

from confusable_homoglyphs.confusables import confusables_data

from . import fancy_letters, trade_words, upside_down


def look_alike_table() -> dict[int, str]:
    """The table reading each look-alike of an ASCII letter or digit as it (lowercase)."""
    return _fold_table()


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, str]:
    """Each non-ASCII character Unicode calls confusable with one ASCII letter or digit."""
    table = {}
    for char, glyphs in confusables_data.items():
        if len(char) != 1 or char.isascii():
            continue
        for glyph in glyphs:
            target = glyph["c"]
            if len(target) == 1 and target.isascii() and target.isalnum():
                table[ord(char)] = target.lower()
                break
    for char, target in _LOOKALIKES.items():
        table.setdefault(ord(char), target)
    for start, end in _LATIN_EXTENDED:
        for code in range(start, end):
            letter = _LATIN_LETTER.match(unicodedata.name(chr(code), ""))
            if letter:
                table.setdefault(code, letter.group(1).lower())
    table.update({ord(char): target for char, target in _PREFERRED.items()})
    # Regional indicators (🇸🇱🇴🇹), negative circled (🅢🅛🅞🅣) and negative
    # squared letters (🅂🅻🅾🆃) are letters in disguise.
    for start in (0x1F1E6, 0x1F150, 0x1F170):
        for offset in range(26):
            table[start + offset] = chr(ord("a") + offset)
    return table


# Latin letters with a hook or a bar, turned, reversed or small capitals
# (ʂlɵʈ ɠɑƈɵɽ): the letter their Unicode name gives.
_LATIN_LETTER = re.compile(
    r"LATIN (?:SMALL |CAPITAL )?LETTER (?:(?:SMALL CAPITAL|BARRED|REVERSED|TURNED|CLOSED"
    r"|OPEN|LONG|SCRIPT|DOTLESS|SIDEWAYS|INVERTED|BROKEN|STRETCHED) )*([A-Z])(?: WITH .*)?$"
)
_LATIN_EXTENDED = [(0x00C0, 0x02B0), (0x1D00, 0x1DC0), (0x1E00, 0x1F00), (0x2C60, 0x2C80)]
_LATIN_EXTENDED += [(0xA720, 0xA800), (0xAB30, 0xAB70)]


# Where the confusables list picks a letter a reader would not see.
_PREFERRED = {"ӏ": "l", "Ӏ": "l", "ǀ": "l", "ı": "i"}


# Small capitals (ꜱʟᴏᴛ ɢᴀᴄᴏʀ), and lowercase Greek and Cyrillic letters
# spammers use for Latin ones that Unicode's confusables list leaves out
# (they differ in some fonts).
_LOOKALIKES = {
    **dict(zip("ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡʏᴢ", "abcdefghijklmnopqrstuvwyz", strict=True)),
    "τ": "t",
    "т": "t",
    "¡": "i",
    "κ": "k",
    "к": "k",
    "ν": "v",
    "ι": "i",
    "η": "n",
    "ω": "w",
    "м": "m",
    "н": "h",
    "в": "b",
    "г": "r",
    "п": "n",
    "ш": "w",
    "я": "r",
    "д": "d",
    "ь": "b",
    "ц": "u",
    # A reversed N in faux Cyrillic (ιи∂σηєѕια).
    "и": "n",
    "л": "n",
    "ρ": "p",
    "υ": "u",
    "χ": "x",
    "β": "b",
    "ε": "e",
    "ɛ": "e",
    "Ꮎ": "o",
}


_LEET = str.maketrans(
    {"4": "a", "3": "e", "1": "i", "0": "o", "5": "s", "7": "t", "9": "g", "6": "g", "8": "b"}
)
_SYMBOL_LETTERS = str.maketrans({"@": "a", "$": "s", "!": "i", "|": "l", "€": "e"})
# A symbol standing for a letter inside a word: g@cor, m$ximal, f0||0w3r5
# (between letters or leetspeak digits), $lot and |ink (at its start), and
# an @ ending a word (harg@ bis@ nego).
_SYMBOL_WORD = re.compile(r"(?<![a-z0-9@$!|€])[a-z0-9@$!|€]*[a-z][a-z0-9@$!|€]*")
_SYMBOL_IN_WORD = re.compile(
    r"(?<=[a-z0-9])[@$!|€]+(?=[a-z0-9])|^[$|]+(?=[a-z0-9]{2})|(?<=[a-z])@$"
)


def _symbols_to_letters(match: re.Match) -> str:
    return _SYMBOL_IN_WORD.sub(lambda m: m.group().translate(_SYMBOL_LETTERS), match.group())


# A word mixing letters and digits (g4c0r, m4xw1n, 5l07, 8andar): its digits are
# letters, except a number with its unit (100rb, 5jt) and a brand's
# trailing number (slot88, naga303) or lottery "4D" (sultan4d).
_MIXED = re.compile(r"(?<![a-z0-9])[a-z0-9]*(?:[a-z][0-9]|[0-9][a-z])[a-z0-9]*")
_NUMBER_UNIT = re.compile(
    r"\d+(?:rb|k|jt|juta|ribu|x|d|gb|mb|km|kg|cm|mm|m|an|th|thn|pm|am)|(?:rp|idr|usd)\d+"
)
_TRAILING_NUMBER = re.compile(r"(?:\d{2,}|4d)$")


# A phone number in a word (wa08123456789, O8l2345678): seven digits or
# more, with o, l and i standing for 0 and 1, set apart as a number.
_NUMBER_RUN = re.compile(r"[0-9oli]+")
_DIGIT_LOOKALIKES = str.maketrans("oli", "011")


def _number_in_word(token: str) -> str | None:
    for run in _NUMBER_RUN.finditer(token):
        if sum(c.isdigit() for c in run.group()) >= 7:
            number = run.group().translate(_DIGIT_LOOKALIKES)
            parts = (token[: run.start()], number, token[run.end() :])
            return " ".join(part for part in parts if part)
    return None


# A phone number in groups with O, l or I for some digits (O8I2-3456-789O,
# +62 8l2 …): its digits, six real ones at least.
_PHONE_LOOKALIKE = re.compile(
    r"(?<![a-z0-9+])(?:\+?62[\s.\-]?|[o0])8(?:[\s.\-]?[0-9oli]){8,11}(?![a-z0-9])"
)


def _phone_digits(match: re.Match) -> str:
    number = match.group()
    return number.translate(_DIGIT_LOOKALIKES) if sum(c.isdigit() for c in number) >= 6 else number


# A phone number written partly or wholly in words, its digits perhaps
# letters: "0813 nol tujuh dua sembilan 4415", "nol delapan satu tiga / …",
# "nol8 satu2 8899".
_DIGIT_WORDS = dict(
    zip(
        "nol kosong satu dua tiga empat lima enam tujuh delapan sembilan".split(),
        "00123456789",
        strict=True,
    )
)
# One group: digits and digit words, glued or not ("nol8", "satu2"); read
# possessively, so a long run that is no number fails at once.
# A run of digits may hold O, l or I for one, never the l of "lima".
_DIGIT_RUN = r"[0-9](?:[0-9]|(?!lima)[oli])*+"
_DIGIT_GROUP = r"(?>(?:" + "|".join(_DIGIT_WORDS) + rf"|{_DIGIT_RUN})++)(?![a-z0-9])"
_NUMBER_IN_WORDS = re.compile(
    rf"(?<![a-z0-9])(?=0|nol|kosong){_DIGIT_GROUP}(?:[\s,.\-/]{{1,3}}{_DIGIT_GROUP}){{1,13}}"
)
_DIGIT_PART = re.compile("|".join(_DIGIT_WORDS) + f"|{_DIGIT_RUN}")


def _digits_of_words(match: re.Match) -> str:
    parts = _DIGIT_PART.findall(match.group())
    if all(part[0].isdigit() for part in parts):
        return match.group()  # digits alone: read as they are
    digits = "".join(_DIGIT_WORDS.get(part) or part.translate(_DIGIT_LOOKALIKES) for part in parts)
    return digits if digits.startswith("08") and 10 <= len(digits) <= 13 else match.group()


def _unleet(match: re.Match) -> str:
    token = match.group()
    if _NUMBER_UNIT.fullmatch(token):
        return token
    number = _number_in_word(token)
    if number:
        return number
    tail = _TRAILING_NUMBER.search(token)
    if tail and sum(c.isalpha() for c in token[: tail.start()]) < 3:
        tail = None  # 5l07: too few letters before it for a brand's number
    if tail and _known(token.translate(_LEET)):
        tail = None  # samp41: a word, not a brand's number
    head = token[: tail.start()] if tail else token
    if not any(c.isalpha() for c in head):
        return token
    return _read_ones(head) + (tail.group() if tail else "")


def _read_ones(word: str) -> str:
    """``word``'s digits as letters; 1 as l where that alone gives a known word (s1ot, 1agi)."""
    with_i = word.translate(_LEET)
    if "1" in word and not _known(with_i):
        with_l = word.replace("1", "l").translate(_LEET)
        return with_l if _known(with_l) else with_i
    return with_i


# One separator between the letters, the same all along: s.l.o.t g.a.c.o.r
# gives two words.
# The separator may be anything but a letter or digit (s🎰l🎰o🎰t), up to three.
_SPACED = re.compile(
    r"(?<![a-z0-9])[a-z0-9](?P<sep>[^a-z0-9\n]{1,3})[a-z0-9]"
    r"(?:(?P=sep)[a-z0-9])+(?![a-z0-9])"
)
# Separators mixed, one or two plain ones between each letter: s.l-o t
# (three letters at least: 127.0.0.1 stays).
_SPACED_MIXED = re.compile(r"(?<![a-z0-9])[a-z0-9](?:[ .\-_*~/|+:]{1,2}[a-z0-9]){3,}(?![a-z0-9])")
_SEPARATORS = re.compile(r"[^a-z0-9]")


def _joined_if_letters(match: re.Match) -> str:
    spaced = match.group()
    if sum(c.isalpha() for c in spaced) < 3:
        return spaced
    parts = spaced.split()
    # Dotted words set apart by spaces stay apart: "j.u.a.l a.k.u.n" reads "jual akun".
    if len(parts) > 1 and all(len(part) > 2 for part in parts):
        return " ".join(
            ("." if part[0] == "." else "") + _SEPARATORS.sub("", part) for part in parts
        )
    return _SEPARATORS.sub("", spaced)


# A line written with a space after every character and wider gaps between
# its words ("M a u   c u a n ?   j o i n   @ c u a n"): its words read
# whole, with what stood beside them (@cuan, 30%, "b a n d u n g,"),
# however wide the gaps.
_WIDE_GAP = re.compile(r" {2,}")
_LETTER_SPACED_WORD = re.compile(r"\S[,.!?:;]?(?: \S[,.!?:;]?)*")


def _letter_spaced_line(line: str) -> str:
    parts = _WIDE_GAP.split(line.strip())
    if len(parts) < 2 or not all(_LETTER_SPACED_WORD.fullmatch(part) for part in parts):
        return line
    return " ".join(part.replace(" ", "") for part in parts)


# A short link written apart: t . me / grupcuan, s . id/ tagihan, t me/manja.
_SPACED_SHORT_LINK = re.compile(
    r"(?<![a-z0-9])(s|t|bit|cutt|wa)(?:\s?\.\s?|\s)(id|me|ly)\s?/\s?(?=[a-z0-9])"
)
# slot-gacor, slot_gacor: two words.
_JOINERS = re.compile(r"(?<=[a-z])[-_]+(?=[a-z])")
_REPEATS = re.compile(r"([a-z])\1{2,}")
_SPACES = re.compile(r"\s+")


# Hangul fillers: letters by their category that show nothing (slㅤot).
_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0")


def _strip_marks_and_format(text: str) -> str:
    out = []
    for char in unicodedata.normalize("NFKD", text):
        category = unicodedata.category(char)
        if category in ("Mn", "Me", "Cf") or char in _BLANK_LETTERS:
            continue  # combining marks; zero-width and other format characters
        out.append(char)
    return "".join(out)


def _drop_symbols_in_words(text: str) -> str:
    """Emoji and other symbols between letters go: g🔥a💰c🎰o⚡r reads gacor.

    Between two words of two letters or more they part them: slot🔥gacor
    reads "slot gacor" (and sl🔥ot "sl ot", read whole again later); not
    between a word and a number. Elsewhere they become a space.
    """
    out: list[str] = []
    i = 0
    while i < len(text):
        end = i
        while end < len(text) and unicodedata.category(text[end]) == "So":
            end += 1
        if end == i:
            out.append(text[i])
            i += 1
            continue
        if 0 < i and end < len(text) and text[i - 1].isalnum() and text[end].isalnum():
            words = (
                i > 1 and text[i - 2].isalnum() and end + 1 < len(text) and text[end + 1].isalnum()
            )
            # A name and its number stay one: NAGA🐉777 reads naga777.
            words = words and text[i - 1].isdigit() == text[end].isdigit()
            out.append(" " if words else "")
        else:
            # Standing apart, they part words and say nothing: "umroh 🕌 promo",
            # except the one that says "free" (🆓).
            out.append(" gratis " if "\U0001f193" in text[i:end] else " ")
        i = end
    return "".join(out)


# A capital I inside or ending a lowercase word is an l in disguise (sIot,
# onIine, pinjoI); a small l inside a capital word, an I (PlNJOL).
_CAPITAL_I_FOR_L = re.compile(r"(?<=[a-z])I(?=[a-z])|(?<=[a-z]{2})I(?![A-Za-z])")
_SMALL_L_FOR_I = re.compile(r"(?<=[A-Z])l(?=[A-Z])")
# Shouting after a word (gacor!!1!): the 1s are exclamation marks, not letters.
_SHOUTED = re.compile(r"!+1[!1]*(?![a-z0-9])")
# Lookalikes that NFKC or casefolding would turn into another letter first
# (ϲ, the lunate sigma, Σ and the final sigma ς would become σ and read as o).
# Parenthesised letters (⒮⒧⒪⒯) would become "(s)(l)(o)(t)": the letters alone.
# Greek capitals would become small Greek letters of another shape (Μ μ, Ν ν,
# Η η, Υ υ): the Latin capital they look like. Dashes of every length join
# the groups of a phone number as a hyphen does (0857 – 2222 – 3333).
_BEFORE_NFKC = str.maketrans(
    {"ϲ": "c", "Ϲ": "C", "ϳ": "j", "Σ": "S", "ς": "c"}
    | {chr(0x249C + i): chr(ord("a") + i) for i in range(26)}
    | dict(zip("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ", "ABEZHIKMNOPTYX", strict=True))
    | dict.fromkeys("‐‑‒–—―−", "-")
)
# A right-to-left override shows what follows it reversed: "\u202etols" shows "slot".
_OVERRIDDEN = re.compile("\u202e([^\u202a-\u202e\u2066-\u2069\n]*)")


def normalize(text: str) -> str:
    """``text`` lowercased and folded so that disguised words read plainly.

    Text written backwards (rocag tols ratfad) is also read the other way,
    after the text as written, when that way has twice as many known words
    of three letters or more (the trade's and everyday Indonesian ones, not
    those reading the same both ways), three at least. Read both ways,
    words added to turn a text around hide nothing.
    """
    forward = _folded(text)
    tokens = [token for token in words(forward) if len(token) >= 3 and token != token[::-1]]
    backward = sum(_known(token[::-1]) for token in tokens)
    if backward >= 3 and backward > 2 * sum(_known(token) for token in tokens):
        return f"{forward}\n{_folded(text[::-1])}"
    return forward


def normalize_phrase(phrase: str) -> str:
    """A moderator's phrase, normalised as written: one reading, matched in either of a text's."""
    return _folded(phrase)


_EVERYDAY = frozenset(
    """di ke dari yang dan atau ini itu untuk dengan ada saya kami kita kamu anda
    sudah juga bisa tidak pasti ya nih banyak baru cek sama cari main coba lagi
    hanya cuma aja saja langsung buruan segera mau ingin yuk ayo bos gan sis
    hari malam setiap semua asli lama pesan kirim gabung kunjungi order mantap
    bagus jangan lupa mampir member persen bola artikel berita akan oleh pada
    dalam bukan karena jadi kalau jika agar tapi tetapi namun lebih sangat
    paling harus boleh dapat pernah belum masih sedang telah orang waktu tahun
    bulan minggu jam besar kecil mahal terima kasih tolong silakan mohon info
    sini sana mana siapa kapan bagaimana kenapa berapa nanti besok untung jual
    beli bayar harga mereka dia kalian tayang bocoran pola merapat rame sampai
    sampe""".split()
)


def _known(token: str) -> bool:
    return token in _EVERYDAY or trade_words.is_trade_word(token)


def _folded(text: str) -> str:
    text = _OVERRIDDEN.sub(lambda m: m.group(1)[::-1], upside_down.turn_back(text))
    text = unicodedata.normalize("NFKC", text.translate(_BEFORE_NFKC))
    text = _CAPITAL_I_FOR_L.sub("l", _strip_marks_and_format(text))
    text = _SMALL_L_FOR_I.sub("I", text)
    text = unicodedata.normalize("NFKC", text).casefold()
    text = "\n".join(_WIDE_GAP.sub(" ", _letter_spaced_line(line)) for line in text.split("\n"))
    text = fancy_letters.read_latin(text, _fold_table()).translate(_fold_table())
    text = _drop_symbols_in_words(_SHOUTED.sub("!", text))
    text = _SYMBOL_WORD.sub(_symbols_to_letters, text)
    text = _NUMBER_IN_WORDS.sub(_digits_of_words, text)
    text = _PHONE_LOOKALIKE.sub(_phone_digits, text)
    text = _MIXED.sub(_unleet, text)
    text = trade_words.unmask(text)
    text = _SPACED_MIXED.sub(_joined_if_letters, text)
    text = _SPACED.sub(lambda m: _SEPARATORS.sub("", m.group()), text)
    text = _MIXED.sub(_unleet, text)  # g 4 c 0 r, joined only now
    text = _SPACED_SHORT_LINK.sub(r"\1.\2/", text)
    text = _JOINERS.sub(" ", text)
    text = _REPEATS.sub(r"\1", text)
    return trade_words.restore(_SPACES.sub(" ", text).strip())


_WORD = re.compile(r"[a-z0-9]+")


def words(normalized: str) -> list[str]:
    return _WORD.findall(normalized)


def compact(normalized: str) -> str:
    """Letters and digits only: the form a phrase is matched in when a spammer split it."""
    return "".join(_WORD.findall(normalized))
