"""The editors' article list, with the number of comments waiting on each.

The articles app knows nothing of comments; this app extends its admin.
"""

from django.contrib import admin
from django.db.models import F, Func, IntegerField, OuterRef, Subquery
from django.utils.translation import gettext_lazy as _

from articles.admin import ArticleAdmin
from articles.models import Article

from .models import Comment

admin.site.unregister(Article)


@admin.register(Article)
class ArticleWithCommentsAdmin(ArticleAdmin):
    list_display = [*ArticleAdmin.list_display, "pending_comments"]

    def get_queryset(self, request):
        # Counted per row shown (a subquery on the comments' article and
        # status index), never grouped over every article's comments.
        waiting = (
            Comment.objects.filter(article=OuterRef("pk"), status=Comment.Status.PENDING)
            .order_by()
            .annotate(total=Func(F("pk"), function="COUNT"))
            .values("total")
        )
        return (
            super()
            .get_queryset(request)
            .annotate(pending_comment_count=Subquery(waiting, output_field=IntegerField()))
        )

    # Not sortable: sorting would count the comments of every article.
    @admin.display(description=_("komentar menunggu"))
    def pending_comments(self, obj):
        return obj.pending_comment_count
