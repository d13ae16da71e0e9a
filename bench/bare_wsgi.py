"""The site's WSGI application, plus a bare Django answer at ``/bare/``, for bench/real_traffic.py.

``/bare/`` goes through Django's own request handling (a WSGIRequest, URL
resolution, a view, an HttpResponse) with no middleware at all: the floor
against which Kabar's own cheapest answer, ``/robots.txt`` through the
whole stack, is measured on the same gunicorn, in the same run.

    gunicorn --pythonpath bench bare_wsgi --workers 3 ...
"""

import os

from django.core.handlers.exception import convert_exception_to_response
from django.core.handlers.wsgi import WSGIHandler
from django.core.wsgi import get_wsgi_application
from django.http import HttpResponse
from django.urls import path

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.production")
site = get_wsgi_application()


def ok(request):
    return HttpResponse("ok\n", content_type="text/plain; charset=utf-8")


urlpatterns = [path("bare/", ok)]


class _Bare(WSGIHandler):
    """Django's handler without a single middleware, resolving against this module."""

    def load_middleware(self, is_async=False):
        self._view_middleware = []
        self._template_response_middleware = []
        self._exception_middleware = []
        self._middleware_chain = convert_exception_to_response(self._get_response)

    def get_response(self, request):
        request.urlconf = __name__
        return super().get_response(request)


bare = _Bare()


def application(environ, start_response):
    handler = bare if environ.get("PATH_INFO") == "/bare/" else site
    return handler(environ, start_response)
