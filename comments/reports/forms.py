"""The report form: a reason, and a note when the reader wants to say more."""

import re

from django import forms
from django.utils.translation import gettext_lazy as _

from ..models import REPORT_NOTE_MAX_LENGTH, CommentReport

_CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class ReportForm(forms.Form):
    reason = forms.ChoiceField(
        label=_("Alasan"),
        choices=CommentReport.Reason.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Pilih alasan laporan Anda."),
            "invalid_choice": _("Pilih salah satu alasan yang tersedia."),
        },
    )
    note = forms.CharField(
        label=_("Keterangan (tidak wajib)"),
        max_length=REPORT_NOTE_MAX_LENGTH,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={
            "max_length": _(
                "Paling banyak %(limit_value)d karakter (Anda mengetik %(show_value)d)."
            )
        },
    )

    def clean_note(self):
        return _CONTROL_CHARACTERS.sub(" ", self.cleaned_data["note"]).strip()


TICKET_ERRORS = {
    "invalid": _("Formulir tidak sah. Muat ulang halaman ini, lalu kirim laporan Anda lagi."),
    "too_fast": _("Laporan dikirim terlalu cepat. Tunggu beberapa detik, lalu kirim lagi."),
    "too_old": _("Formulir ini sudah terlalu lama dibuka. Silakan kirim laporan Anda lagi."),
    "used": _("Formulir ini sudah dipakai. Muat ulang halaman ini, lalu kirim laporan Anda lagi."),
}
