"""The body editor's link is the project's ArticleLink, loaded from our own static files."""

import json
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

pytestmark = pytest.mark.django_db


def _config(page: str) -> dict:
    textarea = BeautifulSoup(page, "html.parser").find("textarea", attrs={"name": "body"})
    return json.loads(textarea["data-django-prose-editor-article"])


def test_the_link_prompt_is_configured_with_its_indonesian_refusals(editor_client):
    config = _config(editor_client.get(reverse("admin:articles_article_add")).content.decode())
    link = config["extensions"]["ArticleLink"]
    assert link["enableTarget"] is False and link["autolink"] is False
    assert link["texts"]["unsafe"].startswith("Alamat ini tidak dapat dipakai sebagai tautan")
    assert set(link["texts"]) == {"empty", "unsafe", "unknown"}
    # The package's own link is not configured beside it: one link mark.
    assert "Link" not in config["extensions"]
    assert "/static/js/editor/link.js" in config["js_modules"]


def test_the_link_module_is_a_plain_static_file():
    source = (Path(__file__).resolve().parents[2] / "static/js/editor/link.js").read_text()
    assert not re.search(r"""(from|import)\s*\(?\s*["'](?![./])""", source)
    assert "export function extensions(" in source
