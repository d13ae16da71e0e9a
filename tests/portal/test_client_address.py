"""The client address used by rate limits, with and without trusted proxies."""

import pytest

from portal.client_address import client_address


@pytest.mark.parametrize(
    ("proxies", "forwarded", "expected"),
    [
        (0, "", "203.0.113.9"),
        # Without trusted proxies the header is anyone's to write: ignored.
        (0, "198.51.100.1", "203.0.113.9"),
        # One proxy appends what it saw; what the client wrote sits to its left.
        (1, "6.6.6.6, 198.51.100.1", "198.51.100.1"),
        (2, "6.6.6.6, 198.51.100.1, 10.0.0.2", "198.51.100.1"),
        # Fewer hops than proxies, or garbage: fall back to the connection.
        (2, "198.51.100.1", "203.0.113.9"),
        (1, "bukan-alamat", "203.0.113.9"),
        (1, "2001:db8::1", "2001:db8::1"),
    ],
)
def test_client_address(rf, settings, proxies, forwarded, expected):
    settings.TRUSTED_PROXY_COUNT = proxies
    request = rf.get("/", REMOTE_ADDR="203.0.113.9", HTTP_X_FORWARDED_FOR=forwarded)
    assert client_address(request) == expected
