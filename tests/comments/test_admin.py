"""Moderation in the admin, as the Moderator group uses it."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from comments.models import Comment
from tests import factories
from tests.comments.factories import make_comment

pytestmark = pytest.mark.django_db

CHANGELIST = "admin:comments_comment_changelist"
SECRET_EMAIL = "rahasia.pengirim@contoh.example"


def change_url(comment):
    return reverse("admin:comments_comment_change", args=[comment.pk])


def test_moderator_group_has_exactly_the_comment_permissions():
    codenames = set(
        Group.objects.get(name="Moderator").permissions.values_list("codename", flat=True)
    )
    assert codenames == {
        "view_comment",
        "change_comment",
        "view_commenter_private_data",
        "view_notificationaddress",
        # The spam filter's block and watch phrases.
        "view_spamphrase",
        "add_spamphrase",
        "change_spamphrase",
        "delete_spamphrase",
        "change_notificationaddress",
    }


def test_moderator_approves_three_in_one_action_and_they_appear(
    moderator_client, moderator, article, client
):
    waiting = [
        make_comment(article=article, status=Comment.Status.PENDING, body=f"Menunggu {n}")
        for n in range(3)
    ]
    untouched = make_comment(article=article, status=Comment.Status.PENDING, body="Belum")
    response = moderator_client.post(
        reverse(CHANGELIST),
        {"action": "approve", "_selected_action": [c.pk for c in waiting]},
        follow=True,
    )
    assert response.status_code == 200
    assert "3 komentar disetujui." in response.content.decode()
    for comment in waiting:
        comment.refresh_from_db()
        assert comment.status == Comment.Status.APPROVED
        assert comment.moderated_by == moderator
        assert comment.moderated_at is not None
    moderator_client.logout()
    html = client.get(article.get_absolute_url()).content.decode()
    for n in range(3):
        assert f"Menunggu {n}" in html
    assert "Belum" not in html
    assert Comment.objects.get(pk=untouched.pk).status == Comment.Status.PENDING


@pytest.mark.parametrize(("action", "status"), [("reject", "rejected"), ("mark_spam", "spam")])
def test_reject_and_spam_actions(moderator_client, moderator, article, action, status):
    comment = make_comment(article=article, status=Comment.Status.PENDING)
    moderator_client.post(reverse(CHANGELIST), {"action": action, "_selected_action": [comment.pk]})
    comment.refresh_from_db()
    assert (comment.status, comment.moderated_by) == (status, moderator)


def test_changelist_shows_newest_first_and_counts_each_status(moderator_client, article):
    approved = make_comment(article=article, body="Sudah disetujui")
    pending = make_comment(article=article, status=Comment.Status.PENDING, body="Antre")
    make_comment(article=article, status=Comment.Status.SPAM)
    response = moderator_client.get(reverse(CHANGELIST))
    assert response.status_code == 200
    html = response.content.decode()
    assert html.index("Antre") < html.index("Sudah disetujui")
    for label in ("Menunggu moderasi (1)", "Disetujui (1)", "Spam (1)", "Ditolak (0)"):
        assert label in html
    only_pending = moderator_client.get(reverse(CHANGELIST), {"status": "pending"})
    assert list(only_pending.context["cl"].result_list) == [pending]
    by_article = moderator_client.get(reverse(CHANGELIST), {"article__id__exact": article.pk})
    assert approved in by_article.context["cl"].result_list


def test_search(moderator_client, article):
    found = make_comment(article=article, body="Soal Nord Stream")
    make_comment(article=article, body="Lain hal")
    response = moderator_client.get(reverse(CHANGELIST), {"q": "Nord"})
    assert list(response.context["cl"].result_list) == [found]


def test_change_page_shows_context_and_private_data_to_moderators(moderator_client, article):
    parent = make_comment(article=article, name="Induk", body="Komentar induk")
    comment = make_comment(
        article=article, parent=parent, email=SECRET_EMAIL, ip_address="203.0.113.9"
    )
    html = moderator_client.get(change_url(comment)).content.decode()
    assert article.title in html
    assert "Komentar induk" in html
    assert SECRET_EMAIL in html and "203.0.113.9" in html


def test_others_see_private_data_masked(client, article):
    viewer = factories.make_user(is_staff=True)
    viewer.user_permissions.add(Permission.objects.get(codename="view_comment"))
    client.force_login(viewer)
    comment = make_comment(article=article, email=SECRET_EMAIL, ip_address="203.0.113.9")
    for url in (reverse(CHANGELIST), change_url(comment)):
        html = client.get(url).content.decode()
        assert SECRET_EMAIL not in html and "203.0.113.9" not in html
        assert "r•••@•••" in html and "203.0.•••" in html
    # Nor can the email be found by searching for it.
    response = client.get(reverse(CHANGELIST), {"q": SECRET_EMAIL})
    assert list(response.context["cl"].result_list) == []


def test_moderator_changes_status_on_the_change_page(moderator_client, moderator, article):
    comment = make_comment(article=article, status=Comment.Status.PENDING)
    response = moderator_client.post(change_url(comment), {"status": "approved"})
    assert response.status_code == 302
    comment.refresh_from_db()
    assert (comment.status, comment.moderated_by) == ("approved", moderator)


def test_moderators_cannot_delete_or_add(moderator_client, article):
    comment = make_comment(article=article)
    delete_url = reverse("admin:comments_comment_delete", args=[comment.pk])
    assert moderator_client.get(delete_url).status_code == 403
    assert moderator_client.post(delete_url, {"post": "yes"}).status_code == 403
    response = moderator_client.post(
        reverse(CHANGELIST), {"action": "delete_selected", "_selected_action": [comment.pk]}
    )
    # The moderator has actions, just not this one: the admin treats it as no
    # valid action chosen and redirects back to the changelist.
    assert response.status_code == 302
    assert response["Location"] == reverse(CHANGELIST)
    assert Comment.objects.filter(pk=comment.pk).exists()
    actions = dict(
        moderator_client.get(reverse(CHANGELIST)).context["action_form"].fields["action"].choices
    )
    assert "delete_selected" not in actions
    assert moderator_client.get(reverse("admin:comments_comment_add")).status_code == 403


def test_editor_without_comment_permissions_is_refused(editor_client, article):
    comment = make_comment(article=article)
    assert editor_client.get(reverse(CHANGELIST)).status_code == 403
    assert editor_client.get(change_url(comment)).status_code == 403


def test_changelist_queries_do_not_grow(moderator_client, article, django_assert_max_num_queries):
    for _ in range(30):
        make_comment(article=article, parent=make_comment(article=article))
    with django_assert_max_num_queries(15):
        response = moderator_client.get(reverse(CHANGELIST))
    assert response.status_code == 200
    assert len(BeautifulSoup(response.content, "html.parser").select("#result_list tbody tr")) == 50


@pytest.mark.django_db
def test_admin_index_says_how_many_comments_wait(client, article):
    from django.urls import reverse

    from comments.models import Comment
    from tests.comments.factories import make_comment
    from tests.factories import make_user

    for _ in range(4):
        make_comment(article=article, status=Comment.Status.PENDING)
    make_comment(article=article, status=Comment.Status.APPROVED)
    client.force_login(make_user(is_staff=True, groups=["Moderator"]))
    response = client.get(reverse("admin:index"))
    assert "Komentar (4 menunggu)" in response.content.decode()
