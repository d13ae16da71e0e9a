"""What the spam filter keeps: the classifier's counts, and the phrase lists.

Part of the ``comments`` app (``comments.models`` imports these models).
Counts live in the database, so every app server scores alike and a restart
loses nothing.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

FEATURE_MAX_LENGTH = 64
# The row holding how many comments were learned of each kind.
TOTALS = "#documents"


class SpamFeature(models.Model):
    """How many learned spam and ham comments had ``feature`` (a word, word pair or
    character n-gram of the normalised text)."""

    feature = models.CharField(_("ciri"), max_length=FEATURE_MAX_LENGTH, unique=True)
    spam = models.PositiveIntegerField(_("spam"), default=0)
    ham = models.PositiveIntegerField(_("bukan spam"), default=0)

    class Meta:
        verbose_name = _("ciri spam")
        verbose_name_plural = _("ciri spam")
        default_permissions = ()

    def __str__(self):
        return f"{self.feature} ({self.spam}/{self.ham})"


class SpamPhrase(models.Model):
    """A phrase moderators want caught, matched after normalisation.

    ``block``: the comment goes straight to Spam; ``watch``: it waits in the
    queue with the phrase named.
    """

    class Kind(models.TextChoices):
        BLOCK = "block", _("Blokir (langsung spam)")
        WATCH = "watch", _("Awasi (tahan untuk moderasi)")

    phrase = models.CharField(
        _("frasa"),
        max_length=100,
        help_text=_(
            "Ditulis biasa: variasi huruf (𝗦𝗟𝗢𝗧, ｓｌｏｔ, s l o t, g4c0r) tetap dikenali."
        ),
    )
    normalized = models.CharField(max_length=100, editable=False, db_index=True)
    kind = models.CharField(_("jenis"), max_length=5, choices=Kind.choices, default=Kind.WATCH)
    note = models.CharField(_("catatan"), max_length=200, blank=True)
    created_at = models.DateTimeField(_("dibuat"), auto_now_add=True)

    class Meta:
        ordering = ["kind", "phrase"]
        verbose_name = _("frasa spam")
        verbose_name_plural = _("frasa spam")
        constraints = [
            models.UniqueConstraint(fields=["normalized", "kind"], name="spam_phrase_unique"),
        ]

    def __str__(self):
        return self.phrase

    def save(self, *args, **kwargs):
        from .normalize import normalize_phrase

        self.normalized = normalize_phrase(self.phrase)[:100]
        super().save(*args, **kwargs)
