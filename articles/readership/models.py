"""What readers read, per article and hour, as folded from the counters.

Nothing here names a reader: no address, no user agent, no cookie, no hash.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from ..models import Article


class Referrer(models.TextChoices):
    """Where a read came from: ``utm_source`` of a shared link, else the referring page."""

    DIRECT = "direct", _("Langsung")
    INTERNAL = "internal", _("Halaman Kabar")
    WHATSAPP = "whatsapp", _("WhatsApp")
    FACEBOOK = "facebook", _("Facebook")
    X = "x", _("X")
    TELEGRAM = "telegram", _("Telegram")
    GOOGLE = "google", _("Google")
    GOOGLE_NEWS = "google_news", _("Google News")
    OTHER = "other", _("Lainnya")


class ArticleReadHour(models.Model):
    """Reads of one article in one hour from one kind of referrer.

    ``readers``: readers seen for the first time that day on this article
    (their first read of the day falls in this hour), so the readers of a
    day are the sum of its hours.
    """

    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="read_hours", verbose_name=_("artikel")
    )
    hour = models.DateTimeField(_("jam"))
    referrer = models.CharField(_("asal"), max_length=16, choices=Referrer.choices)
    reads = models.PositiveIntegerField(_("dibaca"), default=0)
    readers = models.PositiveIntegerField(_("pembaca"), default=0)

    class Meta:
        verbose_name = _("bacaan per jam")
        verbose_name_plural = _("bacaan per jam")
        ordering = ["-hour"]
        constraints = [
            models.UniqueConstraint(
                fields=["article", "hour", "referrer"], name="articlereadhour_unique"
            ),
        ]
        indexes = [models.Index(fields=["hour"], name="articlereadhour_hour_idx")]

    def __str__(self):
        return f"{self.article_id} {self.hour:%Y-%m-%d %H}:00 {self.referrer}"


class ReadFold(models.Model):
    """A batch of counters already folded in: folding it again adds nothing."""

    token = models.CharField(_("token"), max_length=80, unique=True)
    folded_at = models.DateTimeField(_("dilipat"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("lipatan bacaan")
        verbose_name_plural = _("lipatan bacaan")
        ordering = ["-folded_at"]

    def __str__(self):
        return self.token
