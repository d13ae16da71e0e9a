"""Rollups the home page's rankings read: per article and day, kept as things happen."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from ..models import Article


class ArticleActivity(models.Model):
    """What readers did with an article on one day (local date, Asia/Jakarta).

    ``reactions``: the addresses that cast or changed a vote on it that day,
    each address counted once (a vote without an address bucket counts as
    its own). ``comments``: its comments written that day that are approved
    now. Kept up to date by ``articles.discovery.activity`` as votes and
    comments change, so that a ranking of the last days sums a few rows
    per article instead of aggregating millions of votes and comments.
    """

    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="activity", verbose_name=_("artikel")
    )
    day = models.DateField(_("tanggal"))
    reactions = models.PositiveIntegerField(_("tanggapan"), default=0)
    comments = models.PositiveIntegerField(_("komentar"), default=0)

    class Meta:
        verbose_name = _("aktivitas artikel")
        verbose_name_plural = _("aktivitas artikel")
        default_permissions = ()
        constraints = [
            models.UniqueConstraint(fields=["article", "day"], name="activity_one_row_a_day"),
        ]
        indexes = [models.Index(fields=["day", "article"], name="activity_day_idx")]

    def __str__(self):
        return f"{self.article_id} {self.day}: {self.reactions}/{self.comments}"
