"""The reader's comment form ("Tinggalkan Balasan")."""

import functools
import html
import re
import unicodedata
from urllib.parse import unquote

from django import forms
from django.conf import settings
from django.core.validators import URLValidator
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from articles.models import Article

from .models import (
    BODY_MAX_LENGTH,
    EMAIL_MAX_LENGTH,
    NAME_MAX_LENGTH,
    URL_MAX_LENGTH,
    Comment,
)
from .sanitize import sanitize_comment
from .services import PARENT_GONE
from .spam.normalize import look_alike_table

TICKET_ERRORS = {
    "invalid": _("Formulir tidak sah. Muat ulang halaman, lalu kirim komentar Anda lagi."),
    "too_fast": _("Komentar dikirim terlalu cepat. Tunggu beberapa detik, lalu kirim lagi."),
    "too_old": _("Formulir ini sudah terlalu lama dibuka. Silakan kirim komentar Anda lagi."),
    "used": _("Formulir ini sudah dipakai. Silakan kirim komentar Anda lagi."),
}


# Line breaks and other control characters have no place in a name, which
# ends up in email headers and one-line lists (tabs and spaces are fine);
# nor have the direction overrides that make text read other than it is
# ("\u202egnp.exe" shows as "exe.png").
_CONTROL_CHARACTERS = re.compile(
    r"[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]"
)

_NOT_ONE_LINE = _("Nama hanya boleh satu baris, tanpa karakter kontrol.")

TOO_LONG = _("Paling banyak %(limit_value)d karakter (Anda mengetik %(show_value)d).")

# The form promises that the email is never published: a name is shown to
# everyone, so it may hold no address, and the comment and website may not
# hold the commenter's own (another's, such as pengaduan@ojk.go.id, may be
# quoted).
_EMAIL_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
EMAIL_IN_NAME = _("Nama tampil untuk umum: tuliskan nama Anda, bukan alamat email.")
OWN_EMAIL_SHOWN = _(
    "Alamat email Anda tidak akan dipublikasikan: hapus alamat email Anda dari ruas ini."
)


def without_addresses(name: str) -> str:
    """``name`` with each email address cut to the part before its @ (an imported name)."""
    return _EMAIL_ADDRESS.sub(lambda address: address.group().partition("@")[0], name)


# Characters that print nothing besides spaces and the format characters
# (zero-width spaces, joiners): the default-ignorable ones of other
# categories (the combining grapheme joiner, variation selectors, Khmer and
# Mongolian fillers), blank letters (Hangul fillers, the braille blank) and
# the object replacement character, which a browser draws as nothing.
_INVISIBLE = re.compile(
    "[\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u2065\u2800\u3164\ufe00-\ufe0f\uffa0"
    "\ufff0-\ufff8\ufffc\U000e0000-\U000e0fff]"
)
# Unassigned and private-use characters: no font draws them as a letter, at
# most a gap or a box beside letters that still read as an address.
_NO_LETTER = {"Cf", "Cn", "Co"}


# Dots that read as an address's: the ideographic full stop and its kin.
_DOTS = str.maketrans(dict.fromkeys("。｡․﹒ꓸ۰꘎\U0001d16d", "."))
# Letters and digits a reader takes for one another in an address (I, l, 1),
# and the digits of leetspeak ("8udi.5ant0s0").
_SAME_STROKE = str.maketrans("l1|034578", "iiioeastb")


def _printed(text: str) -> str:
    """``text`` with look-alikes folded and without the characters that print nothing."""
    text = _INVISIBLE.sub("", unicodedata.normalize("NFKC", text)).translate(_DOTS)
    return "".join(c for c in text if unicodedata.category(c) not in _NO_LETTER)


def _visible(text: str) -> str:
    """``text`` as ``_printed``, without its spaces either."""
    return "".join(c for c in _printed(text) if not c.isspace())


def _read_alike(text: str) -> str:
    """``text`` as a reader makes it out: casefolded, marks dropped (an underline, İ's dot),
    each look-alike read as the ASCII letter, digit or dot it passes for."""
    # Look-alikes first too: NFKD would make some another letter's (ϲ, a c, becomes σ).
    text = unicodedata.normalize("NFKD", text.translate(look_alike_table()).casefold())
    # Every mark, of whatever combining class (a Lao vowel sign is of none).
    text = "".join(c for c in text if unicodedata.category(c) not in _MARKS)
    return text.translate(look_alike_table()).translate(_DOTS).translate(_SAME_STROKE)


