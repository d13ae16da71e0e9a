from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommentsConfig(AppConfig):
    name = "comments"
    verbose_name = _("Komentar")

    def ready(self):
        from . import checks, notices, receivers  # noqa: F401
