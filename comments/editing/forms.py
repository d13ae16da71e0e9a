"""The edit form: the comment's text only; name and email stay as sent."""

from django import forms
from django.utils.translation import gettext_lazy as _

from ..models import BODY_MAX_LENGTH


class EditForm(forms.Form):
    body = forms.CharField(
        label=_("Komentar"),
        max_length=BODY_MAX_LENGTH,
        strip=False,
        error_messages={
            "required": _("Tuliskan komentar Anda."),
            "max_length": _(
                "Paling banyak %(limit_value)d karakter (Anda mengetik %(show_value)d)."
            ),
        },
        widget=forms.Textarea(attrs={"rows": 6}),
    )

    def clean_body(self):
        body = self.cleaned_data["body"]
        if not body.strip():
            raise forms.ValidationError(_("Tuliskan komentar Anda."), code="required")
        return body
