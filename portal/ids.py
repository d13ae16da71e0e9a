"""Ids read from a URL or a query string, as the database can hold them.

``parse_id`` answers an ``int`` for ASCII digits naming a positive 64-bit
integer, and ``None`` for anything else: "²" (a digit to ``str.isdigit``,
not to the database), " 1", "1e5", a NUL byte, or a number too big for the
column, which SQLite refuses with an error instead of finding nothing.
"""

MAX_ID = 2**63 - 1
_MAX_DIGITS = len(str(MAX_ID))


def parse_id(value) -> int | None:
    """``value`` as a database id, or ``None`` when it cannot be one."""
    if not isinstance(value, str) or not value.isascii() or not value.isdigit():
        return None
    if len(value) > _MAX_DIGITS:
        return None
    number = int(value)
    return number if 0 < number <= MAX_ID else None
