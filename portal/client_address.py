"""Who a request comes from, as far as rate limits are concerned."""

import ipaddress

from django.conf import settings


def client_address(request) -> str:
    """The client's IP address.

    The connection's address, unless ``TRUSTED_PROXY_COUNT`` reverse proxies
    stand in front of the app: then the address the outermost trusted proxy
    reported in ``X-Forwarded-For``. Each proxy appends the address it saw, so
    entries to the left of the trusted ones are whatever the client wrote and
    are never believed.
    """
    remote = _valid_address(request.META.get("REMOTE_ADDR", ""))
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies > 0:
        hops = [h.strip() for h in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        hops = [h for h in hops if h]
        if len(hops) >= proxies:
            candidate = _valid_address(hops[-proxies])
            if candidate:
                return candidate
    return remote or "0.0.0.0"


def address_network(address: str) -> str:
    """``address`` as the unit a limit counts: IPv4 as it is, IPv6 as its /64.

    One household or server holds a whole /64 and can move around inside it freely.
    """
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return address
    mapped = getattr(ip, "ipv4_mapped", None)
    if ip.version == 6 and mapped is None:
        return str(ipaddress.ip_network(f"{ip}/64", strict=False))
    return str(mapped or ip)


def _valid_address(value: str) -> str:
    """``value`` as an IP address, or "" when it is not one.

    The rate limiter turns the address into a network, which fails on
    anything else: a server on a Unix socket may report a path or nothing.
    """
    try:
        return str(ipaddress.ip_address(value.strip()))
    except ValueError:
        return ""
