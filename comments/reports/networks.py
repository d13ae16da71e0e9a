"""The unit readers' reports are counted in: the reporter's network, not their address.

One person easily holds many addresses of one network: a /64 of IPv6 is a
household's, a /48 or /56 a single customer's, and a few IPv4 addresses of
one /24 are an office's or a phone operator's. Counting /24 (IPv4) and /48
(IPv6) networks makes three reports from one place count once. Only a keyed
hash of the network is stored.
"""

import ipaddress

from django.utils.crypto import salted_hmac

_SALT = "comments.reports.network"
IPV4_PREFIX = 24
IPV6_PREFIX = 48


def network_of(address: str | None) -> str:
    """``address``'s /24 or /48 network as text; "" when there is no valid address."""
    try:
        ip = ipaddress.ip_address((address or "").strip())
    except ValueError:
        return ""
    if ip.version == 6 and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    prefix = IPV4_PREFIX if ip.version == 4 else IPV6_PREFIX
    return str(ipaddress.ip_network(f"{ip}/{prefix}", strict=False))


def network_key(address: str | None) -> str:
    """The keyed hash stored with a report (16 hex digits)."""
    network = network_of(address)
    if not network:
        return ""
    return salted_hmac(_SALT, network, algorithm="sha256").hexdigest()[:16]
