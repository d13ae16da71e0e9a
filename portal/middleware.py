"""Site-wide response headers, and answers, that belong to no single app."""

from django.conf import settings
from django.http import HttpResponseNotAllowed
from django.template import loader

# Methods no address of the site takes: answered 405 before any view.
_NEVER_TAKEN = frozenset({"TRACE", "TRACK", "CONNECT"})


class AdminNoIndexMiddleware:
    """``X-Robots-Tag: noindex, nofollow`` on every admin response.

    The admin's path is not listed in robots.txt, which anyone can read;
    the header keeps its pages out of search engines instead.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.prefix = "/" + settings.ADMIN_URL.strip("/") + "/"

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith(self.prefix) or request.path == self.prefix.rstrip("/"):
            response["X-Robots-Tag"] = "noindex, nofollow"
        return response


class MethodNotAllowedPageMiddleware:
    """An Indonesian page for a 405 that came without one (``require_POST`` and its kin).

    Django answers a method a view does not take with an empty body: a
    reader who opens such an address sees a blank page. The ``Allow``
    header is kept. TRACE and its kin, which no address takes, are answered
    here, not with the page a view would give to any method.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in _NEVER_TAKEN:
            response = HttpResponseNotAllowed(["GET", "HEAD"])
        else:
            response = self.get_response(request)
        if (
            response.status_code == 405
            and not response.streaming
            and not response.content
            and request.method != "HEAD"
        ):
            response.content = loader.get_template("405.html").render()
            # Set for the empty body by CommonMiddleware, further in.
            response["Content-Length"] = str(len(response.content))
            response["Content-Type"] = "text/html; charset=utf-8"
            response["Cache-Control"] = "no-store"
        return response
