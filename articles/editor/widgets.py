"""The body's editor widget: django-prose-editor, started without an import map.

The package's presets import its editor as ``django-prose-editor/editor``, a
bare specifier that needs an inline ``<script type="importmap">``. The
site's Content-Security-Policy (``script-src 'self'``, no nonce, admin
included) refuses inline scripts, and an import map is one. So this widget
leaves the import map and the presets out: ``static/js/editor/article-body.js``
imports the editor bundle by its static URL (given in the widget's
configuration, so hashed file names work) and builds the editor with the
extensions the configuration names, as the package's "configurable" preset
does. It also creates the editor without Tiptap's injected ``<style>``
element, whose rules ``static/css/editor.css`` carries instead. The modules
of our extensions the settings do not list (``extensions.OWN_MODULES``) are
added to the configuration's.
"""

from django import forms
from django.templatetags.static import static
from django_prose_editor.widgets import AdminProseEditorWidget

from .extensions import OWN_MODULES

PRESET = "article"

PACKAGE_CSS = [
    "django_prose_editor/material-icons.css",
    "django_prose_editor/editor.css",
    "django_prose_editor/overrides.css",
    "css/editor.css",
]
LOADER_JS = "js/editor/article-body.js"
EDITOR_MODULE = "django_prose_editor/editor.js"


def _static_url(path: str) -> str:
    path = str(path)
    if path.startswith(("/", "http://", "https://", "./", "../")):
        return path
    return static(path)


class ArticleBodyWidget(AdminProseEditorWidget):
    """The admin's prose editor, configured by ``config`` and CSP-clean."""

    def __init__(self, *args, dialog_texts=None, **kwargs):
        kwargs.setdefault("preset", PRESET)
        self.dialog_texts = dialog_texts or {}
        super().__init__(*args, **kwargs)

    @property
    def media(self):
        return forms.Media(
            css={"all": PACKAGE_CSS},
            js=[forms.Script(LOADER_JS, type="module")],
        )

    def get_config(self):
        config = super().get_config()
        modules = [
            *config.get("js_modules", []),
            *(path for name, path in OWN_MODULES.items() if name in config.get("extensions", {})),
        ]
        return config | {
            "editor_module": static(EDITOR_MODULE),
            "js_modules": [_static_url(path) for path in modules],
            "catalog": self.dialog_texts,
        }
