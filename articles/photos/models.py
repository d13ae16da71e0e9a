"""A library photo: uploaded once, shown in many articles.

The files (a clean original and its renditions) live in the default
storage; what pages need to point at them (size, format, path of every
rendition) is kept on the row, so that showing a photo reads no file and
costs no query beyond the one that loaded the photo.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from ..models import TimeStampedModel
from ..plain_text import PlainTextFieldsMixin

# Rendition kinds: "w" is a width of the whole photo; the others are crops
# for search engines (JSON-LD), named by their aspect ratio.
WIDTH = "w"
CROPS = ("16x9", "4x3", "1x1")
JPEG = "jpeg"
WEBP = "webp"
# The rendition every photo has: social cards (og:image) and inline photos.
SHARE_WIDTH = 1200

_focal = [MinValueValidator(0.0), MaxValueValidator(1.0)]


class Photo(PlainTextFieldsMixin, TimeStampedModel):
    """A photo of the library, with the words printed beside it."""

    plain_text_fields = ("alt_text", "caption", "credit")

    original = models.FileField(_("berkas"), max_length=255, editable=False)
    width = models.PositiveIntegerField(_("lebar"), default=0, editable=False)
    height = models.PositiveIntegerField(_("tinggi"), default=0, editable=False)
    alt_text = models.CharField(
        _("teks alternatif"),
        max_length=255,
        help_text=_("Apa yang terlihat di foto, untuk pembaca yang tidak dapat melihatnya."),
    )
    caption = models.CharField(_("keterangan"), max_length=500, blank=True)
    credit = models.CharField(
        _("kredit"),
        max_length=150,
        blank=True,
        help_text=_("Seperti yang dicetak, mis. “Foto: Antara/Nama Fotografer”."),
    )
    focal_x = models.FloatField(
        _("titik fokus X"),
        null=True,
        blank=True,
        validators=_focal,
        help_text=_("0 = tepi kiri, 1 = tepi kanan. Kosong: tengah."),
    )
    focal_y = models.FloatField(
        _("titik fokus Y"),
        null=True,
        blank=True,
        validators=_focal,
        help_text=_("0 = tepi atas, 1 = tepi bawah. Kosong: tengah."),
    )
    # [{"kind", "format", "width", "height", "path", "bytes"[, "upscaled"]}]
    renditions = models.JSONField(_("rendisi"), default=list, editable=False)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
        verbose_name=_("diunggah oleh"),
    )

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("foto")
        verbose_name_plural = _("foto")

    def __str__(self):
        return Truncator(self.alt_text).chars(80)

    def clean(self):
        super().clean()
        if (self.focal_x is None) != (self.focal_y is None):
            raise ValidationError(_("Isi kedua koordinat titik fokus, atau kosongkan keduanya."))

    @property
    def focal_point(self) -> tuple[float, float]:
        """(x, y) in 0..1 that crops keep in view; the centre when unset."""
        if self.focal_x is None or self.focal_y is None:
            return 0.5, 0.5
        return self.focal_x, self.focal_y

    def widths(self, fmt: str) -> list[dict]:
        """The whole-photo renditions in ``fmt`` a browser may pick, narrowest first."""
        return [
            r
            for r in self.renditions
            if r["kind"] == WIDTH and r["format"] == fmt and not r.get("upscaled")
        ]

    def share_rendition(self) -> dict | None:
        """The JPEG at least ``SHARE_WIDTH`` pixels wide (the narrowest such)."""
        wide = [
            r
            for r in self.renditions
            if r["kind"] == WIDTH and r["format"] == JPEG and r["width"] >= SHARE_WIDTH
        ]
        return min(wide, key=lambda r: r["width"]) if wide else None

    def crop(self, ratio: str) -> dict | None:
        """The JPEG crop of aspect ``ratio`` ("16x9", "4x3" or "1x1")."""
        for r in self.renditions:
            if r["kind"] == ratio:
                return r
        return None

    def url(self, rendition: dict) -> str:
        """Where ``rendition`` is served: a storage URL, built without any I/O."""
        return self.original.storage.url(rendition["path"])


class BodyPhoto(models.Model):
    """A library photo an article's body shows, kept in step with each save of the article.

    Which articles a photo's edit or deletion touches is then found through
    an index, not by reading every body of the archive. The rows are the
    bodies' bookkeeping, not content: deleting an article or a photo drops
    its rows (``receivers``) without naming them on the admin's confirmation
    page, as a cascade would.
    """

    article = models.ForeignKey(
        "articles.Article", on_delete=models.DO_NOTHING, db_constraint=False, related_name="+"
    )
    photo = models.ForeignKey(
        Photo, on_delete=models.DO_NOTHING, db_constraint=False, related_name="+"
    )

    class Meta:
        default_permissions = ()
        constraints = [
            models.UniqueConstraint(fields=["article", "photo"], name="body_photo_once"),
        ]

    def __str__(self):
        return f"{self.article_id}: {self.photo_id}"
