"""Which kind of referrer a read came from, from ``utm_source`` and ``document.referrer``."""

from urllib.parse import urlsplit

from .models import Referrer

_UTM = {
    "whatsapp": Referrer.WHATSAPP,
    "wa": Referrer.WHATSAPP,
    "facebook": Referrer.FACEBOOK,
    "fb": Referrer.FACEBOOK,
    "x": Referrer.X,
    "twitter": Referrer.X,
    "telegram": Referrer.TELEGRAM,
    "google": Referrer.GOOGLE,
    "googlenews": Referrer.GOOGLE_NEWS,
    "google_news": Referrer.GOOGLE_NEWS,
    # "Salin tautan": pasted somewhere, arriving without a referrer.
    "salin": Referrer.DIRECT,
}

# Host suffixes, most specific first.
_HOSTS = (
    ("news.google.", Referrer.GOOGLE_NEWS),
    ("wa.me", Referrer.WHATSAPP),
    ("whatsapp.com", Referrer.WHATSAPP),
    ("whatsapp.net", Referrer.WHATSAPP),
    ("facebook.com", Referrer.FACEBOOK),
    ("fb.com", Referrer.FACEBOOK),
    ("fb.me", Referrer.FACEBOOK),
    ("t.co", Referrer.X),
    ("x.com", Referrer.X),
    ("twitter.com", Referrer.X),
    ("t.me", Referrer.TELEGRAM),
    ("telegram.org", Referrer.TELEGRAM),
)


def _host_matches(host: str, pattern: str) -> bool:
    if pattern.endswith("."):  # a label followed by any suffix: news.google.co.id
        return host.startswith(pattern) or f".{pattern}" in f".{host}"
    return host == pattern or host.endswith(f".{pattern}")


def referrer_class(*, referrer: str, utm_source: str, own_host: str) -> str:
    """The ``Referrer`` a read belongs to; anything unknown is "other", nothing is "direct"."""
    source = (utm_source or "").strip().lower()[:40]
    if source:
        return _UTM.get(source, Referrer.OTHER)
    if not referrer:
        return Referrer.DIRECT
    try:
        host = (urlsplit(referrer[:2000]).hostname or "").lower()
    except ValueError:
        return Referrer.OTHER
    if not host:
        return Referrer.DIRECT
    if own_host and host == own_host.lower():
        return Referrer.INTERNAL
    for pattern, kind in _HOSTS:
        if _host_matches(host, pattern):
            return kind
    if host == "google.com" or ".google." in f".{host}" or host.startswith("google."):
        return Referrer.GOOGLE
    return Referrer.OTHER
