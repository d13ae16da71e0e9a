"""A tag, category or source named like an existing one is refused on its name, naming it."""

import pytest
from django.urls import reverse

from articles.models import Category, Source, Tag
from tests import factories

pytestmark = pytest.mark.django_db


def _add(client, model, **data):
    url = reverse(f"admin:articles_{model._meta.model_name}_add")
    response = client.post(url, data)
    form = response.context["adminform"].form if response.status_code == 200 else None
    return response, form


@pytest.fixture
def bencana(db):
    return Tag.objects.create(name="Bencana", slug="bencana")


@pytest.mark.parametrize("typed", ["bencana", "Bencana ", "  BENCANA", "Bencana"])
def test_a_tag_differing_only_by_case_or_space_is_refused_on_its_name(
    editor_client, bencana, typed
):
    response, form = _add(editor_client, Tag, name=typed, slug="bencana")
    assert response.status_code == 200
    assert form.errors["name"] == ["Tag “Bencana” sudah ada: pilih tag itu di artikel."]
    assert "slug" not in form.errors
    assert "Tag dengan Slug telah ada." not in response.content.decode()
    assert Tag.objects.count() == 1


def test_the_article_forms_plus_popup_says_the_same(editor_client, bencana):
    url = reverse("admin:articles_tag_add") + "?_to_field=id&_popup=1"
    response = editor_client.post(url, {"name": "bencana", "slug": "bencana", "_popup": "1"})
    assert response.status_code == 200
    page = response.content.decode()
    assert "Tag “Bencana” sudah ada: pilih tag itu di artikel." in page
    assert "Tag dengan Slug telah ada." not in page


def test_a_different_name_under_a_taken_slug_is_refused_on_the_slug(editor_client, bencana):
    response, form = _add(editor_client, Tag, name="Bencana Alam", slug="bencana")
    assert form.errors == {"slug": ["Slug “bencana” sudah dipakai tag “Bencana”: ubah slug-nya."]}


def test_a_new_name_is_added_with_single_spaces(editor_client, bencana):
    response, _form = _add(editor_client, Tag, name="  Bencana   Alam ", slug="bencana-alam")
    assert response.status_code == 302
    assert Tag.objects.filter(name="Bencana Alam").exists()


def test_an_existing_tag_saves_under_its_own_name(editor_client, bencana):
    url = reverse("admin:articles_tag_change", args=[bencana.pk])
    response = editor_client.post(url, {"name": "bencana", "slug": "bencana"})
    assert response.status_code == 302
    assert Tag.objects.get(pk=bencana.pk).name == "bencana"


def test_categories_and_sources_name_the_existing_entry_too(editor_client):
    factories.make_category(name="Nasional", slug="nasional")
    Source.objects.create(name="Antara", slug="antara")
    _response, form = _add(editor_client, Category, name="nasional", slug="nasional", position=0)
    assert form.errors["name"] == ["Kategori “Nasional” sudah ada: pilih kategori itu di artikel."]
    assert "slug" not in form.errors
    _response, form = _add(editor_client, Source, name="ANTARA ", slug="antara", website="")
    assert form.errors["name"] == ["Sumber “Antara” sudah ada: pilih sumber itu di artikel."]
    assert "slug" not in form.errors
