"""A comment's spam score: what the classifier learned plus the built-in signs.

From ``COMMENTS_SPAM_SCORE`` a new comment goes straight to Spam when the
built-in signs alone reach ``COMMENTS_SPAM_HOLD_SCORE`` (``Score.signs``);
otherwise, from ``COMMENTS_SPAM_HOLD_SCORE``, it waits flagged "Kemungkinan
spam" with the score and its reasons shown to the moderator.

``Score.signs`` counts what the writer says, not what they quote: a reader
quoting a scam message ("Selamat anda memenangkan undian, klik link ini")
to warn others is held for a moderator at most. It counts only signs of a
known trade (or an advertising name or website) that act on it: a number
and a call alone ("yang mau jadi relawan bisa WA koordinator kami di 0857
…"), or one word of each of two trades ("cuan", "withdraw"), hold a
comment at most.
"""

import re
from dataclasses import dataclass, field, replace

from django.conf import settings

from ..plain_text import body_text_as_spaced
from . import classifier
from .features import _CHAT_CONTACT, _PHONE, ACCOUNT, features, link_targets
from .links import hrefs
from .normalize import normalize
from .signals import (
    CHEAP_DOMAINS,
    GAIN,
    Signals,
    is_official,
    name_signals,
    signals,
    website_signals,
)
from .trade_words import address_words

# The classifier's say is bounded: a few hundred learned comments do not
# outweigh the rest of the evidence either way. Towards ham it says less:
# a pitch in ordinary words ("kirim", "paket", "bank") is still a pitch.
CLASSIFIER_CAP = 12.0
CLASSIFIER_HAM_CAP = 4.0


@dataclass(frozen=True)
class Score:
    score: float
    reasons: list[str]
    normalized: str = ""
    features: list[str] = field(default_factory=list)
    # The built-in signs' points alone (``signals``): Spam takes signs that
    # would hold the comment by themselves; learned words alone only hold it.
    signs: float = 0.0
    # Written as a reader's warning (``signals.CRITICAL``, in its own words,
    # outside quotations): held, never binned.
    critical: bool = False
    # ``normalized`` without what the comment quotes.
    unquoted: str = ""


def comment_text(*, url: str = "", body_html: str = "") -> str:
    """The text screened for a comment: its website and text (links' targets kept)."""
    parts = [url, body_text_as_spaced(body_html), *hrefs(body_html)]
    return " \n".join(part for part in parts if part)


def _read(name: str, text: str) -> tuple[str, str, str]:
    """``name`` and ``text`` normalised, each once, and the two as the classifier reads them."""
    name, text = normalize(name), normalize(text)
    return name, text, f"{name} {text}" if name else text


def comment_features(*, name: str, url: str, body_html: str) -> list[str]:
    """What the classifier counts in a comment, read as ``score`` reads it."""
    return features(_read(name, comment_text(url=url, body_html=body_html))[2])


_MARKS = {
    "!link": "tautan",
    "!links": "beberapa tautan",
    "!phone": "nomor telepon",
    "!chat": "ajakan chat",
    "!money": "nominal uang",
}


def _feature_label(feature: str) -> str:
    kind, _, text = feature.partition(":")
    if feature.startswith("!"):
        return _MARKS.get(feature, feature[1:])
    return f'"{text}"' if kind in ("w", "b") else f'"…{text.strip("_")}…"'


# A quotation: "…", “…”, «…», or '…' standing apart from words. Of more
# than one word: one word in quotes is a name to look for ("cari aja
# 'pohon4d' di google"), or a word held at arm's length, not a quotation.
_QUOTED = re.compile(
    r"[\"“”„«»](?=[^\"“”„«»\n]*\s)([^\"“”„«»\n]{4,400})[\"“”„«»]"
    r"|(?<![a-z0-9])['‘’](?=[^'‘’\n]*\s)([^'‘’\n]{4,400})['‘’](?![a-z0-9])"
)


