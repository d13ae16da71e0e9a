"""The photo form of the admin: the upload is checked and made clean before anything is stored."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from .models import Photo
from .uploads import FORMATS, check_upload

ACCEPT = ",".join(f"image/{name.lower()}" for name in FORMATS)


class PhotoForm(forms.ModelForm):
    """Alt text, caption, credit and focal point, with the file as a plain upload field.

    The upload never reaches the storage as it came: ``clean_upload`` reads
    and checks it (``uploads.check_upload``) and keeps the clean image in
    ``checked`` for ``services.photo_set_image`` to store.
    """

    upload = forms.FileField(
        label=_("Berkas foto"),
        required=False,
        widget=forms.FileInput(attrs={"accept": ACCEPT}),
        help_text=_(
            "JPEG, PNG, atau WebP; paling besar 20 MB dan 40 megapiksel. Data EXIF "
            "(termasuk lokasi GPS) dihapus dari setiap berkas yang disimpan."
        ),
    )

    class Meta:
        model = Photo
        fields = ["alt_text", "caption", "credit", "focal_x", "focal_y"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.checked = None
        if self.instance.pk and "upload" in self.fields:
            self.fields["upload"].label = _("Ganti berkas foto")

    def clean_upload(self):
        upload = self.cleaned_data.get("upload")
        if not upload:
            if not self.instance.original:
                raise ValidationError(_("Pilih berkas foto untuk diunggah."), code="required")
            return None
        self.checked = check_upload(upload)
        return upload


class UploadForm(PhotoForm):
    """A photo uploaded from the article form: the file and its words, no focal point."""

    class Meta(PhotoForm.Meta):
        fields = ["alt_text", "caption", "credit"]
