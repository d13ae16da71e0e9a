"""The article form's "Editor" offers the staff who write, not every staff account."""

import pytest
from django.urls import reverse

from tests import factories

pytestmark = pytest.mark.django_db


def _choices(client, url):
    form = client.get(url).context["adminform"].form
    return {user.username for user in form.fields["editor"].queryset}


def test_only_writers_are_offered(editor_client, editor_user):
    factories.make_user(is_staff=True, groups=["Moderator"], username="moderator1")
    factories.make_user(is_staff=True, username="staf-lain")
    factories.make_editor(username="redaktur2")
    factories.make_user(is_staff=True, is_superuser=True, username="kepala")
    factories.make_editor(username="pensiun", is_active=False)
    offered = _choices(editor_client, reverse("admin:articles_article_add"))
    assert offered == {editor_user.username, "redaktur2", "kepala"}


def test_an_articles_own_editor_stays_offered_after_leaving_the_desk(editor_client, category):
    former = factories.make_editor(username="mantan")
    article = factories.make_article(category=category, editor=former)
    former.groups.clear()
    url = reverse("admin:articles_article_change", args=[article.pk])
    assert "mantan" in _choices(editor_client, url)
    assert "mantan" not in _choices(editor_client, reverse("admin:articles_article_add"))
