"""One-time confirmations for a reader whose form went without JavaScript.

The article page is one kept page for every reader, so a confirmation ("your
vote was counted", "check your email") can never be part of it. Instead the
page marks where one may go (``<!--kabar:pesan:<place>-<article id>-->``), and
the view that handled the form sets a short-lived signed cookie, sent only on
that article's address, naming the notice. The page cache fills the marker
from it for that browser alone (``PAGE_CACHE_PERSONAL_PARTS``), answered
``private, no-store``; nobody else's copy changes. The cookie lives
``NOTICE_SECONDS``: long enough for the redirect, short enough to fade.

Apps register their notices (``register_notice``); ``articles`` registers the
poll's, ``comments`` its own when it is ready.
"""

from dataclasses import dataclass
from html import escape

from django.core import signing
from django.utils.translation import gettext_lazy as _

NOTICE_COOKIE = "kabar_pesan"
# Enough for the redirect that follows the form; a reload a little later shows it no more.
NOTICE_SECONDS = 15
_SALT = "articles.notices"
# Places on the article page where a notice may show.
POLL = "poll"
COMMENTS = "komentar"


@dataclass(frozen=True)
class Notice:
    place: str
    message: str


_NOTICES: dict[str, Notice] = {}


def register_notice(code: str, *, place: str, message) -> None:
    """Make ``code`` a notice shown at ``place`` with ``message`` (lazily translated)."""
    _NOTICES[code] = Notice(place, message)


register_notice(
    "tanggapan-tercatat",
    place=POLL,
    message=_("Terima kasih, tanggapan Anda tercatat."),
)


def marker(place: str, article_id: int) -> str:
    return f"<!--kabar:pesan:{place}-{article_id}-->"


def give_notice(request, response, *, article, code: str) -> None:
    """Show notice ``code`` once on ``article``'s page to the browser ``response`` goes to."""
    if code not in _NOTICES:
        raise ValueError(f"unknown notice {code!r}")
    value = signing.dumps([article.pk, code], salt=_SALT)
    response.set_cookie(
        NOTICE_COOKIE,
        value,
        max_age=NOTICE_SECONDS,
        path=article.get_absolute_url(),
        secure=request.is_secure(),
        httponly=True,
        samesite="Lax",
    )


def notices_part(request, arguments: list[str]) -> dict[str, str]:
    """What fills the page's notice markers for this browser (no query)."""
    try:
        article_id, code = signing.loads(
            request.COOKIES.get(NOTICE_COOKIE, ""), salt=_SALT, max_age=NOTICE_SECONDS
        )
    except (signing.BadSignature, ValueError, TypeError):
        return {}
    notice = _NOTICES.get(code)
    if notice is None:
        return {}
    argument = f"{notice.place}-{article_id}"
    if argument not in arguments:
        return {}
    html = f'<p class="notice reader-notice" role="status">{escape(str(notice.message))}</p>'
    return {argument: html}