_MARKS = {"Mn", "Me", "Mc"}
# Marks, private-use and unassigned characters show nothing by themselves.
_SHOWS_NOTHING_ALONE = {"Mn", "Me", "Mc", "Co", "Cn", "Cs"}


def _as_shown(text: str, *, markup: bool = True, spaces: bool = False) -> str:
    """``text`` as a page shows it: look-alikes folded, invisible characters and spaces dropped
    (spaces kept with ``spaces``).

    With ``markup`` (a comment's text), its markup is gone and its references read.
    """
    for _reading in range(3 if markup else 0):  # "&amp;#64;" is "&#64;" once read, "@" twice
        text = html.unescape(strip_tags(text))
    return _printed(text) if spaces else _visible(text)


def _as_written(text: str, *, spaces: bool = False) -> str:
    """``text`` with its markup kept but every reference and %-escape read (a link's address).

    An empty password before the @ is dropped, as a browser drops it
    ("https://nama:@…" leads to "https://nama@…").
    """
    for _reading in range(3):
        text = unquote(html.unescape(text))
    return _EMPTY_PASSWORD.sub("", _printed(text) if spaces else _visible(text))


_EMPTY_PASSWORD = re.compile(r":(?=@)")


def _as_published(text: str, *, spaces: bool = False) -> str:
    """A comment's text as its page will show it: stored as sanitized, read once as a browser.

    Escaped brackets stay text ("&lt;nama@…&gt;" shows "<nama@…>"), and
    elements dropped whole are gone with their text.
    """
    shown = html.unescape(strip_tags(sanitize_comment(text)))
    return _printed(shown) if spaces else _visible(shown)


def is_blank(text: str, *, markup: bool = True) -> bool:
    """Whether ``text`` would show nothing: only spaces, invisible characters or empty markup.

    A name is shown as typed (``markup=False``): "<b></b>" is what it shows.
    A text is read as it would be published: "<script>x</script>" shows nothing.
    """
    shown = _as_shown(sanitize_comment(text) if markup else text, markup=markup)
    return all(unicodedata.category(c) in _SHOWS_NOTHING_ALONE for c in shown)


def shows_email(text: str, email: str, *, markup: bool = True) -> bool:
    """Whether ``text`` holds the address ``email``, or would show it once published.

    A comment's text is read as the page shows it: markup gone ("nama<b></b>@…"),
    character references read ("nama&#64;…"), look-alike forms folded
    ("nama＠…"), invisible characters and spaces dropped; whatever its case.
    Its links' addresses and titles are read too ("mailto:nama%40…").
    """
    if not email:
        return False
    wanted = {_read_alike(spelling) for spelling in _spellings("".join(email.split()))}
    readings = [text, _as_shown(text, markup=markup), _as_written(text)]
    if markup:
        # What will be published: the sanitizer drops whole elements
        # ("budi<script>x</script>@…" shows "budi@…").
        readings.append(_as_published(text))
    # The address spelled out for people to put together: "budi (at) contoh (dot) id".
    readings.append(_spelled_out(html.unescape(strip_tags(text)) if markup else text))
    # A quoted local part shows the mailbox as plainly: "budi"@… is budi@….
    readings += [_QUOTED_LOCAL.sub(r"\1@", reading) for reading in readings]
    read = [_read_alike(reading) for reading in readings]
    if any(spelling in reading for spelling in wanted for reading in read):
        return True
    # Its words in order, with signs or spelling words between them
    # ("budi·contoh·id", "budi keong contoh titik id", "budi_at_contoh_dot_id"),
    # read with its spaces: a word ends where the reader sees it end.
    spaced = [_printed(text), _as_written(text, spaces=True)]
    if markup:
        spaced += [_as_shown(text, spaces=True), _as_published(text, spaces=True)]
    spaced = [_read_alike(reading) for reading in spaced]
    spelled = [_spelled_words(spelling) for spelling in wanted]
    return any(pattern.search(reading) for pattern in spelled for reading in spaced)


_MOST_WORDS = 16


