"""Where a request's time goes: /robots.txt through the stack, profiled in-process.

Run by bench/real_traffic.py in the site's environment (production
settings, its database and Redis). Prints one JSON object on its last line:
microseconds a request for a bare Django answer, for /robots.txt as served
(kept, answered by the page cache before the rest), and for /robots.txt
through every middleware (the page cache's answer switched off), with the
functions that cost the most in the last.
"""

import cProfile
import io
import json
import os
import pstats
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.production")

REQUESTS = 2000


def environ(path: str) -> dict:
    return {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": path,
        "QUERY_STRING": "",
        "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "80",
        "HTTP_HOST": "127.0.0.1",
        "HTTP_ACCEPT_ENCODING": "gzip",
        "REMOTE_ADDR": "127.0.0.1",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(b""),
        "wsgi.errors": sys.stderr,
    }


def per_request(app, path: str) -> float:
    def call():
        b"".join(app(environ(path), lambda status, headers: None))

    call()
    started = time.perf_counter()
    for _ in range(REQUESTS):
        call()
    return (time.perf_counter() - started) / REQUESTS * 1e6


def top(app, path: str, count: int = 12) -> list[str]:
    profile = cProfile.Profile()
    profile.enable()
    for _ in range(REQUESTS // 4):
        b"".join(app(environ(path), lambda status, headers: None))
    profile.disable()
    out = io.StringIO()
    pstats.Stats(profile, stream=out).sort_stats("cumulative").print_stats(count)
    lines = [line for line in out.getvalue().splitlines() if "(" in line and "/" in line]
    return lines[:count]


def main() -> None:
    import bare_wsgi
    from django.conf import settings
    from django.core.handlers.wsgi import WSGIHandler
    from django.test.utils import override_settings

    result = {
        "bare_us": per_request(bare_wsgi.bare, "/bare/"),
        "robots_us": per_request(bare_wsgi.site, "/robots.txt"),
    }
    without = [m for m in settings.MIDDLEWARE if "page_cache" not in m]
    with override_settings(MIDDLEWARE=without):
        stack = WSGIHandler()
        result["robots_whole_stack_us"] = per_request(stack, "/robots.txt")
        result["whole_stack_profile"] = top(stack, "/robots.txt")
    result["robots_profile"] = top(bare_wsgi.site, "/robots.txt")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
