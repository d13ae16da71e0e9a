"""A kept page's bodies: as rendered, gzipped and Brotli-compressed, each made once.

A kept page is compressed in an encoding the first time a reader asks for
it, and kept so: a rendering costs no compression nobody asked for (a CDN
tier asks for gzip only).

Only public pages are compressed. They carry no secret (no anti-forgery
token, nothing of the reader's), so a BREACH-style attack, which guesses a
secret from the compressed size of pages that mix it with text the
attacker controls, has nothing to find.
"""

import gzip

import brotli

IDENTITY, GZIP, BROTLI = "identity", "gzip", "br"


def compress(body: bytes, encoding: str) -> bytes:
    """``body`` in ``encoding`` (identity, gzip or br)."""
    if encoding == GZIP:
        return gzip.compress(body, compresslevel=6, mtime=0)
    if encoding == BROTLI:
        return brotli.compress(body, mode=brotli.MODE_TEXT, quality=4)
    return body


def preferred_encoding(accept_encoding: str) -> str:
    """Brotli, else gzip, else none, as far as ``Accept-Encoding`` allows."""
    accepted, refused = set(), set()
    for part in accept_encoding.lower().split(","):
        token, _, params = part.strip().partition(";")
        token = token.strip()
        if params.replace(" ", "") in ("q=0", "q=0.0", "q=0.00", "q=0.000"):
            refused.add(token)
        else:
            accepted.add(token)
    for encoding in (BROTLI, GZIP):
        if encoding in accepted or ("*" in accepted and encoding not in refused):
            if encoding not in refused:
                return encoding
    return IDENTITY