def _spelled_words(address: str) -> re.Pattern:
    """The words of ``address`` (read alike) in order, or all in reverse, as a reader would
    put them together.

    Between the mailbox and the domain, something that reads as its @: a
    sign other than a sentence's (".", ",", ":", a bracket…) or a spelling
    word ("at", "di", "keong", "a bundar"…). Between other words: signs, or
    spelling words ("titik", "dot", "punto"…), up to three. Only those
    words: any word would read "Budi, Gmail error, complain …" as
    budi@gmail.com, and would let a crafted address and text make the match
    try every way of splitting them.
    """
    local, _, domain = address.rpartition("@")
    words = [re.findall(r"[a-z0-9]+", part) for part in (local, domain)]
    # No one's address is spelled in more words than that; a crafted one of a
    # hundred one-letter words would make each reading try as many at every
    # position (its plain forms are still read).
    if not words[0] or not words[1] or len(words[0]) + len(words[1]) > _MOST_WORDS:
        return re.compile(r"(?!)")

    def between(word: str, *, at: bool) -> str:
        # A spelling word is never where the address's next word stands ("b at
        # at" for b@at.at): one way to read the text, not one per guess.
        spelled = rf"(?:(?!{word}){_SPELLED_SIGN}[^a-z0-9]{{0,12}})"
        if not at:
            return rf"[^a-z0-9]{{0,12}}{spelled}{{0,3}}{word}"
        at_sign = (
            r"[^a-z0-9]{0,6}[^a-z0-9\s.,;:!?()\[\]{}\"'/\-][^a-z0-9]{0,6}"
            r"|[^a-z0-9-]{0,3}-{3,20}[^a-z0-9-]{0,3}"  # a run of dashes, not a hyphen
        )
        return rf"(?:{at_sign}|[^a-z0-9]{{0,12}}{spelled}{{1,3}}){word}"

    def pattern(first_part: list[str], second_part: list[str]) -> str:
        escaped = [[re.escape(word) for word in part] for part in (first_part, second_part)]
        head, *rest = escaped[0]
        body = "".join(between(word, at=False) for word in rest)
        body += between(escaped[1][0], at=True)
        body += "".join(between(word, at=False) for word in escaped[1][1:])
        return rf"(?<![a-z0-9]){head}{body}(?![a-z0-9])"

    def reversed_labels(part: str) -> list[str]:
        return [w for label in reversed(part.split(".")) for w in re.findall(r"[a-z0-9]+", label)]

    forward = pattern(words[0], words[1])
    # "id.co.contoh@santoso.budi": the labels in reverse, each as written.
    backward = pattern(reversed_labels(domain), reversed_labels(local))
    return re.compile(f"{forward}|{backward}")


# The words that spell an address's @ and dots and its other signs, as read
# alike (an "l" reads as an "i"): "at", "et", "di", "keong", "dengan",
# "dot", "titik", "point", "underscore", "garis bawah", "strip", "sign"…
_SPELLED_SIGN = (
    r"(?:at|et|di|on|a|ad|ing|keong|bundar|arroba|dengan|pakai|dot|titik|tik|point|punto|period"
    r"|fuiistop|noktah|underscore|garis|bawah|tengah|strip|dash|minus|hyphen|sign|atsign|tanda"
    r"|simboi|kurung|pada|domain|domen)"
)


_QUOTED_LOCAL = re.compile(r'"([^"@\s]*)"\s*@')


# "(at)", "[at]", " at ", "(et)"; "(dot)", "[titik]", " dot ", " titik ".
_SPELLED_AT = re.compile(r"\s*[(\[{<]\s*(?:at|et|@)\s*[)\]}>]\s*|\s+at\s+", re.IGNORECASE)
_SPELLED_DOT = re.compile(
    r"\s*[(\[{<]\s*(?:dot|titik|\.)\s*[)\]}>]\s*|\s+(?:dot|titik)\s+", re.IGNORECASE
)


def _spelled_out(text: str) -> str:
    """``text`` with the spelled-out "at" and "dot" of an address read as @ and .

    Read once look-alikes are folded and invisible characters gone, spaces
    kept: "（ａｔ）", a Cyrillic "а", "a\u200bt" are an "(at)" too.
    """
    text = _read_alike(_printed(text))
    return _visible(_SPELLED_DOT.sub(".", _SPELLED_AT.sub("@", text)))


