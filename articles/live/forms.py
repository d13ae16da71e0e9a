"""The desk's compact "Tambah pembaruan" form, and the entry's own admin form."""

from django import forms
from django.utils.html import linebreaks, urlize
from django.utils.translation import gettext_lazy as _

from ..editor.extensions import DIALOG_TEXTS, editor_extensions
from ..editor.forms import photo_picker_url, photo_upload_url
from ..editor.widgets import ArticleBodyWidget
from .models import LiveEntry


class LiveEntryPostForm(forms.Form):
    """What an editor types on a phone: plain text (links found), and the key-event mark.

    Blank lines start paragraphs; addresses become links. For photos and
    formatting, the entry's own page has the full editor.
    """

    text = forms.CharField(
        label=_("Tambah pembaruan"),
        widget=forms.Textarea(attrs={"rows": 4, "spellcheck": "true", "lang": "id"}),
        max_length=5000,
        error_messages={"required": _("Isi pembaruan wajib diisi.")},
    )
    key_event = forms.BooleanField(label=_("Peristiwa penting"), required=False)

    def body_html(self) -> str:
        """The typed text as the entry's HTML (escaped, then paragraphs and links)."""
        text = self.cleaned_data["text"].replace("\r\n", "\n").strip()
        return linebreaks(urlize(text, nofollow=True, autoescape=True), autoescape=False)


class LiveEntryAdminForm(forms.ModelForm):
    """An entry in the admin: its body in the article's rich-text editor, with the photo picker."""

    class Meta:
        model = LiveEntry
        fields = ["body", "key_event", "pinned"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["body"]
        extensions = editor_extensions(
            photo_picker_url=photo_picker_url(),
            photo_upload_url=photo_upload_url(),
            label=field.label,
        )
        field.widget = ArticleBodyWidget(
            config={"extensions": extensions}, dialog_texts=DIALOG_TEXTS
        )
