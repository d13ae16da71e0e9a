"""Where moderators find the queue: the admin index, its sidebar, the changelist."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Permission
from django.db import connection
from django.urls import reverse

from comments.models import Comment
from tests.comments.factories import make_comment
from tests.moderation.conftest import queue_url, waiting

pytestmark = pytest.mark.django_db


def test_admin_index_links_the_queue_with_its_count(moderator_client, article):
    waiting(article, 4)
    make_comment(article=article)
    page = BeautifulSoup(moderator_client.get(reverse("admin:index")).content, "html.parser")
    link = page.select_one(f'#content-main a[href="{queue_url()}"]')
    assert link.get_text() == "Antrean moderasi (4 menunggu)"
    assert page.select_one('#content-main a[href="/admin/comments/comment/"]').get_text() == (
        "Komentar (4 menunggu)"
    )


def test_index_counts_the_queue_once(moderator_client, article, django_assert_max_num_queries):
    waiting(article, 2)
    with django_assert_max_num_queries(50) as captured:
        moderator_client.get(reverse("admin:index"))
    counts = [q for q in captured.captured_queries if "COUNT(*)" in q["sql"]]
    assert len([q for q in counts if "comments_comment" in q["sql"]]) == 1


def test_changelist_links_the_queue(moderator_client):
    page = BeautifulSoup(
        moderator_client.get(reverse("admin:comments_comment_changelist")).content, "html.parser"
    )
    assert page.select_one(f'.object-tools a[href="{queue_url()}"]')


def test_editor_sees_no_queue(editor_client):
    html = editor_client.get(reverse("admin:index")).content.decode()
    assert "Antrean moderasi" not in html


def test_the_queue_adds_no_permissions():
    comment_permissions = Permission.objects.filter(content_type__app_label="comments")
    codenames = set(comment_permissions.values_list("codename", flat=True))
    assert not {codename for codename in codenames if "pendingcomment" in codename}
    assert {
        "add_comment",
        "change_comment",
        "delete_comment",
        "view_comment",
        "view_commenter_private_data",
    } <= codenames


def test_commenter_history_has_its_index():
    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, Comment._meta.db_table)
    assert "comment_commenter_idx" in constraints