def _spellings(email: str) -> set[str]:
    """The ways of writing the one mailbox ``email`` names.

    A quoted local part unquoted ("budi"@… is budi@…), and an international
    domain in either form (bücher.de and xn--bcher-kva.de).
    """
    local, _, domain = email.rpartition("@")
    domains = {domain}
    for codec, to in (("idna", "ascii"), ("utf-8", "idna")):
        try:
            domains.add(domain.encode(codec).decode(to))
        except UnicodeError:
            pass
    # The mailbox a "+tag" address delivers to is the commenter's too.
    locals_ = {local, local.strip('"'), local.partition("+")[0]} if local else {""}
    return {f"{part}@{host}" if part else host for part in locals_ for host in domains}


def holds_an_address(name: str) -> bool:
    """Whether a name holds an email address, as typed or as it shows (marks dropped).

    A dot's look-alike between the domain's words reads as its dot
    ("budi@contoh·id"), and an "at" or a dot spelled out as what it spells
    ("budi (at) contoh.id", "budi keong contoh (titik) id"). A comma, a
    bracket or a slash is no dot: "Rina di Solo, Jateng" is a name.
    """
    shown = _as_shown(name, markup=False)
    # Spaces kept, and invisible characters dropped: "Dewi @ Kompas · Jakarta" is a name.
    spaced = _read_alike(_printed(name))
    spelled = _SPELLED_DOT.sub(".", _SPELLED_NAME_AT.sub("@", spaced))
    readings = [name, shown, _read_alike(shown)]
    readings += [reading.translate(_dot_table()) for reading in (spaced, spelled)]
    return any(_NAME_ADDRESS.search(reading) for reading in readings)


_SPELLED_NAME_AT = re.compile(
    r"\s*[(\[{<]\s*(?:at|et|di|@)\s*[)\]}>]\s*|\s+(?:at|et|di|keong)\s+", re.IGNORECASE
)
# An address in a name ends in a domain's ending: "Budi @budi.santoso" (a handle),
# "Rina di Solo.Jateng" and "Ahmad at PT.Maju" are names.
_ENDINGS = (
    r"[a-z]{2}|com|net|org|edu|gov|mil|int|info|biz|name|mobi|xyz|online|site|store|tech|app"
    r"|dev|web|blog|shop|club|live|pro|top|vip|win|bet|lol|icu|cfd|sbs|click|buzz|fun|email"
    r"|mail|cloud|digital|news|media|asia|today|link|space|website|host|page|network|agency"
    r"|company|group|example|test|local|localhost|travel|jobs"
)
# Also as read alike ("exampie"): the readings fold an "l" into an "i".
_ENDINGS += "".join(f"|{ending.translate(_SAME_STROKE)}" for ending in _ENDINGS.split("|"))
_NAME_ADDRESS = re.compile(
    rf"[\w.+-]+\s?@\s?[\w-]+(?:\.[\w-]+)*\.(?:{_ENDINGS})(?![\w-])", re.IGNORECASE
)


@functools.cache
def _dot_table() -> dict[int, str]:
    """Every character a reader takes for a full stop (its name says a dot, a full stop,
    a point), and the zeros drawn as one (Arabic-Indic ٠, Extended ۰), read as "."."""
    dots = {0x0660: ".", 0x06F0: "."}
    for code in range(0x80, 0x30000):
        name = unicodedata.name(chr(code), "")
        if unicodedata.category(chr(code)).startswith(("P", "S")) and any(
            word in name for word in ("DOT", "FULL STOP", "POINT", "INTERPUNCT", "BULLET")
        ):
            dots[code] = "."
    return dots


# A commenter's website: http or https only (the form's, and the importer's).
WEB_ADDRESS = URLValidator(schemes=["http", "https"])


class WebAddressField(forms.URLField):
    """A website, checked once (one message, not two)."""

    default_validators = [WEB_ADDRESS]


