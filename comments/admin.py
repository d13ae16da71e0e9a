"""Moderation in the admin: queues by status, bulk decisions, no hard deletes.

The one-comment-at-a-time queue lives in ``comments.moderation``.
"""

from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models.constants import LOOKUP_SEP
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from articles.discovery.search import uses_full_text
from portal.admin_lists import ArchiveListMixin, capped_count, count_label

from .models import Comment
from .moderation.article_filter import ArticleFilter, article_autocomplete, article_widget_media
from .moderation.counts import pending_count, pending_note
from .moderation.filters import CommenterFilter
from .newsroom.admin_views import admin_newsroom_reply
from .newsroom.services import can_reply_for_newsroom
from .privacy import can_view_private_data, mask_email, mask_ip
from .reports.display import report_reasons_html
from .reports.listing import ReportedFilter, reports_cell
from .search import comment_matches
from .services import comment_moderate

# The moderation queue comes first, then what was already decided.
# Columns holding a commenter's private data (see privacy.py).
PRIVATE_FIELDS = frozenset({"email", "ip_address", "user_agent"})

STATUS_ORDER = [
    Comment.Status.PENDING,
    Comment.Status.APPROVED,
    Comment.Status.SPAM,
    Comment.Status.REJECTED,
]


class StatusFilter(admin.SimpleListFilter):
    """Status queues, each with its count (counted up to ADMIN_COUNT_CAP, then "10.000+")."""

    title = _("status")
    parameter_name = "status"

    def lookups(self, request, model_admin):
        counts = {
            status: capped_count(Comment.objects.filter(status=status)) for status in STATUS_ORDER
        }
        return [
            (status.value, f"{status.label} ({count_label(counts[status])})")
            for status in STATUS_ORDER
        ]

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(status=self.value())
        return queryset


def _decision(name, status, description, done):
    """An admin action giving the selected comments ``status``; ``done`` says how many."""

    @admin.action(description=description, permissions=["change"])
    def decide(modeladmin, request, queryset):
        count = comment_moderate(comments=queryset, status=status, moderator=request.user)
        modeladmin.message_user(request, done % {"count": count}, messages.SUCCESS)

    decide.__name__ = name
    return decide


