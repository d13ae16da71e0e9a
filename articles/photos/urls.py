"""The photo files' URL, for when the site serves its own media folder (see ``serving``)."""

import re

from django.conf import settings
from django.urls import re_path

from .serving import photo_file

app_name = "photos"

# A MEDIA_URL on another host (a CDN, a bucket) is not this site's to serve.
_media_url = settings.MEDIA_URL or ""
urlpatterns = []
if _media_url.startswith("/") and not _media_url.startswith("//"):
    urlpatterns = [
        re_path(rf"^{re.escape(_media_url.lstrip('/'))}(?P<path>.+)$", photo_file, name="file"),
    ]
