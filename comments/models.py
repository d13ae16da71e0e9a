"""Readers' comments on articles, held for moderation until approved."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from articles.models import Article, TimeStampedModel

from .plain_text import body_plain_text

NAME_MAX_LENGTH = 100
EMAIL_MAX_LENGTH = 254
URL_MAX_LENGTH = 200
BODY_MAX_LENGTH = 5000
REPORT_NOTE_MAX_LENGTH = 500


class CommentQuerySet(models.QuerySet):
    def approved(self):
        """What every reader may see."""
        return self.filter(status=Comment.Status.APPROVED)

    def visible_to(self, own_ids):
        """Approved comments plus the given ones still waiting (their author's view).

        ``own_ids`` come from the author's cookie; spam is included so that a
        trapped sender sees the same answer as an honest one.
        """
        own = Q(pk__in=list(own_ids), status__in=[Comment.Status.PENDING, Comment.Status.SPAM])
        return self.filter(Q(status=Comment.Status.APPROVED) | own) if own_ids else self.approved()


class Comment(TimeStampedModel):
    """A reader's comment or reply under an article.

    ``root`` and ``depth`` are derived from ``parent`` when the comment is
    submitted: they let a page load whole threads in one query.
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("Menunggu moderasi")
        APPROVED = "approved", _("Disetujui")
        SPAM = "spam", _("Spam")
        REJECTED = "rejected", _("Ditolak")

    class Flag(models.TextChoices):
        NONE = "", _("Tidak ada")
        HONEYPOT = "honeypot", _("Ruas jebakan terisi")
        BLOCK_WORD = "block_word", _("Kata terlarang")
        WATCH_WORD = "watch_word", _("Kata yang diawasi")
        LINKS = "links", _("Terlalu banyak tautan")
        REPORTED = "reported", _("Dilaporkan pembaca")
        WITHDRAWN = "withdrawn", _("Ditarik penulisnya")
        LIKELY_SPAM = "likely_spam", _("Kemungkinan spam")
        SPAM_FILTER = "spam_filter", _("Filter spam")
        EDITED = "edited", _("Disunting setelah disetujui")

    class Learned(models.TextChoices):
        NONE = "", _("Belum")
        SPAM = "spam", _("Spam")
        HAM = "ham", _("Bukan spam")

    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="comments", verbose_name=_("artikel")
    )
    parent = models.ForeignKey(
        "self",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="replies",
        verbose_name=_("membalas"),
    )
    root = models.ForeignKey(
        "self",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        editable=False,
        related_name="thread",
        verbose_name=_("awal utas"),
    )
    depth = models.PositiveSmallIntegerField(_("kedalaman"), default=0, editable=False)
    name = models.CharField(_("nama"), max_length=NAME_MAX_LENGTH)
    email = models.EmailField(_("email"), max_length=EMAIL_MAX_LENGTH)
    url = models.URLField(_("situs web"), max_length=URL_MAX_LENGTH, blank=True)
    body = models.TextField(_("komentar"), help_text=_("HTML yang sudah dibersihkan."))
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    flag = models.CharField(
        _("tanda otomatis"), max_length=12, choices=Flag.choices, blank=True, default=Flag.NONE
    )
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="moderated_comments",
        verbose_name=_("dimoderasi oleh"),
    )
    moderated_at = models.DateTimeField(_("waktu moderasi"), null=True, blank=True)
    # Published at once because its author was trusted
    # (COMMENTS_TRUSTED_AFTER_APPROVED); no moderator decided it.
    auto_approved = models.BooleanField(
        _("disetujui otomatis"),
        default=False,
        editable=False,
        help_text=_("Langsung tampil karena pengirimnya sudah tepercaya."),
    )
    # Private request data for moderators; purged by purge_commenter_data.
    ip_address = models.GenericIPAddressField(_("alamat IP"), null=True, blank=True)
    user_agent = models.CharField(_("user agent"), max_length=300, blank=True)
    # The comment's id on the WordPress site it was imported from, so that a
    # later import updates it instead of adding it again.
    wordpress_id = models.PositiveBigIntegerField(
        _("ID WordPress"), null=True, blank=True, unique=True, editable=False
    )
    # A reply written by a member of the newsroom, marked "Redaksi" on the page.
    by_newsroom = models.BooleanField(_("dari redaksi"), default=False, editable=False)
    posted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="newsroom_comments",
        verbose_name=_("ditulis oleh"),
    )
    # The spam filter's score when the comment was screened, and what weighed
    # most in it (``comments.spam.scoring``), for the moderator.
    spam_score = models.FloatField(_("skor spam"), null=True, blank=True, editable=False)
    spam_reasons = models.JSONField(_("alasan skor spam"), default=list, blank=True, editable=False)
    # What the filter learned from this comment (a moderator's decision), so a
    # later decision moves its counts instead of adding them twice.
    spam_learned = models.CharField(
        max_length=4, choices=Learned.choices, blank=True, default="", editable=False
    )
    # Set when the author changed the text after sending it.
    edited_at = models.DateTimeField(_("waktu disunting"), null=True, blank=True, editable=False)

    objects = CommentQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("komentar")
        verbose_name_plural = _("komentar")
        permissions = [
            ("view_commenter_private_data", _("Dapat melihat email dan IP pengomentar")),
        ]
        indexes = [
            models.Index(
                fields=["article", "status", "depth", "created_at"], name="comment_article_top_idx"
            ),
            models.Index(fields=["root", "status"], name="comment_root_status_idx"),
            models.Index(fields=["article", "email"], name="comment_article_email_idx"),
            # A commenter's history, keyed on the email whatever its case.
            models.Index(Lower("email"), "status", "created_at", name="comment_commenter_idx"),
            # The queue's "which articles wait most": counted from this index
            # alone (27 ms for 90,000 waiting comments, 220 ms from the table).
            models.Index(
                fields=["article", "id"],
                condition=Q(status="pending"),
                name="comment_pending_article_idx",
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=["pending", "approved", "spam", "rejected"]),
                name="comment_status_valid",
            ),
            models.CheckConstraint(
                condition=(
                    Q(parent__isnull=True, root__isnull=True, depth=0)
                    | Q(parent__isnull=False, root__isnull=False, depth__gt=0)
                ),
                name="comment_thread_shape",
            ),
            models.CheckConstraint(
                condition=~Q(parent=models.F("id")), name="comment_not_own_parent"
            ),
            models.CheckConstraint(
                condition=(
                    Q(url="") | Q(url__startswith="http://") | Q(url__startswith="https://")
                ),
                name="comment_url_http",
            ),
            # Lets the database check that a reply and its parent share an
            # article: migration 0002 adds the foreign keys (or triggers on
            # SQLite) that reference this pair.
            models.UniqueConstraint(fields=["id", "article"], name="comment_id_article_unique"),
        ]

    def __str__(self):
        return f"{self.name}: {self.excerpt}"

    def get_absolute_url(self):
        return f"{self.article.get_absolute_url()}#{self.anchor}"

    @property
    def anchor(self) -> str:
        return f"komentar-{self.pk}"

    @property
    def excerpt(self) -> str:
        return Truncator(body_plain_text(self.body)).chars(80)

    @property
    def is_approved(self) -> bool:
        return self.status == self.Status.APPROVED

    def clean(self):
        super().clean()
        if self.parent_id is not None and self.article_id is not None:
            if self.parent.article_id != self.article_id:
                raise ValidationError(
                    {"parent": _("Komentar yang dibalas harus berada di artikel yang sama.")}
                )
        if self.pk is not None and self.parent_id == self.pk:
            raise ValidationError({"parent": _("Komentar tidak dapat membalas dirinya sendiri.")})

    def admin_url(self) -> str:
        return reverse("admin:comments_comment_change", args=[self.pk])


