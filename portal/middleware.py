"""Site-wide response headers that belong to no single app."""

from django.conf import settings


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
