"""The features the classifier counts in a comment's normalised text.

Words, pairs of words, and character 4-grams of each word (which still
match a brand or a word spammers vary: gacor88, gacorwin), plus a few marks
for what a comment carries: links, phone numbers, money amounts.
"""

import re

from .models import FEATURE_MAX_LENGTH
from .normalize import normalize, words

MAX_FEATURES = 400
_TLDS = (
    r"(?:com|net|org|id|co|xyz|top|site|online|vip|me|ly|info|biz|link|cc|io|asia|live|pro"
    r"|ee|gg|app|store|shop|club|fun|icu|cfd|sbs|lol|bet|win|click|life|world|today|art|buzz|tv"
    r"|finance|exchange|digital|network|cloud|space|website|tech|pw|monster|cyou|bond|ai)\b"
)
# Domains that are also words a sentence may begin with.
_WORD_TLDS = (
    r"(?:info|me|pro|live|life|world|today|art|shop|store|club|fun|win|top|link|space|cloud"
    r"|digital|network|tech|finance|exchange|website|bond|monster|asia|online|site|ai)"
)
# The dot of a domain as spammers write it: naga88[.]com, naga88 (dot) vip, naga88 titik com,
# naga88 (titik) com.
DOMAIN_DOT = r"\s?(?:\.|。|[(\[{](?:dot|titik|\.)[)\]}]| dot | titik )\s?"
_URL = re.compile(
    r"(?:https?://|hxxps?://|www\.)\S+"
    # Not a sentence's end before a word that is also a domain: "… Bu Nani. Info lebih lanjut".
    rf"|\b[a-z0-9-]{{2,}}(?!\.\s{_WORD_TLDS}\b){DOMAIN_DOT}{_TLDS}"
    # Short links on one-letter domains (s.id/…, t.me/…), and www naga88 com.
    r"|\b[a-z]\.(?:id|me|co|ly|gg)/\S+"
    rf"|\bw [a-z0-9-]{{2,}} {_TLDS}"
)
# An Indonesian mobile number: 08…, 628… or +62 8…, 10 to 13 digits, with
# spaces, dots or dashes between them (opening hours such as 08.00-16.00 are
# too short to be one).
# Digits apart by a space, a dot or a dash, spaced too ("0819 - 3321 - 7088").
# Public services' own numbers, which readers pass on: OJK's complaints line.
_OFFICIAL_NUMBERS = ("81157157157",)
_PHONE = re.compile(
    r"(?<!\d)(?!(?:\(?\+?62\)?[\s.\-]?|\(?0)(?:"
    + "|".join(r"\)?\s?[.\-]?\s?".join(number) for number in _OFFICIAL_NUMBERS)
    + r")(?!\d))"
    r"(?:\(?\+?62\)?[\s.\-]?|\(?0)8(?:\)?(?:\s?[.\-]\s?|\s)?\d){8,11}(?!\d)"
)
# The "wa" (and) of an Arabic phrase, not WhatsApp: "innalillahi wa inna
# ilaihi raji'un", "subhanahu wa ta'ala", "wa'alaikumsalam".
ARABIC_AND = (
    r"(?!\s?'?(?:inna|ta'?\s?ala|salam|sallam|alaikum|'alaikum|rahmatullah|barakatuh"
    r"|ilaihi|ba'?du))"
)
# A chat app named as the way to reach someone (not "grup WA", a group of readers).
# So is a handle on one ("DM IG @solusihutang", "tele @toko").
_CHAT_CONTACT = re.compile(
    r"(?<!grup )(?<!group )\b(?:wa|whatsapp|whatsap|wa\.me|telegram|tele|tg)\b(?! grup| group)"
    # Not the "wa" (and) of an Arabic phrase: "innalillahi wa inna ilaihi raji'un".
    rf"{ARABIC_AND}"
    r"|\b(?:ig|instagram|tele|telegram|tiktok|dm|follow|twitter|di|chat|pesan|pesen)\s?:?\s?"
    r"@[a-z0-9_.]{3,}"
    # The handle first: "@fixaccount.tech di IG".
    r"|@[a-z0-9_.]{3,}\s?(?:di|on|at)\s?(?:ig|instagram|tele|telegram|tiktok|fb|twitter)\b"
    # "DM admin", "DM aja", or "DM" closing the comment.
    r"|\bdm\b(?=\s?(?:admin|aja|saja|kami|saya|aku|sekarang|kak|for|untuk|@)|[\s.!]*$)"
)
# A bank or wallet account to send money to, with the name it is held in:
# "rek. BRI 4410-01-009812-53-7 a.n. Yayasan …", "BCA 7720113854 a.n. Siti".
_BANKS = r"bri|bca|bni|mandiri|bsi|btn|cimb|permata|danamon|bjb|jago|seabank|dana|ovo|gopay"
ACCOUNT = re.compile(
    rf"(?<![a-z])(?:rek(?:ening)?\.?|norek|no\.?\s?rek\.?|{_BANKS})(?:\s?(?:{_BANKS}))?\s?:?\s?"
    r"\d[\d .-]{6,22}\d\s?(?:a\.?\s?n\b\.?|a\s?/\s?n\b|atas\s?nama)"
    # Not a relief body's own account, which readers pass on ("a.n. Palang
    # Merah", its full stop read or not).
    r"(?![.\s]*(?:yayasan\s?)?(?:palang\s?merah|pmi|baznas|badan\s?amil|kitabisa|dompet\s?dhuafa"
    # Nor a public office's, a house of worship's or a committee's.
    r"|bpbd|bnpb|kemensos|kemenag|kementerian|pemkab|pemkot|pemda|pemprov|dinas|masjid|gereja|gbkp"
    r"|hkbp|gki|gpib|dkm|takmir|panitia|pengurus|lazis\w*"
    r"|rumah\s?zakat|lazismu|nu\s?care|act\b))"
)
_MONEY = re.compile(r"\b\d+\s?(?:rb|ribu|jt|juta|k)\b|\brp\s?\d")


def link_targets(text: str) -> list[str]:
    """The distinct links written in ``text`` (normalised), bare domains included."""
    return sorted(set(_URL.findall(text)))


def link_count(text: str) -> int:
    return len(link_targets(text))


def extract(text: str) -> tuple[str, list[str]]:
    """``(normalised text, features)`` of a comment's plain text."""
    normalized = normalize(text)
    return normalized, features(normalized)


def features(normalized: str) -> list[str]:
    """The features of a comment's normalised text."""
    # A bare number (a year, a price, a time) says nothing of spam by itself;
    # the marks above count what numbers do say.
    tokens = [token for token in words(normalized) if not token.isdigit()]
    found: list[str] = []
    seen: set[str] = set()

    def add(feature: str) -> None:
        feature = feature[:FEATURE_MAX_LENGTH]
        if feature not in seen:
            seen.add(feature)
            found.append(feature)

    links = link_count(normalized)
    if links:
        add("!link")
        if links > 1:
            add("!links")
    if _PHONE.search(normalized):
        add("!phone")
    if _CHAT_CONTACT.search(normalized):
        add("!chat")
    if _MONEY.search(normalized):
        add("!money")
    for token in tokens:
        add(f"w:{token}")
    for first, second in zip(tokens, tokens[1:], strict=False):
        add(f"b:{first} {second}")
    for token in tokens:
        padded = f"_{token}_"
        for i in range(len(padded) - 3):
            add(f"c:{padded[i : i + 4]}")
    return found[:MAX_FEATURES]
