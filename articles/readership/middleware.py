"""The read beacon answered right after static files, before the page cache and the rest.

A beacon only counts: it needs no session, user, CSRF token, message or
template, so it skips the middleware that provide them, as a kept page does.
Anything else goes on unchanged; one comparison of the path is the cost.
"""

from django.urls import reverse

from .views import beacon_answer


class ReadBeaconMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self._path = None

    def __call__(self, request):
        if request.method == "POST":
            if self._path is None:
                self._path = reverse("readership:beacon")
            if request.path_info == self._path:
                request.get_host()  # an unknown host is refused here as anywhere
                return beacon_answer(request)
        return self.get_response(request)
