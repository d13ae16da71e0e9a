"""A form of a comment's text alone: the author's edit, the newsroom's reply."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .forms import TOO_LONG, is_blank
from .models import BODY_MAX_LENGTH


class CommentTextForm(forms.Form):
    """The text of a comment and nothing else.

    A subclass names the field (``label``) and says what it asks for when it
    is left empty or holds only spaces (``missing``).
    """

    label = _("Komentar")
    missing = _("Tuliskan komentar Anda.")

    body = forms.CharField(
        max_length=BODY_MAX_LENGTH,
        strip=False,
        error_messages={"max_length": TOO_LONG},
        widget=forms.Textarea(attrs={"rows": 6}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        body = self.fields["body"]
        body.label = self.label
        body.error_messages["required"] = self.missing

    def clean_body(self):
        body = self.cleaned_data["body"]
        if is_blank(body):
            raise forms.ValidationError(self.missing, code="required")
        return body