@admin.register(Comment)
class CommentAdmin(ArchiveListMixin, admin.ModelAdmin):
    # No filter lists articles or commenters: the article is searched for
    # (ArticleFilter), a commenter is reached from the queue. No date
    # hierarchy: its years and months would group every comment.
    list_filter = [
        StatusFilter,
        ReportedFilter,
        "flag",
        ("auto_approved", admin.BooleanFieldListFilter),
        ("by_newsroom", admin.BooleanFieldListFilter),
        ArticleFilter,
        CommenterFilter,
        ("created_at", admin.DateFieldListFilter),
    ]
    list_select_related = ["article"]
    list_per_page = 50
    actions = ["approve", "reject", "mark_spam"]
    public_fields = [
        "article_link",
        "parent_context",
        "name",
        "url",
        "body_html",
        "status",
        "flag",
        "spam_reasons_list",
        "auto_approved_text",
        "by_newsroom",
        "report_reasons",
        "moderated_by",
        "moderated_at",
        "created_at",
        "edited_at",
    ]

    def get_urls(self):
        reply = self.admin_site.admin_view(
            lambda request, object_id: admin_newsroom_reply(self, request, object_id)
        )
        articles = self.admin_site.admin_view(lambda request: article_autocomplete(request, self))
        rescue = self.admin_site.admin_view(
            lambda request, object_id: self.rescue_view(request, object_id)
        )
        return [
            path("<int:object_id>/balas-redaksi/", reply, name="comments_comment_newsroom_reply"),
            path("<int:object_id>/bukan-spam/", rescue, name="comments_comment_rescue"),
            path("artikel/", articles, name="comments_comment_article_autocomplete"),
            *super().get_urls(),
        ]

    def changelist_view(self, request, extra_context=None):
        # The article filter's search box uses the admin's select2.
        extra_context = {**(extra_context or {}), "media": self.media + article_widget_media()}
        return super().changelist_view(request, extra_context)

    def index_note(self, request) -> str:
        """How many comments wait, beside "Komentar" on the admin index."""
        return pending_note(pending_count(request))

    # --- who may do what ----------------------------------------------------

    def has_add_permission(self, request):
        # Comments come from readers through the site's form and its rules.
        return False

    def has_delete_permission(self, request, obj=None):
        # Moderation changes a state and keeps the record. Only a superuser
        # may erase one (a legal request, say).
        return request.user.is_active and request.user.is_superuser

    # --- lists --------------------------------------------------------------

    def get_ordering(self, request):
        # Newest first, read in the order of the created_at index; the queue
        # (comments.moderation) is where pending comments come first.
        return ["-created_at", "-pk"]

    def get_queryset(self, request):
        # The reports column: one query for the page, whatever its size.
        queryset = super().get_queryset(request).prefetch_related("reports")
        if request.resolver_match and request.resolver_match.url_name.endswith("_changelist"):
            # A row shows an excerpt and its article's title and address.
            return queryset.defer("article__body", "article__lead", "user_agent")
        return queryset

    def get_list_display(self, request):
        columns = [
            "excerpt",
            "name",
            "article_link",
            "status_badge",
            "flag",
            "spam_score_cell",
            "reports_column",
            "created_at",
            "rescue_button",
        ]
        if can_view_private_data(request.user):
            return [*columns, "email", "ip_address"]
        return [*columns, "masked_email", "masked_ip"]

    def lookup_allowed(self, lookup, value, request):
        # The admin lets any local field filter the changelist from the URL
        # (``?email__startswith=budi``); the count it answers with would tell
        # someone without the permission whose email or IP it is.
        if not can_view_private_data(request.user) and PRIVATE_FIELDS.intersection(
            lookup.split(LOOKUP_SEP)
        ):
            return False
        return super().lookup_allowed(lookup, value, request)

    def get_search_fields(self, request):
        fields = ["name", "body"]
        if can_view_private_data(request.user):
            fields.append("email")
        return fields

    def get_search_results(self, request, queryset, search_term):
        """Words of the name or comment, or a whole email (for those who may see it).

        On PostgreSQL each is read through an index (comments.search).
        """
        if search_term.strip() and uses_full_text():
            found = comment_matches(
                queryset, search_term, by_email=can_view_private_data(request.user)
            )
            return found, False
        return super().get_search_results(request, queryset, search_term)

    # --- one comment --------------------------------------------------------

    def _private_fields(self, request):
        if can_view_private_data(request.user):
            return ["email", "ip_address", "user_agent"]
        return ["masked_email", "masked_ip"]

    def get_fields(self, request, obj=None):
        fields = [*self.public_fields, *self._private_fields(request)]
        if obj is not None and can_reply_for_newsroom(request.user):
            fields.append("newsroom_reply_link")
        return fields

    def get_readonly_fields(self, request, obj=None):
        editable = {"status"} if self.has_change_permission(request, obj) else set()
        return [f for f in self.get_fields(request, obj) if f not in editable]

    def save_model(self, request, obj, form, change):
        # Status is the one field a moderator changes here, and a status
        # changes only through the transition service, as in the queue.
        if "status" in form.changed_data:
            comment_moderate(
                comments=Comment.objects.filter(pk=obj.pk),
                status=form.cleaned_data["status"],
                moderator=request.user,
            )
            obj.refresh_from_db()

    # --- columns ------------------------------------------------------------

    @admin.display(description=_("komentar"))
    def excerpt(self, obj):
        return obj.excerpt

    @admin.display(description=_("isi komentar"))
    def body_html(self, obj):
        # Stored sanitized by comment_submit, so it is safe to render.
        return format_html('<div class="comment-body">{}</div>', mark_safe(obj.body))

    @admin.display(description=_("laporan pembaca"))
    def report_reasons(self, obj):
        # Reasons and notes only: who reported stays unknown, even here.
        return report_reasons_html(obj)

    @admin.display(description=_("pulihkan"))
    def rescue_button(self, obj):
        if obj.status != Comment.Status.SPAM:
            return ""
        return format_html(
            '<button type="submit" form="comment-rescue" formaction="{}" class="button"'
            ' aria-label="{}">{}</button>',
            reverse("admin:comments_comment_rescue", args=[obj.pk]),
            _("Bukan spam: setujui komentar dari %(name)s") % {"name": obj.name},
            _("Bukan spam"),
        )

    def rescue_view(self, request, object_id):
        """One click on a comment in Spam: approved as a moderator's decision (learned)."""
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        if not self.has_change_permission(request):
            raise PermissionDenied
        comment = get_object_or_404(Comment, pk=object_id)
        changed = comment_moderate(
            comments=Comment.objects.filter(pk=comment.pk, status=Comment.Status.SPAM),
            status=Comment.Status.APPROVED,
            moderator=request.user,
        )
        if changed:
            self.message_user(
                request,
                _("Komentar dari %(name)s dipulihkan dari spam dan disetujui.")
                % {"name": comment.name},
                messages.SUCCESS,
            )
        else:
            self.message_user(request, _("Komentar itu sudah tidak ada di Spam."), messages.WARNING)
        back = request.META.get("HTTP_REFERER", "")
        changelist = reverse("admin:comments_comment_changelist")
        if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}):
            back = f"{changelist}?status=spam"
        return HttpResponseRedirect(back)

    @admin.display(description=_("laporan"))
    def reports_column(self, obj):
        return reports_cell(obj)

    @admin.display(description=_("skor spam"), ordering="spam_score")
    def spam_score_cell(self, obj):
        if obj.spam_score is None:
            return "-"
        return f"{obj.spam_score:.1f}"

    @admin.display(description=_("disetujui otomatis"))
    def auto_approved_text(self, obj):
        """In words: the field's own help text read as a fact even beside "no"."""
        if obj.auto_approved:
            return _("Ya: langsung tampil karena pengirimnya sudah tepercaya.")
        return _("Tidak")

    @admin.display(description=_("mengapa skor spam"))
    def spam_reasons_list(self, obj):
        if not obj.spam_reasons:
            return "-"
        items = format_html_join("", "<li>{}</li>", ((reason,) for reason in obj.spam_reasons))
        return format_html(
            '<p>{}</p><ul class="spam-reasons">{}</ul>',
            _(
                "Skor %(score).1f (ditahan dari %(hold)s; spam dari %(spam)s bila tanda "
                "bawaan saja mencapai %(hold)s)"
            )
            % {
                "score": obj.spam_score or 0,
                "hold": settings.COMMENTS_SPAM_HOLD_SCORE,
                "spam": settings.COMMENTS_SPAM_SCORE,
            },
            items,
        )

    @admin.display(description=_("balasan redaksi"))
    def newsroom_reply_link(self, obj):
        if not obj.is_approved:
            return "-"
        url = reverse("admin:comments_comment_newsroom_reply", args=[obj.pk])
        return format_html('<a class="button" href="{}">{}</a>', url, _("Balas sebagai Redaksi"))

    @admin.display(description=_("artikel"), ordering="article__title")
    def article_link(self, obj):
        return format_html(
            '<a href="{}#{}">{}</a>', obj.article.get_absolute_url(), obj.anchor, obj.article
        )

    @admin.display(description=_("membalas"))
    def parent_context(self, obj):
        if obj.parent is None:
            return "-"
        return format_html(
            '<a href="{}">{}</a>: {}',
            reverse("admin:comments_comment_change", args=[obj.parent_id]),
            obj.parent.name,
            obj.parent.excerpt,
        )

    @admin.display(description=_("status"), ordering="status")
    def status_badge(self, obj):
        return format_html(
            '<span class="status status--{}">{}</span>', obj.status, obj.get_status_display()
        )

    @admin.display(description=_("email"))
    def masked_email(self, obj):
        return mask_email(obj.email)

    @admin.display(description=_("alamat IP"))
    def masked_ip(self, obj):
        return mask_ip(obj.ip_address)

    # --- decisions: one action per status, each through comment_moderate ---

    approve = _decision(
        "approve",
        Comment.Status.APPROVED,
        _("Setujui komentar terpilih"),
        ngettext_lazy("%(count)d komentar disetujui.", "%(count)d komentar disetujui.", "count"),
    )
    reject = _decision(
        "reject",
        Comment.Status.REJECTED,
        _("Tolak komentar terpilih"),
        ngettext_lazy("%(count)d komentar ditolak.", "%(count)d komentar ditolak.", "count"),
    )
    mark_spam = _decision(
        "mark_spam",
        Comment.Status.SPAM,
        _("Tandai komentar terpilih sebagai spam"),
        ngettext_lazy(
            "%(count)d komentar ditandai spam.", "%(count)d komentar ditandai spam.", "count"
        ),
    )


# The editors' article list gains a pending-comments column (the articles
# app's extension point; the article admin stays the articles app's).
from . import article_column  # noqa: E402, F401

# The moderation queue, one comment at a time.
from .moderation import admin as moderation_admin  # noqa: E402, F401

# The spam filter's block and watch phrases.
from .spam import admin as spam_admin  # noqa: E402, F401

# Who hears of replies (reply notifications), and stopping it.
from .subscriptions import admin as subscriptions_admin  # noqa: E402, F401