def _signals(normalized: str, links: list[str]) -> Signals:
    """The built-in signs of ``normalized``, whose links are ``links``.

    Links to official sites (``is_official``) are no way to act on a pitch:
    a reader's warning pointing to one stays a warning.
    """
    links = [link for link in links if not is_official(link)]
    phone = bool(_PHONE.search(normalized))
    # A bank account to send money to is a way to act on a pitch, as a number is.
    contact = phone or bool(_CHAT_CONTACT.search(normalized) or ACCOUNT.search(normalized))
    # The signs also read the links' own words (situsslotgacor.com).
    read = f"{normalized} \n{address_words(' '.join(links))}" if links else normalized
    return signals(read, links=len(links), contact=contact, phone=phone)


# The dot spaced too: "blt subsidi-2026 . online".
_CHEAP_LINK = re.compile(rf"\s?\.\s?{CHEAP_DOMAINS}(?![a-z0-9.])")


def _on_cheap_domain(links: list[str]) -> bool:
    return any(_CHEAP_LINK.search(link) for link in links)


def _with_cheap_domain(signs: Signals, cheap: bool) -> Signals:
    """``signs`` with a point more for a link on the domains spam moves to, unless a warning."""
    if signs.critical or not cheap:
        return signs
    return replace(signs, points=signs.points + 1.0, reasons=[*signs.reasons, "domain murah"])


def score(text: str, *, name: str = "", website: str = "") -> Score:
    """Score ``text`` (plain) by ``name``; the reasons are what weighed most, in Indonesian.

    The classifier reads the name with the text (as it learns them); the
    built-in signs read the text, and the name and the ``website`` (also
    in ``text``) each by its own rule.
    """
    name, body, normalized = _read(name, text)
    found_features = features(normalized)
    verdict = classifier.classify(found_features)
    learned = max(-CLASSIFIER_HAM_CAP, min(CLASSIFIER_CAP, verdict.score))
    links = link_targets(body)
    cheap_link = _on_cheap_domain(links)
    found = _with_cheap_domain(_signals(body, links), cheap_link)
    unquoted = _QUOTED.sub(" ", body)
    if unquoted == body:
        own = found
    else:
        own_links = link_targets(unquoted)
        own = _with_cheap_domain(_signals(unquoted, own_links), _on_cheap_domain(own_links))
    named = name_signals(name)
    site_address = normalize(website)
    site = website_signals(site_address, body.replace(site_address, "").strip())
    if (
        named.points
        or site.points
        or own.blatant
        or ((own.reachable or own.pitch) and not own.critical)
        or (cheap_link and own.points >= settings.COMMENTS_SPAM_HOLD_SCORE)
        # Signs that would hold it twice over ("udah WD berkali-kali" at a brand).
        or (own.acts and not own.critical and own.points >= 2 * settings.COMMENTS_SPAM_HOLD_SCORE)
        # A short link, or a number with a call to use it for a gain, that would hold it.
        or (
            (own.hidden or (_PHONE.search(unquoted) and GAIN.search(unquoted)))
            and not own.critical
            and own.points >= settings.COMMENTS_SPAM_HOLD_SCORE
        )
    ):
        # An advertising name or website, advertising declared as such ("titip
        # lapak", "mampir ke blog saya"), an app file to install, a pitch
        # with a link on the domains spam moves to, or a trade's pitch, or its
        # words with a way to reach the seller, and no reader's warning, comes with cover
        # text (polite words, a sentence about the news: "semoga korban
        # banjir segera dapat bantuan"): its ordinary words say nothing for it.
        # Nor do they for a comment whose signs would hold it twice over, nor
        # for one whose short link, or number with a call and a gain, would hold it.
        learned = max(0.0, learned)
    if own.fans and not (own.acts or named.points or site.points):
        # The slang the learned words hold against a comment is a fan's praise here.
        learned = min(learned, 0.0)
    reasons = [*named.reasons, *site.reasons, *found.reasons]
    if own is not found and own.points < found.points:
        reasons.append("dalam kutipan")
    if verdict.top:
        reasons.append(
            "dipelajari: " + ", ".join(f"{_feature_label(f)} {w:+.1f}" for f, w in verdict.top)
        )
    total = round(learned + found.points + named.points + site.points, 2)
    unquoted = f"{name} {unquoted}" if name else unquoted
    signs = (own.points if own.acts else 0.0) + named.points + site.points
    return Score(total, reasons, normalized, found_features, signs, own.critical, unquoted)
