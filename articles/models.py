"""The newsroom's content: articles, their taxonomy, sources and editors."""

from datetime import timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from django.utils.translation import gettext_lazy as _

from .plain_text import PlainTextFieldsMixin, strip_control_characters
from .sanitize import sanitize_article_html


class TimeStampedModel(models.Model):
    """Creation and update times for every concrete model."""

    created_at = models.DateTimeField(_("dibuat"), auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(_("diperbarui"), auto_now=True)

    class Meta:
        abstract = True


class Category(PlainTextFieldsMixin, TimeStampedModel):
    """A newsroom desk: Internasional, Nasional, Ekonomi, ..."""

    plain_text_fields = ("name", "description")

    name = models.CharField(_("nama"), max_length=80, unique=True)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    description = models.TextField(_("deskripsi"), blank=True)
    position = models.PositiveSmallIntegerField(_("urutan"), default=0)

    class Meta:
        ordering = ["position", "name"]
        verbose_name = _("kategori")
        verbose_name_plural = _("kategori")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("articles:category", kwargs={"slug": self.slug})


class Tag(PlainTextFieldsMixin, TimeStampedModel):
    """A free keyword linking articles across categories."""

    plain_text_fields = ("name",)

    name = models.CharField(_("nama"), max_length=80, unique=True)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("tag")
        verbose_name_plural = _("tag")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("articles:tag", kwargs={"slug": self.slug})


class Source(PlainTextFieldsMixin, TimeStampedModel):
    """The publisher or agency an article comes from (Medcom.id, Antara, ...)."""

    plain_text_fields = ("name",)

    name = models.CharField(_("nama"), max_length=120, unique=True)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    website = models.URLField(_("situs web"), blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("sumber")
        verbose_name_plural = _("sumber")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("articles:source", kwargs={"slug": self.slug})

    @property
    def domain(self) -> str:
        """The website's host as readers know it ("www.medcom.id")."""
        return urlsplit(self.website).hostname or ""


class EditorProfile(models.Model):
    """The byline details of a staff user who edits articles."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="editor_profile",
        verbose_name=_("pengguna"),
    )
    initials = models.CharField(
        _("inisial"), max_length=8, help_text=_("Ditampilkan di akhir artikel, mis. WIL.")
    )
    display_name = models.CharField(
        _("nama tampilan"),
        max_length=120,
        blank=True,
        help_text=_("Nama penulis di bawah judul artikel, mis. Wilda Rahma."),
    )
    # Blank: no author page (the byline shows the name without a link).
    slug = models.SlugField(
        _("slug halaman penulis"),
        max_length=120,
        blank=True,
        help_text=_("Alamat halaman penulis: /penulis/<slug>/."),
    )

    class Meta:
        verbose_name = _("profil editor")
        verbose_name_plural = _("profil editor")
        constraints = [
            models.UniqueConstraint(fields=["initials"], name="editorprofile_initials_unique"),
            models.UniqueConstraint(
                fields=["slug"],
                condition=~models.Q(slug=""),
                name="editorprofile_slug_unique",
            ),
        ]

    def __str__(self):
        return self.display_name or self.initials

    def get_absolute_url(self):
        return reverse("articles:author", kwargs={"slug": self.slug}) if self.slug else ""

    @property
    def name(self) -> str:
        """The name readers see: the display name, else the initials."""
        return self.display_name or self.initials


# What publishing or scheduling needs beyond a title (a draft needs none).
REQUIRED_TO_PUBLISH = ("category", "slug", "lead", "body")


class ArticleQuerySet(models.QuerySet):
    def published(self):
        """What readers may see: published status and publication time reached.

        The one place this rule lives; views, feeds, sitemaps, search and
        template tags all read through it. A scheduled article (published,
        time still ahead) appears by itself once its time comes.
        """
        return self.filter(Article.published_condition(timezone.now()))

    def for_listing(self):
        """What an article card needs, in a fixed number of queries."""
        return self.select_related("category", "source", "featured_photo").prefetch_related("tags")


class Article(PlainTextFieldsMixin, TimeStampedModel):
    """A news article, written or republished by the newsroom."""

    plain_text_fields = ("title", "lead", "dateline")

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draf")
        PUBLISHED = "published", _("Terbit")

    title = models.CharField(_("judul"), max_length=255)
    # Unique per publication date (constraint below); a draft may have none yet.
    slug = models.SlugField(_("slug"), max_length=255, blank=True)
    lead = models.TextField(
        _("ringkasan"), max_length=500, blank=True, help_text=_("Satu atau dua kalimat pembuka.")
    )
    body = models.TextField(_("isi"), blank=True, help_text=_("HTML; dibersihkan saat disimpan."))
    dateline = models.CharField(_("dateline"), max_length=80, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    published_at = models.DateTimeField(_("waktu terbit"), default=timezone.now, db_index=True)
    # Whether published_at is a chosen time: set by an editor (or the
    # import), or fixed by publishing. A draft's time is otherwise only a
    # placeholder, and "Terbitkan" makes it the moment of publication
    # (``articles.publishing``).
    published_at_set = models.BooleanField(_("waktu terbit diatur"), default=False, editable=False)
    # Local (Asia/Jakarta) calendar date of published_at: the URL's date and
    # the scope of the slug's uniqueness, enforced by the database.
    publication_date = models.DateField(_("tanggal terbit"), editable=False, db_index=True)
    editor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="edited_articles",
        limit_choices_to={"is_staff": True},
        verbose_name=_("editor"),
    )
    category = models.ForeignKey(
        Category,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="articles",
        verbose_name=_("kategori"),
    )
    tags = models.ManyToManyField(Tag, blank=True, related_name="articles", verbose_name=_("tag"))
    source = models.ForeignKey(
        Source,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="articles",
        verbose_name=_("sumber"),
    )
    original_url = models.URLField(_("URL asli"), max_length=500, blank=True)
    # A photo of the library (articles.photos), named by string: the article
    # models never import the feature packages.
    featured_photo = models.ForeignKey(
        "articles.Photo",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("foto utama"),
        help_text=_("Tampil di bawah judul, di kartu artikel, dan saat dibagikan."),
    )
    related = models.ManyToManyField(
        "self", symmetrical=False, blank=True, verbose_name=_("artikel terkait")
    )
    comments_open = models.BooleanField(
        _("komentar dan tanggapan dibuka"),
        default=True,
        help_text=_(
            "Tanpa centang, pembaca tidak dapat lagi berkomentar maupun memilih tanggapan"
            " (jajak reaksi); yang sudah ada tetap tampil."
        ),
    )
    # A live report (articles.live): short timestamped entries under the
    # body, newest first, until it is ended (live_ended_at).
    is_live = models.BooleanField(
        _("Laporan langsung"),
        default=False,
        help_text=_("Pembaruan singkat bertanda waktu, terbaru di atas, tampil di bawah isi."),
    )
    live_ended_at = models.DateTimeField(
        _("laporan langsung berakhir"), null=True, blank=True, editable=False
    )
    # When an editor last changed the words of the live article (title, lead,
    # body): the page says "Diperbarui". Not a save that changed nothing a
    # reader reads, nor an import.
    revised_at = models.DateTimeField(_("isi diperbarui"), null=True, blank=True, editable=False)
    # The post's id on the WordPress site it was imported from: old links
    # (/?p=ID) find it, and a later import updates it instead of adding one.
    wordpress_id = models.PositiveBigIntegerField(
        _("ID WordPress"), null=True, blank=True, unique=True, editable=False
    )
    # The post's slug on that site, decoded, when Kabar's had to differ (a
    # slug in another script): its old permalinks find it.
    wordpress_slug = models.CharField(
        _("slug WordPress"), max_length=255, blank=True, default="", editable=False
    )

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-id"]
        get_latest_by = "published_at"
        verbose_name = _("artikel")
        verbose_name_plural = _("artikel")
        constraints = [
            models.UniqueConstraint(
                fields=["publication_date", "slug"],
                condition=~models.Q(slug=""),
                name="article_slug_unique_per_date",
            ),
            # A draft needs only a title; what readers may see needs more.
            models.CheckConstraint(
                condition=models.Q(status="draft")
                | (models.Q(category__isnull=False) & ~models.Q(slug="")),
                name="article_published_is_complete",
            ),
        ]
        indexes = [
            models.Index(fields=["status", "-published_at"], name="article_status_pub_idx"),
            # An author page: one editor's newest articles, read in order.
            models.Index(fields=["editor", "-published_at"], name="article_editor_pub_idx"),
            # Listing pages and sitemaps at archive size: a category's or
            # source's newest published articles are read in index order.
            # With the id, the listing's whole order: a deep page's ids are
            # read from the index alone (articles.pagination).
            models.Index(
                fields=["category", "status", "-published_at", "-id"],
                name="article_category_order_idx",
            ),
            models.Index(
                fields=["source", "status", "-published_at", "-id"],
                name="article_source_order_idx",
            ),
            # The sitemap index's months: everything its grouping reads is
            # in the index (INCLUDE is PostgreSQL's; elsewhere a plain index).
            models.Index(
                fields=["status", "publication_date"],
                include=["published_at", "updated_at"],
                name="article_sitemap_idx",
            ),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        self.clean_for_storage()
        if self.status == self.Status.PUBLISHED:
            # Published or scheduled: the time is the article's own from now on.
            self.published_at_set = True
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "published_at" in update_fields:
            kwargs["update_fields"] = {*update_fields, "publication_date"}
        if update_fields is not None and "status" in update_fields:
            kwargs["update_fields"] = {*kwargs["update_fields"], "published_at_set"}
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        if not self.slug:
            return None  # a draft without a slug has no address yet
        day = self.publication_date or timezone.localdate(self.published_at)
        return reverse(
            "articles:detail",
            kwargs={
                "year": day.year,
                "month": f"{day.month:02d}",
                "day": f"{day.day:02d}",
                "slug": self.slug,
            },
        )

    # The fields whose change on a live article is a revision readers are told of.
    REVISED_FIELDS = ("title", "lead", "body")
    # A correction made in the first minutes after publication is not announced.
    REVISION_SHOWN_AFTER = timedelta(minutes=10)

    @property
    def shown_revision(self):
        """When the page says the words were updated, or None."""
        if self.revised_at is None or self.published_at is None:
            return None
        if self.revised_at - self.published_at < self.REVISION_SHOWN_AFTER:
            return None
        return self.revised_at

    @property
    def modified_at(self):
        """When readers last saw the article change: its last save, or its
        going live when that came later (a scheduled article)."""
        if self.published_at is None or self.updated_at is None:
            return self.updated_at or self.published_at
        return max(self.updated_at, self.published_at)

    def clean(self):
        super().clean()
        errors = {}
        if self.status == self.Status.PUBLISHED:
            for name in self.missing_to_publish():
                errors[name] = _("Wajib diisi untuk menerbitkan atau menjadwalkan.")
        if self.slug and self.published_at:
            day = timezone.localdate(self.published_at)
            taken = Article.objects.filter(publication_date=day, slug=self.slug)
            if taken.exclude(pk=self.pk).exists():
                errors["slug"] = _("Slug ini sudah dipakai artikel lain pada tanggal yang sama.")
        if errors:
            raise ValidationError(errors)

    def clean_for_storage(self) -> None:
        """What every save does before writing: clean text and the local publication date.

        Also used for what is kept without a save (an autosave).
        """
        for name in self.plain_text_fields:
            setattr(self, name, strip_control_characters(getattr(self, name)))
        self.body = sanitize_article_html(strip_control_characters(self.body))
        self.publication_date = timezone.localdate(self.published_at)

    def missing_to_publish(self) -> list[str]:
        """The fields still empty that publishing or scheduling this article needs."""
        missing = []
        for name in REQUIRED_TO_PUBLISH:
            value = self.category_id if name == "category" else getattr(self, name)
            if not (value.strip() if isinstance(value, str) else value):
                missing.append(name)
        return missing

    # What readers may see, stated once for the database and once for an
    # instance in hand; tests/articles/test_published.py checks that the two
    # agree for every status and time.
    @staticmethod
    def published_condition(now) -> models.Q:
        """The filter behind ``Article.objects.published()`` at the moment ``now``."""
        return models.Q(status=Article.Status.PUBLISHED, published_at__lte=now)

    def publication_state(self, now=None) -> str:
        """Where this article stands at ``now``: "draft", "scheduled" or "published"."""
        if self.status != self.Status.PUBLISHED:
            return "draft"
        return "published" if self.published_at <= (now or timezone.now()) else "scheduled"

    @property
    def awaits_its_date(self) -> bool:
        """A draft dated by its publishing, whenever that comes: no time chosen yet."""
        return self.status == self.Status.DRAFT and not (self.published_at and self.has_set_time())

    def has_set_time(self, now=None) -> bool:
        """Whether ``published_at`` is a time someone chose (or one still ahead).

        A draft's placeholder time (its creation) is not: publishing it
        publishes it now. A time in the future is always a choice.
        """
        return self.published_at_set or self.published_at > (now or timezone.now())

    @property
    def is_published(self) -> bool:
        """True when readers can see this article now."""
        return self.publication_state() == "published"

    @property
    def is_scheduled(self) -> bool:
        return self.publication_state() == "scheduled"

    @property
    def is_live_now(self) -> bool:
        """True while this live report takes new entries (not ended yet)."""
        return self.is_live and self.live_ended_at is None

    @property
    def discussion_open(self) -> bool:
        """Whether readers may still comment and vote on this article.

        Closed per article by the editor, or automatically
        ``COMMENTS_CLOSE_AFTER_DAYS`` days after publication when that is set.
        """
        if not self.comments_open:
            return False
        days = settings.COMMENTS_CLOSE_AFTER_DAYS
        if not days or not (self.published_at_set or self.is_published):
            return True  # a draft's time is a placeholder: the clock starts when it goes live
        return timezone.now() < self.published_at + timedelta(days=days)

    def body_with_dateline(self) -> str:
        """The sanitized body with the dateline opening its first paragraph."""
        if not self.dateline:
            return self.body
        dateline = f'<strong class="dateline">{escape(self.dateline)}:</strong> '
        if self.body.startswith("<p>"):
            return f"<p>{dateline}{self.body[3:]}"
        return f"<p>{dateline}</p>{self.body}"
