"""The editors' article list, with the number of comments waiting on each.

The articles app knows nothing of comments; this app extends its admin.
"""

from django.contrib import admin
from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _

from articles.admin import ArticleAdmin
from articles.models import Article

from .models import Comment

admin.site.unregister(Article)


@admin.register(Article)
class ArticleWithCommentsAdmin(ArticleAdmin):
    list_display = [*ArticleAdmin.list_display, "pending_comments"]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                pending_comment_count=Count(
                    "comments", filter=Q(comments__status=Comment.Status.PENDING)
                )
            )
        )

    @admin.display(description=_("komentar menunggu"), ordering="pending_comment_count")
    def pending_comments(self, obj):
        return obj.pending_comment_count
