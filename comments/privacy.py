"""Commenters' private data as the admin shows it to those without the permission."""

import ipaddress

PRIVATE_DATA_PERMISSION = "comments.view_commenter_private_data"
_HIDDEN = "•••"


def can_view_private_data(user) -> bool:
    return bool(user and user.has_perm(PRIVATE_DATA_PERMISSION))


def mask_email(email: str) -> str:
    """``budi@contoh.id`` -> ``b•••@•••``: enough to tell two apart, not to write."""
    if not email:
        return ""
    return f"{email[0]}{_HIDDEN}@{_HIDDEN}"


def mask_ip(address: str | None) -> str:
    """Keep only the network part: ``203.0.113.7`` -> ``203.0.•••``."""
    if not address:
        return ""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return _HIDDEN
    if ip.version == 4:
        return ".".join(address.split(".")[:2] + [_HIDDEN])
    return ":".join(ip.exploded.split(":")[:2] + [_HIDDEN])
