"""Sharing an article: plain links to each network's own share address.

No third-party script and nothing personal: the links are the same for every
reader, so the article page stays one cached page. The address shared
carries ``utm_source=<network>&utm_medium=social`` so the newsroom's reading
figures can tell where readers came from; the page cache and the CDN ignore
those parameters, and the canonical URL never carries them.
"""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.utils.translation import gettext_lazy as _

UTM_MEDIUM = "social"


@dataclass(frozen=True)
class ShareLink:
    network: str
    label: str
    url: str


def shared_url(canonical: str, network: str) -> str:
    """``canonical`` as shared to ``network``: with its ``utm_`` parameters."""
    separator = "&" if "?" in canonical else "?"
    return f"{canonical}{separator}{urlencode({'utm_source': network, 'utm_medium': UTM_MEDIUM})}"


def share_links(*, canonical: str, title: str) -> list[ShareLink]:
    """WhatsApp, Facebook, X and Telegram share addresses for an article."""

    def url(network: str) -> str:
        return shared_url(canonical, network)

    return [
        ShareLink(
            "whatsapp",
            _("WhatsApp"),
            "https://wa.me/?" + urlencode({"text": f"{title} {url('whatsapp')}"}),
        ),
        ShareLink(
            "facebook",
            _("Facebook"),
            "https://www.facebook.com/sharer/sharer.php?" + urlencode({"u": url("facebook")}),
        ),
        ShareLink(
            "x",
            _("X"),
            "https://x.com/intent/tweet?" + urlencode({"text": title, "url": url("x")}),
        ),
        ShareLink(
            "telegram",
            _("Telegram"),
            "https://t.me/share/url?" + urlencode({"url": url("telegram"), "text": title}),
        ),
    ]
