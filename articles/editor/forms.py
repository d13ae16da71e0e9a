"""The article form of the admin, with the body in the rich-text editor."""

from django import forms
from django.contrib.admin.widgets import AdminTextareaWidget
from django.urls import NoReverseMatch, reverse
from django.utils.html import escape
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from articles.desk.forms import DeskFormMixin
from articles.models import Article
from articles.photos.widgets import FeaturedPhotoWidget

from .cleaning import clean_body_html
from .equivalence import same_content
from .extensions import DIALOG_TEXTS, editor_extensions, picker_texts
from .schema import unsupported_elements
from .widgets import ArticleBodyWidget

PHOTO_PICKER_URL_NAME = "admin:articles_photo_picker"
PHOTO_UPLOAD_URL_NAME = "admin:articles_photo_upload"


def _url_or_none(name: str) -> str | None:
    try:
        return reverse(name)
    except NoReverseMatch:
        return None


def photo_picker_url() -> str | None:
    """The photo library's picker endpoint; None while there is no photo library."""
    return _url_or_none(PHOTO_PICKER_URL_NAME)


def photo_upload_url() -> str | None:
    """Where the pickers upload a new photo; None while there is no photo library."""
    return _url_or_none(PHOTO_UPLOAD_URL_NAME)


class ArticleAdminForm(DeskFormMixin, forms.ModelForm):
    """``Article`` in the admin: the body in the rich-text editor, cleaned on save.

    The desk's checks (when the article goes live, a newer save, a new
    address) come from ``articles.desk.forms``.

    A stored body holding what the editor cannot keep (a table, say; see
    ``schema``) is edited as HTML instead, so opening and saving it in the
    editor never drops part of it. A submitted body that shows the same as
    the stored one is not rewritten (``equivalence``).
    """

    body = forms.CharField(label=capfirst(Article._meta.get_field("body").verbose_name))

    class Media:
        # Names for the autocomplete fields' comboboxes (select2 leaves them unnamed).
        js = [forms.Script("js/editor/field-names.js", type="module")]

    class Meta:
        model = Article
        # The admin asks for the fields of its fieldsets; on its own the
        # form is the body's.
        fields = ["body"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._name_split_date_time()
        self._featured_photo_from_the_library()
        field = self.fields.get("body")
        if field is None:
            return
        field.required = False
        unsupported = unsupported_elements(self._stored_body())
        if unsupported:
            field.widget = AdminTextareaWidget()
            # The admin prints help texts as HTML: the tag names are escaped.
            field.help_text = escape(
                _(
                    "Isi ini memuat unsur yang tidak dapat ditampung penyunting teks kaya "
                    "(%(tags)s), jadi disunting sebagai HTML agar tidak ada yang hilang. HTML "
                    "dibersihkan saat disimpan."
                )
                % {"tags": ", ".join(f"<{tag}>" for tag in unsupported)}
            )
        else:
            extensions = editor_extensions(
                photo_picker_url=photo_picker_url(),
                photo_upload_url=photo_upload_url(),
                label=field.label,
            )
            field.widget = ArticleBodyWidget(
                config={"extensions": extensions}, dialog_texts=DIALOG_TEXTS
            )

    def _featured_photo_from_the_library(self):
        """The featured photo shown as a thumbnail, chosen from the picker's grid or uploaded."""
        field = self.fields.get("featured_photo")
        picker = photo_picker_url()
        if field is None or picker is None:
            return
        field.widget = FeaturedPhotoWidget(
            field.widget, picker_url=picker, upload_url=photo_upload_url(), texts=picker_texts()
        )

    def _name_split_date_time(self):
        """The date and time boxes of "waktu terbit" each get a name of their own.

        The field's label points at neither box, so screen readers (and
        axe-core) found two unnamed inputs.
        """
        field = self.fields.get("published_at")
        widgets = getattr(field and field.widget, "widgets", None)
        if not widgets or len(widgets) != 2:
            return
        label = capfirst(field.label)
        widgets[0].attrs["aria-label"] = _("%(field)s: tanggal") % {"field": label}
        widgets[1].attrs["aria-label"] = _("%(field)s: jam") % {"field": label}

    def _stored_body(self) -> str:
        return self.instance.body if self.instance.pk else ""

    def clean_body(self):
        cleaned = clean_body_html(self.cleaned_data.get("body", ""))
        stored = self._stored_body()
        if stored and same_content(stored, cleaned):
            return stored
        return cleaned
