"""The photo files of a local media folder, served by the site itself.

For a site that stores photos in its folder (no bucket) and runs as
gunicorn behind a proxy or Varnish, with no other server for them. Only
the library's own folder is served, only its image types, GET and HEAD
only; with a bucket nothing is. Every file name is used once, so answers
may be cached for good. (With DEBUG on, the root URLconf serves the whole
folder first, as Django's development helper does.)
"""

import posixpath

from django.conf import settings
from django.core.files.storage import FileSystemStorage, storages
from django.http import Http404
from django.views.decorators.http import require_safe
from django.views.static import serve

from .services import FOLDER

TYPES = (".jpg", ".png", ".webp")
# No stored name is longer; a longer one would make the file system refuse
# the name (ENAMETOOLONG), a 500 instead of a 404.
NAME_MAX_BYTES = 255
PATH_MAX_CHARS = 512
FOREVER = "public, max-age=31536000, immutable"


@require_safe
def photo_file(request, path):
    """A file under ``FOLDER`` of the local media folder, or 404."""
    if len(path) > PATH_MAX_CHARS or any(
        len(part.encode("utf-8", "surrogatepass")) > NAME_MAX_BYTES for part in path.split("/")
    ):
        raise Http404
    clean = posixpath.normpath(path)
    if (
        clean != path
        or not clean.startswith(f"{FOLDER}/")
        or not clean.endswith(TYPES)
        or not isinstance(storages["default"], FileSystemStorage)
    ):
        raise Http404
    try:
        response = serve(request, clean, document_root=settings.MEDIA_ROOT)
    except (OSError, ValueError) as exc:  # a name the file system cannot take
        raise Http404 from exc
    response["Cache-Control"] = FOREVER
    return response
