"""The articles app, and the feature packages it is made of."""

from importlib import import_module
from importlib.util import find_spec

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ArticlesConfig(AppConfig):
    name = "articles"
    verbose_name = _("Artikel")

    # Features that live in their own package inside this app, as
    # django.contrib's do. Their models belong to this app (label
    # "articles") and its migrations; the article models never import them.
    feature_packages = ("poll", "discovery", "photos", "permalinks", "desk", "live", "readership")

    def import_models(self):
        super().import_models()
        self._import_feature_modules("models")

    def ready(self):
        # Each feature registers its own admin and signal receivers.
        self._import_feature_modules("admin", "receivers")
        # Changes to articles and their taxonomy announce the keys of their pages.
        from . import page_changes  # noqa: F401

    def _import_feature_modules(self, *names: str) -> None:
        for feature in self.feature_packages:
            for name in names:
                module = f"{self.name}.{feature}.{name}"
                if find_spec(module) is not None:
                    import_module(module)
