"""``purge_commenter_data`` and the demo comments ``load_demo`` adds."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone

from comments.models import Comment
from tests.comments.factories import make_comment

pytestmark = pytest.mark.django_db


def aged(comment, days):
    Comment.objects.filter(pk=comment.pk).update(created_at=timezone.now() - timedelta(days=days))
    return comment


def test_purge_clears_ip_and_user_agent_older_than_n_days(article):
    old = aged(make_comment(article=article, ip_address="203.0.113.1", user_agent="UA lama"), 40)
    recent = aged(make_comment(article=article, ip_address="203.0.113.2", user_agent="UA"), 5)
    out = StringIO()
    call_command("purge_commenter_data", "--days", "30", stdout=out)
    old.refresh_from_db()
    recent.refresh_from_db()
    assert (old.ip_address, old.user_agent) == (None, "")
    assert (recent.ip_address, recent.user_agent) == ("203.0.113.2", "UA")
    assert old.email and old.body  # the comment itself stays
    assert "1 comment" in out.getvalue()


def test_purge_defaults_to_the_setting(article, settings):
    settings.COMMENTS_PRIVATE_DATA_DAYS = 10
    old = aged(make_comment(article=article, ip_address="203.0.113.1"), 11)
    call_command("purge_commenter_data", stdout=StringIO())
    old.refresh_from_db()
    assert old.ip_address is None


def test_purge_refuses_negative_days():
    with pytest.raises(CommandError):
        call_command("purge_commenter_data", "--days", "-1")


def test_load_demo_adds_a_discussion_once():
    call_command("load_demo", stdout=StringIO())
    first = list(Comment.objects.order_by("pk").values_list("pk", "status", "parent_id"))
    call_command("load_demo", stdout=StringIO())
    assert list(Comment.objects.order_by("pk").values_list("pk", "status", "parent_id")) == first
    statuses = [status for _, status, _ in first]
    assert statuses.count(Comment.Status.PENDING) == 1
    assert statuses.count(Comment.Status.APPROVED) >= 3
    thread = Comment.objects.filter(depth=2, status=Comment.Status.APPROVED).get()
    assert thread.root.parent is None and thread.parent.parent == thread.root
    seed = thread.article
    assert Comment.objects.exclude(article=seed).count() == 0


def test_demo_seed_page_shows_the_thread(client):
    call_command("load_demo", stdout=StringIO())
    seed = Comment.objects.first().article
    html = client.get(seed.get_absolute_url()).content.decode()
    assert 'class="comment comment--level-3"' in html
    assert "demo@contoh.id" not in html
