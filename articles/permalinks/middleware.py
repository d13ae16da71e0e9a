"""Any path an article once had answers 301 to where it is now, whatever its shape.

The URL patterns read the common shapes of old addresses (a Kabar article's
old date or slug, WordPress's dated, category and ``?p=`` permalinks). An
imported site may have used any other ("/kurs-rupiah-stabil/",
"/berita/ekonomi/127-pasar-saham-menguat.html"): its exact paths are kept
as old permalinks, and a GET that found nothing else is looked up there,
one indexed query, only for a 404.
"""

from .lookup import redirect_if_moved


class OldPermalinkMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code == 404 and request.method in ("GET", "HEAD"):
            return redirect_if_moved(request.path) or response
        return response
