"""What the desk keeps besides revisions: who has an article open, and a new article's autosave."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from ..models import Article


class EditLock(models.Model):
    """``user`` has ``article`` open in the admin: a soft lock, kept alive by a heartbeat.

    Nothing is refused because of it: a second editor is told who else is
    editing, and saving over a newer version asks first. A lock whose
    heartbeat stopped (a closed tab, a crash) lapses after
    ``DESK_LOCK_SECONDS``.
    """

    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="+", verbose_name=_("artikel")
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("penyunting"),
    )
    since = models.DateTimeField(_("sejak"))
    seen_at = models.DateTimeField(_("terakhir terlihat"), db_index=True)

    class Meta:
        verbose_name = _("penyuntingan")
        verbose_name_plural = _("penyuntingan")
        constraints = [
            models.UniqueConstraint(fields=["article", "user"], name="editlock_one_per_editor"),
        ]

    def __str__(self):
        return f"{self.user} · {self.article_id}"


class NewArticleAutosave(models.Model):
    """What an editor typed into a new article's form that is not saved yet.

    An article already stored keeps its autosaves as revisions; a new one
    has no history yet, so its form's words wait here, one row per form
    opened (``token``), until the article is saved or the autosave is
    dropped.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("penyunting"),
    )
    token = models.CharField(_("formulir"), max_length=32)
    title = models.CharField(_("judul"), max_length=255, blank=True)
    # The form's fields by name, as the form posts them.
    data = models.JSONField(_("isian"), default=dict)
    saved_at = models.DateTimeField(_("disimpan"), db_index=True)

    class Meta:
        ordering = ["-saved_at", "-id"]
        verbose_name = _("simpanan otomatis artikel baru")
        verbose_name_plural = _("simpanan otomatis artikel baru")
        constraints = [
            models.UniqueConstraint(fields=["user", "token"], name="newautosave_one_per_form"),
        ]

    def __str__(self):
        return self.title or str(self.pk)