class CommentForm(forms.Form):
    """Name, email, website and comment, with the anti-bot fields.

    ``parent`` resolves to an approved comment on the same article. The
    honeypot field's name comes from ``COMMENTS_HONEYPOT_FIELD``; people
    never see it, so anything in it was typed by a bot.
    """

    name = forms.CharField(
        label=_("Nama"),
        max_length=NAME_MAX_LENGTH,
        error_messages={
            "required": _("Tuliskan nama Anda."),
            "max_length": TOO_LONG,
            "null_characters_not_allowed": _NOT_ONE_LINE,
        },
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label=_("Email"),
        max_length=EMAIL_MAX_LENGTH,
        error_messages={
            "required": _("Tuliskan alamat email Anda."),
            "invalid": _("Tuliskan alamat email yang benar, mis. nama@contoh.id."),
            "max_length": TOO_LONG,
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    url = WebAddressField(
        label=_("Situs web"),
        max_length=URL_MAX_LENGTH,
        required=False,
        assume_scheme="https",
        error_messages={
            "invalid": _("Tuliskan alamat situs web yang diawali http:// atau https://."),
            "max_length": TOO_LONG,
        },
        # A text box, not type="url": the browser would refuse "contoh.id",
        # which the form takes as https://contoh.id.
        widget=forms.TextInput(attrs={"autocomplete": "url", "inputmode": "url"}),
    )
    body = forms.CharField(
        label=_("Komentar"),
        max_length=BODY_MAX_LENGTH,
        strip=False,
        error_messages={
            "required": _("Tuliskan komentar Anda."),
            "max_length": TOO_LONG,
        },
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    parent = forms.IntegerField(required=False, widget=forms.HiddenInput)
    # The order the page shows them in, which the error summary follows.
    field_order = ["body", "name", "email", "url"]
    # Reply notifications (comments.subscriptions): off unless the reader asks.
    notify_replies = forms.BooleanField(
        label=_("Beri tahu saya lewat email jika ada balasan"), required=False
    )

    def __init__(self, *args, article: Article, **kwargs):
        super().__init__(*args, **kwargs)
        self.article = article
        self.fields[settings.COMMENTS_HONEYPOT_FIELD] = forms.CharField(
            label=_("Biarkan ruas ini kosong"),
            required=False,
            widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
        )

    @property
    def honeypot(self):
        return self[settings.COMMENTS_HONEYPOT_FIELD]

    @property
    def trap_filled(self) -> bool:
        return bool(self.cleaned_data.get(settings.COMMENTS_HONEYPOT_FIELD, "").strip())

    def clean_name(self):
        name = self.cleaned_data["name"]
        if is_blank(name, markup=False):
            raise forms.ValidationError(_("Tuliskan nama Anda."), code="required")
        if _CONTROL_CHARACTERS.search(name):
            raise forms.ValidationError(_NOT_ONE_LINE, code="control")
        # Shown as typed, markup and all, which hides no address: "budi<wbr>@contoh.id".
        if holds_an_address(name) or holds_an_address(strip_tags(name)):
            raise forms.ValidationError(EMAIL_IN_NAME, code="email_in_name")
        return name

    def clean(self):
        cleaned = super().clean()
        email = cleaned.get("email", "")
        for field in ("body", "url"):
            if shows_email(cleaned.get(field) or "", email):
                self.add_error(field, forms.ValidationError(OWN_EMAIL_SHOWN, code="own_email"))
        # Any address the pattern misses ("budi#@…", budi@localhost), when it is their own.
        name = cleaned.get("name")
        if name is not None and (
            shows_email(name, email, markup=False) or shows_email(name, email)
        ):
            self.add_error("name", forms.ValidationError(EMAIL_IN_NAME, code="email_in_name"))
        return cleaned

    def clean_url(self):
        url = self.cleaned_data["url"]
        if _CONTROL_CHARACTERS.search(url):
            raise forms.ValidationError(
                _("Tuliskan alamat situs web yang diawali http:// atau https://."),
                code="invalid",
            )
        return url

    def clean_body(self):
        body = self.cleaned_data["body"]
        if is_blank(body):
            raise forms.ValidationError(_("Tuliskan komentar Anda."), code="required")
        return body

    def clean_parent(self):
        parent_id = self.cleaned_data.get("parent")
        if parent_id is None:
            return None
        parent = (
            Comment.objects.approved()
            .select_related("root")
            .filter(article=self.article, pk=parent_id)
            .first()
        )
        if parent is None:
            raise forms.ValidationError(PARENT_GONE, code="parent")
        return parent
