"""The moderation queue's place in the admin: its index entry and its URLs.

Registered for the ``PendingComment`` proxy so that the admin index and its
sidebar list "Antrean moderasi" with the number waiting. It has no
permissions of its own: viewing asks for the comment ones, deciding for
``comments.change_comment``.
"""

from django.contrib import admin
from django.urls import path

from ..models import PendingComment
from . import views
from .counts import pending_count, pending_note


@admin.register(PendingComment)
class ModerationQueueAdmin(admin.ModelAdmin):
    def get_urls(self):
        def wrap(view):
            def bound(request, *args, **kwargs):
                return view(request, *args, model_admin=self, **kwargs)

            return self.admin_site.admin_view(bound)

        return [
            path("", wrap(views.queue_page), name="comments_pendingcomment_changelist"),
            path("<int:pk>/putuskan/", wrap(views.decide), name="comments_pendingcomment_decide"),
            path("<int:pk>/urungkan/", wrap(views.undo), name="comments_pendingcomment_undo"),
        ]

    def index_note(self, request) -> str:
        return pending_note(pending_count(request))

    def has_view_permission(self, request, obj=None):
        user = request.user
        return user.has_perm("comments.view_comment") or user.has_perm("comments.change_comment")

    def has_change_permission(self, request, obj=None):
        return request.user.has_perm("comments.change_comment")

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