class CommentReport(models.Model):
    """One reader's report of an approved comment; never shown to other readers.

    ``reader_hash`` is the salted hash of the reporting browser's cookie id,
    so one browser counts once per comment; ``address_bucket`` the coarse
    hash of its address (see ``articles.poll.address_limit``).
    """

    class Reason(models.TextChoices):
        SPAM = "spam", _("Spam")
        ABUSIVE = "abusive", _("Kasar/ujaran kebencian")
        MISINFORMATION = "misinformation", _("Informasi keliru")
        OTHER = "other", _("Lainnya")

    comment = models.ForeignKey(
        Comment, on_delete=models.CASCADE, related_name="reports", verbose_name=_("komentar")
    )
    reason = models.CharField(_("alasan"), max_length=16, choices=Reason.choices)
    note = models.CharField(_("keterangan"), max_length=REPORT_NOTE_MAX_LENGTH, blank=True)
    reader_hash = models.CharField(_("pelapor"), max_length=64, editable=False)
    address_bucket = models.CharField(_("kelompok alamat"), max_length=8, blank=True)
    # Keyed hash of the reporter's network (/24 for IPv4, /48 for IPv6): the
    # hiding threshold counts networks, not addresses (``reports.services``).
    network = models.CharField(_("jaringan"), max_length=16, blank=True, editable=False)
    created_at = models.DateTimeField(_("dibuat"), auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("laporan komentar")
        verbose_name_plural = _("laporan komentar")
        # Shown on the comment's change page; no admin of its own.
        default_permissions = ()
        constraints = [
            models.UniqueConstraint(
                fields=["comment", "reader_hash"], name="comment_report_once_per_reader"
            ),
        ]

    def __str__(self):
        return f"{self.get_reason_display()}: {self.comment_id}"


class PendingComment(Comment):
    """The moderation queue's entry in the admin: comments waiting for a decision.

    A proxy with no permissions of its own; the queue asks for the comment ones.
    """

    class Meta:
        proxy = True
        default_permissions = ()
        verbose_name = _("komentar dalam antrean")
        verbose_name_plural = _("antrean moderasi")


class CommentTransition(models.Model):
    """One change of a comment's status, as ``comments.transitions`` made it: the audit trail."""

    comment = models.ForeignKey(
        Comment, on_delete=models.CASCADE, related_name="transitions", verbose_name=_("komentar")
    )
    from_status = models.CharField(_("dari"), max_length=10, choices=Comment.Status.choices)
    to_status = models.CharField(_("menjadi"), max_length=10, choices=Comment.Status.choices)
    reason = models.CharField(_("sebab"), max_length=16)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("oleh"),
    )
    at = models.DateTimeField(_("waktu"), auto_now_add=True)

    class Meta:
        ordering = ["at", "id"]
        verbose_name = _("perubahan status komentar")
        verbose_name_plural = _("perubahan status komentar")
        default_permissions = ()

    def __str__(self):
        return f"{self.comment_id}: {self.from_status} -> {self.to_status} ({self.reason})"


from .spam.models import SpamFeature, SpamPhrase  # noqa: E402, F401
from .subscriptions.models import NotificationAddress, ReplyNotification, ReplySubscription  # noqa: E402, F401
