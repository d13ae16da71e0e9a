"""The newsroom's reply form: the text only."""

from django import forms
from django.utils.translation import gettext_lazy as _

from ..models import BODY_MAX_LENGTH


class NewsroomReplyForm(forms.Form):
    body = forms.CharField(
        label=_("Balasan redaksi"),
        max_length=BODY_MAX_LENGTH,
        strip=False,
        error_messages={
            "required": _("Tuliskan balasan Anda."),
            "max_length": _(
                "Paling banyak %(limit_value)d karakter (Anda mengetik %(show_value)d)."
            ),
        },
        widget=forms.Textarea(attrs={"rows": 6}),
    )

    def clean_body(self):
        body = self.cleaned_data["body"]
        if not body.strip():
            raise forms.ValidationError(_("Tuliskan balasan Anda."), code="required")
        return body
