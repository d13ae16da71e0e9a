"""The reader reaction poll: options, one vote per reader, and kept counts."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from ..models import Article, TimeStampedModel


class ReactionOptionQuerySet(models.QuerySet):
    def active(self):
        """The options readers may pick now."""
        return self.filter(is_active=True)


class ReactionOption(TimeStampedModel):
    """One answer to "how did this article make you feel", managed by editors."""

    label = models.CharField(_("label"), max_length=40, unique=True)
    slug = models.SlugField(_("slug"), max_length=40, unique=True)
    emoji = models.CharField(_("emoji"), max_length=16, blank=True)
    position = models.PositiveSmallIntegerField(_("urutan"), default=0)
    is_active = models.BooleanField(
        _("aktif"),
        default=True,
        help_text=_("Opsi nonaktif tidak bisa dipilih; suaranya tetap tersimpan."),
    )

    objects = ReactionOptionQuerySet.as_manager()

    class Meta:
        ordering = ["position", "id"]
        verbose_name = _("opsi tanggapan")
        verbose_name_plural = _("opsi tanggapan")

    def __str__(self):
        return f"{self.emoji} {self.label}".strip()


class ReactionVote(TimeStampedModel):
    """A reader's one reaction to an article.

    The reader is known only by a salted hash of the random id in their
    signed cookie: no account, no IP address. Changing one's mind moves this
    row to another option rather than adding a second one.
    """

    article = models.ForeignKey(
        Article,
        on_delete=models.CASCADE,
        related_name="reaction_votes",
        verbose_name=_("artikel"),
    )
    option = models.ForeignKey(
        ReactionOption,
        on_delete=models.PROTECT,
        related_name="votes",
        verbose_name=_("opsi"),
    )
    voter_hash = models.CharField(_("hash pembaca"), max_length=64, editable=False)
    # A 20-bit keyed hash of the voter's address (poll.address_limit): too
    # coarse to identify anyone, enough for rankings to count addresses.
    address_bucket = models.CharField(
        _("kelompok alamat"), max_length=8, blank=True, default="", editable=False
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("suara tanggapan")
        verbose_name_plural = _("suara tanggapan")
        constraints = [
            models.UniqueConstraint(
                fields=["article", "voter_hash"], name="reactionvote_one_per_reader"
            ),
        ]
        indexes = [
            # Whether an address already reacted to an article today
            # (articles.discovery.activity).
            models.Index(
                fields=["article", "address_bucket", "updated_at"], name="reactionvote_address_idx"
            ),
        ]

    def __str__(self):
        return f"{self.article_id}: {self.option}"


class ReactionTally(models.Model):
    """How many readers picked an option on an article, kept with every vote.

    Showing the results then reads a handful of rows per article, however
    many votes there are. The service changes ``count`` only with F()
    expressions in the same transaction as the vote it reflects.
    """

    article = models.ForeignKey(
        Article,
        on_delete=models.CASCADE,
        related_name="reaction_tallies",
        verbose_name=_("artikel"),
    )
    option = models.ForeignKey(
        ReactionOption,
        on_delete=models.CASCADE,
        related_name="tallies",
        verbose_name=_("opsi"),
    )
    count = models.PositiveIntegerField(_("jumlah"), default=0)

    class Meta:
        verbose_name = _("rekap tanggapan")
        verbose_name_plural = _("rekap tanggapan")
        constraints = [
            models.UniqueConstraint(fields=["article", "option"], name="reactiontally_unique"),
            models.CheckConstraint(
                condition=models.Q(count__gte=0), name="reactiontally_count_not_negative"
            ),
        ]

    def __str__(self):
        return f"{self.article_id}: {self.option} = {self.count}"
