"""Counting reads: browsers' user agents and the beacon a page sends.

``reads_redis`` (the Redis path) lives in tests/conftest.py, for the browser tests too.
"""

CHROME = (
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/131.0.0.0 Mobile Safari/537.36"
)
FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0"


def beacon(client, article, *, agent=CHROME, referrer="", utm="", address="203.0.113.7", **extra):
    data = {"a": str(article.pk), "r": referrer}
    if utm:
        data["u"] = utm
    return client.post("/baca/", data, HTTP_USER_AGENT=agent, REMOTE_ADDR=address, **extra)
