"""The spam trades' own words, read whole again where a spammer broke them.

Spammers break the words a filter looks for: split at random (sl ot ga cor),
glued together (situsslotgacor88), letters doubled (Juual, gaacoor), masked
(sl*t, p*nj*l) or vowels dropped (slt gcr). Each repair here only ever gives
words of ``WORDS``, a short explicit list, so ordinary words stay as they
are: "foto gelap" and "di rumah" are not joined, "maaf" and "saat" keep
their letters, a reader's censored "b*ngs*t" stays censored, and "tgl"
still abbreviates tanggal.
"""

import re

WORDS = frozenset(
    """slot gacor maxwin togel toto scatter jackpot deposit withdraw casino kasino
    sbobet parlay judol judi bandar bonus daftar pinjol pinjaman cair pencairan
    jaminan agunan checking obat kuat pelangsing herbal investasi profit trading
    crypto kripto cuan followers backlink joki rekening sewa jual akun murah
    gratis saldo hadiah klaim admin hubungi whatsapp watsap telegram japri
    online kerja gaji modal dijamin terpercaya resmi link situs klik juta ribu
    rumah tanpa cepat langsung bunga promo winrate menang lancar depo dana kredit
    perkasa pembesar stamina ampuh""".split()
)
# Words spammers glue to the trade's (agenslot, slotgacorhariini), never
# read as a trade's word by themselves.
_GLUE = frozenset(
    """agen hari ini pasti gampang mudah anti rungkad hoki vip asia login
    alternatif terbaik terbaru indonesia sekarang new member baru pria""".split()
)


def is_trade_word(token: str) -> bool:
    """Whether ``token`` is one of the trade's words, or of the words glued to them."""
    return token in WORDS or token in _GLUE


_DOUBLES = re.compile(r"([a-z])\1+")
_DIGITS = "0123456789"


def _shape(word: str) -> str:
    return _DOUBLES.sub(r"\1", word)


# The trade's words with their vowels dropped (slt gcr, mxwn, dpst): the
# first letter kept or not. Left out: what ordinary writing abbreviates the
# same way for another word (akn: akan, tgl: tanggal, jdl: judul, sts:
# status, dmn: di mana, bng: abang, mdl: model).
_VOWELS = frozenset("aeiou")
_NOT_SKELETONS = frozenset("akn tgl jdl sts dmn bng mdl gnn nln mph hdh krj prm".split())


def _skeletons(word: str) -> set[str]:
    consonants = "".join(c for c in word[1:] if c not in _VOWELS)
    shapes = {word[0] + consonants, consonants if word[0] in _VOWELS else ""}
    return {s for s in shapes if len(s) >= 3 and s != word and s not in _NOT_SKELETONS}


# Each word by its shape with doubled letters single (followers: folowers),
# and by its skeleton.
_BY_SHAPE = {_shape(s): word for word in WORDS for s in _skeletons(word)}
_BY_SHAPE.update({_shape(word): word for word in WORDS})


def _word(text: str) -> str | None:
    """The word of ``WORDS`` that ``text`` spells (doubled letters and a brand's number allowed)."""
    head = text.rstrip(_DIGITS)
    found = _BY_SHAPE.get(_shape(head))
    return found + text[len(head) :] if found else None


def _unglued(token: str) -> str | None:
    """``token`` as the trade's words it glues together (two at least, one a trade's), or None."""
    head = token.rstrip(_DIGITS)
    if len(head) < 8 or len(head) > 40 or not head.isalpha() or head in WORDS:
        return None
    # ways[i]: one way to read head[:i] as words, or None.
    ways: list[list[str] | None] = [[]] + [None] * len(head)
    for end in range(3, len(head) + 1):
        for start in range(max(0, end - 12), end - 2):
            if ways[start] is None:
                continue
            piece = head[start:end]
            word = _word(piece) or (piece if piece in _GLUE else None)
            if word:
                ways[end] = [*ways[start], word]
                break
    pieces = ways[-1]
    if not pieces or len(pieces) < 2 or not any(piece in WORDS for piece in pieces):
        return None
    return " ".join(pieces) + token[len(head) :]


def read_whole(token: str) -> str:
    """``token`` (one word) as the trade's words it spells glued or doubled, else as it is."""
    return _word(token) or _unglued(token) or token


_ADDRESS_WORDS = re.compile(r"[a-z0-9]+")


def address_words(address: str) -> str:
    """The words of a web address, read apart where glued (situsslotgacor.com).

    An address is kept whole in the normalised text, for its link to count
    once; its words are read by themselves.
    """
    return " ".join(read_whole(word) for word in _ADDRESS_WORDS.findall(address))


_TOKENS = re.compile(r"[a-z0-9]+|[^a-z0-9]+")


def restore(text: str) -> str:
    """``text`` (normalised) with the trade's split, glued and doubled words whole again."""
    parts, out, i = _TOKENS.findall(text), [], 0
    while i < len(parts):
        for n in (4, 3, 2):
            span = parts[i : i + 2 * n - 1]
            pieces, gaps = span[::2], span[1::2]
            # ga cor365: a brand's number may follow, in the last piece.
            complete = len(span) == 2 * n - 1 and pieces[-1].rstrip(_DIGITS).isalpha()
            word = _word("".join(pieces)) if complete and set(gaps) in ({" "}, {"."}) else None
            if word:
                out.append(word)
                i += 2 * n - 1
                break
        else:
            token = parts[i]
            # Part of an address (danaberkah.click, wa.me/…): left as written.
            address = (i and parts[i - 1][-1] in "./@") or parts[i + 1 : i + 2] == ["."]
            if token[0].isalpha() and not address:
                token = read_whole(token)
            out.append(token)
            i += 1
    return "".join(out)


# A word with a letter or more masked (sl*t, g*c*r, maxw#n), letters at both ends.
_MASKED = re.compile(r"(?<![a-z0-9*#])[a-z][a-z]*[*#][a-z*#]*[a-z](?=[0-9]*(?![a-z0-9*#]))")


def _unmasked(match: re.Match) -> str:
    masked = match.group()
    if len(masked) < 4 or sum(c.isalpha() for c in masked) < 3:
        return masked
    pattern = re.compile(re.sub(r"[*#]", "[a-z]", masked))
    found = [word for word in WORDS if len(word) == len(masked) and pattern.fullmatch(word)]
    return found[0] if len(found) == 1 else masked


def unmask(text: str) -> str:
    """``text`` with each masked word that can only be one of the trade's words spelt out."""
    return _MASKED.sub(_unmasked, text)
