"""The poll's admin: editors manage options; counts are read-only; others are refused."""

import pytest
from django.urls import reverse

from articles.poll.models import ReactionOption, ReactionTally
from tests.factories import make_user
from tests.poll.factories import cast_votes


@pytest.mark.django_db
def test_editor_sees_option_changelist_add_and_change(editor_client, options):
    for url in [
        reverse("admin:articles_reactionoption_changelist"),
        reverse("admin:articles_reactionoption_add"),
        reverse("admin:articles_reactionoption_change", args=[options["senang"].pk]),
    ]:
        assert editor_client.get(url).status_code == 200, url


@pytest.mark.django_db
def test_editor_adds_an_option(editor_client, options):
    response = editor_client.post(
        reverse("admin:articles_reactionoption_add"),
        {"label": "Kagum", "slug": "kagum", "emoji": "😮", "position": 9, "is_active": "on"},
    )
    assert response.status_code == 302
    assert ReactionOption.objects.get(slug="kagum").emoji == "😮"


@pytest.mark.django_db
def test_editor_retires_an_option_from_the_changelist(editor_client, options):
    changelist = reverse("admin:articles_reactionoption_changelist")
    assert "Marah" in editor_client.get(changelist, {"q": "marah"}).content.decode()
    option = options["marah"]
    response = editor_client.post(
        reverse("admin:articles_reactionoption_change", args=[option.pk]),
        {
            "label": option.label,
            "slug": option.slug,
            "emoji": option.emoji,
            "position": option.position,
        },
    )
    assert response.status_code == 302
    option.refresh_from_db()
    assert not option.is_active


@pytest.mark.django_db
def test_tallies_are_read_only_for_editors(editor_client, article, options):
    cast_votes(article=article, option=options["senang"], count=2)
    tally = ReactionTally.objects.get(article=article, option=options["senang"])
    changelist = editor_client.get(reverse("admin:articles_reactiontally_changelist"))
    assert changelist.status_code == 200
    assert article.title in changelist.content.decode()
    change_url = reverse("admin:articles_reactiontally_change", args=[tally.pk])
    assert editor_client.get(change_url).status_code == 200
    editor_client.post(change_url, {"count": 999})
    tally.refresh_from_db()
    assert tally.count == 2
    assert editor_client.get(reverse("admin:articles_reactiontally_add")).status_code == 403


@pytest.mark.django_db
def test_staff_without_permission_are_refused(client, options):
    client.force_login(make_user(is_staff=True))
    url = reverse("admin:articles_reactionoption_changelist")
    assert client.get(url).status_code == 403
