"""An address an article no longer has, kept so that links to it still arrive."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from ..models import Article, TimeStampedModel


class OldPermalink(TimeStampedModel):
    """A path that once led to ``article`` and now redirects (301) to its address.

    Written whenever an article's date or slug changes (``receivers``), and
    by the WordPress import for a post whose old permalink the usual
    patterns would send elsewhere. A path some article has now is that
    article's: an old permalink is only looked up where no page answers.
    """

    path = models.CharField(_("alamat lama"), max_length=600, unique=True)
    article = models.ForeignKey(
        Article,
        on_delete=models.CASCADE,
        related_name="old_permalinks",
        verbose_name=_("artikel"),
    )

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("alamat lama")
        verbose_name_plural = _("alamat lama")

    def __str__(self):
        return self.path
