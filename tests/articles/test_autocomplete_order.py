"""The article form's search boxes put the name typed first."""

import pytest
from django.urls import reverse

from articles.models import Category
from tests.factories import make_category, make_tag

pytestmark = pytest.mark.django_db


def _names(client, model: str, term: str) -> list[str]:
    response = client.get(
        reverse("admin:autocomplete"),
        {"term": term, "app_label": "articles", "model_name": "article", "field_name": model},
    )
    assert response.status_code == 200
    return [result["text"] for result in response.json()["results"]]


def test_the_category_named_exactly_comes_before_one_that_contains_it(editor_client):
    Category.objects.all().delete()
    make_category(name="Internasional", slug="internasional")
    make_category(name="Nasional", slug="nasional")
    make_category(name="Nasionalisme", slug="nasionalisme")
    assert _names(editor_client, "category", "nasional") == [
        "Nasional",
        "Nasionalisme",
        "Internasional",
    ]


def test_a_tag_typed_with_odd_spacing_still_leads(editor_client):
    for name in ("Banjir Jakarta", "Jakarta", "Jakarta Utara"):
        make_tag(name=name)
    assert _names(editor_client, "tags", "  jakarta ")[:2] == ["Jakarta", "Jakarta Utara"]
