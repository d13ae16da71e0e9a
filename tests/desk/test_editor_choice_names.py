"""The article form's "Editor" list names editors as the rest of the admin does."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from tests import factories

pytestmark = pytest.mark.django_db


def _options(client, url) -> dict[str, str]:
    page = BeautifulSoup(client.get(url).content.decode(), "html.parser")
    select = page.find("select", attrs={"name": "editor"})
    return {
        option["value"]: option.get_text(strip=True)
        for option in select.find_all("option")
        if option["value"]
    }


def test_editors_are_offered_by_full_name_with_their_username(editor_client, editor_user):
    editor_user.first_name, editor_user.last_name = "Wildan", "Hakim"
    editor_user.save()
    plain = factories.make_editor(username="editor")
    options = _options(editor_client, reverse("admin:articles_article_add"))
    assert options[str(editor_user.pk)] == "Wildan Hakim (wil)"
    # No full name: the username alone.
    assert options[str(plain.pk)] == "editor"


def test_the_change_form_names_the_articles_editor_too(editor_client, category):
    former = factories.make_editor(username="rina", first_name="Rina", last_name="Kusuma")
    article = factories.make_article(category=category, editor=former)
    options = _options(editor_client, reverse("admin:articles_article_change", args=[article.pk]))
    assert options[str(former.pk)] == "Rina Kusuma (rina)"
