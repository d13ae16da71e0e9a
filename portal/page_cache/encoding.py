"""A kept page's bodies: as rendered, gzipped and Brotli-compressed, made when it is kept.

Compressed once per rendering, never per request, and never written back
to the cache afterwards (a late write could replace a newer rendering).

Only public pages are compressed. They carry no secret (no anti-forgery
token, nothing of the reader's), so a BREACH-style attack, which guesses a
secret from the compressed size of pages that mix it with text the
attacker controls, has nothing to find.
"""

import gzip

import brotli

IDENTITY = "identity"


def compress_all(body: bytes) -> dict[str, bytes]:
    """``body`` in every encoding a reader may ask for."""
    return {
        IDENTITY: body,
        "gzip": gzip.compress(body, compresslevel=6, mtime=0),
        "br": brotli.compress(body, mode=brotli.MODE_TEXT, quality=4),
    }


def preferred_encoding(accept_encoding: str) -> str:
    """Brotli, else gzip, else none, as far as ``Accept-Encoding`` allows."""
    accepted = {}
    for part in accept_encoding.lower().split(","):
        token, _, params = part.partition(";")
        accepted[token.strip()] = params.replace(" ", "") not in (
            "q=0",
            "q=0.0",
            "q=0.00",
            "q=0.000",
        )
    for encoding in ("br", "gzip"):
        if accepted.get(encoding, accepted.get("*", False)):
            return encoding
    return IDENTITY
