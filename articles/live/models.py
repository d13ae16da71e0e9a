"""A live report's entries: ``LiveEntry``, one short timestamped update each."""

import html

import reversion
from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from ..models import Article, TimeStampedModel
from ..plain_text import strip_control_characters
from ..sanitize import sanitize_article_html


class LiveEntryQuerySet(models.QuerySet):
    def visible(self):
        """What readers see of a live report: entries not withdrawn, newest first."""
        return self.filter(withdrawn_at__isnull=True).order_by("-id")

    def for_page(self):
        """What an entry on the page shows, in one query for any number of entries."""
        return self.select_related("author__editor_profile")


@reversion.register()
class LiveEntry(TimeStampedModel):
    """One update of a live report: a time, a short rich-text body, who posted it.

    Written through ``articles.live.services`` only (each change is a
    revision and announces the report's keys). Never deleted: a withdrawn
    entry leaves the page and stays in the database and its history.
    """

    article = models.ForeignKey(
        Article,
        on_delete=models.CASCADE,
        related_name="live_entries",
        verbose_name=_("artikel"),
    )
    posted_at = models.DateTimeField(_("waktu"), default=timezone.now, db_index=True)
    body = models.TextField(_("isi"), help_text=_("HTML; dibersihkan saat disimpan."))
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("penulis"),
    )
    key_event = models.BooleanField(
        _("Peristiwa penting"),
        default=False,
        help_text=_("Tampil juga di daftar peristiwa penting di atas laporan."),
    )
    pinned = models.BooleanField(
        _("Sematkan"), default=False, help_text=_("Tetap tampil paling atas.")
    )
    withdrawn_at = models.DateTimeField(_("ditarik"), null=True, blank=True, editable=False)

    objects = LiveEntryQuerySet.as_manager()

    class Meta:
        ordering = ["-id"]
        verbose_name = _("pembaruan laporan langsung")
        verbose_name_plural = _("pembaruan laporan langsung")
        indexes = [
            models.Index(fields=["article", "withdrawn_at", "-id"], name="liveentry_article_idx"),
        ]

    def __str__(self):
        return self.summary(60) or str(self.pk)

    def save(self, *args, **kwargs):
        self.body = sanitize_article_html(strip_control_characters(self.body))
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        """The entry's anchor on its report's first page."""
        return f"{self.article.get_absolute_url()}#{self.anchor}"

    @property
    def anchor(self) -> str:
        return f"pembaruan-{self.pk}"

    def summary(self, length: int = 110) -> str:
        """The body as plain text, cut to ``length`` characters (a key event's link)."""
        text = " ".join(html.unescape(strip_tags(self.body)).split())
        return Truncator(text).chars(length)
