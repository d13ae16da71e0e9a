"""Moderation in the admin: queues by status, bulk decisions, no hard deletes.

The one-comment-at-a-time queue lives in ``comments.moderation``.
"""

from functools import partial

from django.contrib import admin, messages
from django.db import transaction
from django.db.models import Case, Count, IntegerField, Value, When
from django.db.models.constants import LOOKUP_SEP
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from .models import Comment
from .moderation.counts import pending_count, pending_note
from .moderation.filters import CommenterFilter
from .newsroom.admin_views import admin_newsroom_reply
from .newsroom.services import can_reply_for_newsroom
from .privacy import can_view_private_data, mask_email, mask_ip
from .reports.display import report_reasons_html
from .services import comment_moderate
from .subscriptions.notifications import reply_published

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
    """Status queues, each with its count."""

    title = _("status")
    parameter_name = "status"

    def lookups(self, request, model_admin):
        counts = dict(Comment.objects.order_by().values_list("status").annotate(total=Count("id")))
        return [
            (status.value, f"{status.label} ({counts.get(status.value, 0)})")
            for status in STATUS_ORDER
        ]

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(status=self.value())
        return queryset


@admin.register(Comment)
class CommentAdmin(admin.ModelAdmin):
    list_filter = [
        StatusFilter,
        "flag",
        ("auto_approved", admin.BooleanFieldListFilter),
        ("by_newsroom", admin.BooleanFieldListFilter),
        ("article", admin.RelatedOnlyFieldListFilter),
        CommenterFilter,
    ]
    list_select_related = ["article", "parent"]
    list_per_page = 50
    date_hierarchy = "created_at"
    actions = ["approve", "reject", "mark_spam"]
    public_fields = [
        "article_link",
        "parent_context",
        "name",
        "url",
        "body_html",
        "status",
        "flag",
        "auto_approved",
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
        return [
            path("<path:object_id>/balas-redaksi/", reply, name="comments_comment_newsroom_reply"),
            *super().get_urls(),
        ]

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
        queue_first = Case(
            *[When(status=status, then=Value(rank)) for rank, status in enumerate(STATUS_ORDER)],
            output_field=IntegerField(),
        )
        return [queue_first.asc(), "-created_at"]

    def get_list_display(self, request):
        columns = ["excerpt", "name", "article_link", "status_badge", "flag", "created_at"]
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
        fields = ["name", "body", "article__title"]
        if can_view_private_data(request.user):
            fields.append("email")
        return fields

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
        if "status" in form.changed_data:
            obj.moderated_by = request.user
            obj.moderated_at = timezone.now()
        super().save_model(request, obj, form, change)
        if "status" in form.changed_data and obj.is_approved and obj.parent_id:
            # Approved here rather than from the queue: the replied-to
            # commenter is told, as comment_moderate does.
            transaction.on_commit(partial(reply_published, comment_id=obj.pk))

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

    # --- decisions ----------------------------------------------------------

    def _moderate(self, request, queryset, status, message):
        count = comment_moderate(comments=queryset, status=status, moderator=request.user)
        self.message_user(request, message(count) % {"count": count}, messages.SUCCESS)

    @admin.action(description=_("Setujui komentar terpilih"), permissions=["change"])
    def approve(self, request, queryset):
        self._moderate(
            request,
            queryset,
            Comment.Status.APPROVED,
            lambda n: ngettext("%(count)d komentar disetujui.", "%(count)d komentar disetujui.", n),
        )

    @admin.action(description=_("Tolak komentar terpilih"), permissions=["change"])
    def reject(self, request, queryset):
        self._moderate(
            request,
            queryset,
            Comment.Status.REJECTED,
            lambda n: ngettext("%(count)d komentar ditolak.", "%(count)d komentar ditolak.", n),
        )

    @admin.action(description=_("Tandai komentar terpilih sebagai spam"), permissions=["change"])
    def mark_spam(self, request, queryset):
        self._moderate(
            request,
            queryset,
            Comment.Status.SPAM,
            lambda n: ngettext(
                "%(count)d komentar ditandai spam.", "%(count)d komentar ditandai spam.", n
            ),
        )


# The editors' article list gains a pending-comments column.
from . import article_admin  # noqa: E402, F401

# The moderation queue, one comment at a time.
from .moderation import admin as moderation_admin  # noqa: E402, F401

# Who hears of replies (reply notifications), and stopping it.
from .subscriptions import admin as subscriptions_admin  # noqa: E402, F401
