"""Local development: DEBUG on unless turned off (make run's server), a throwaway secret,
local hosts only."""

from .base import *  # noqa: F403
from .base import env

DEBUG = env.bool("DEBUG", default=True)
SECRET_KEY = env.str("SECRET_KEY", default="dev-only-insecure-key-change-me")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"])
# Static files straight from the apps' folders, also with DEBUG off (make run
# shows the site's own error pages, as readers get them).
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
