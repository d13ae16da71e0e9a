"""Hostile text from editors and commenters in every context it is printed in:
HTML text and attributes, JSON-LD, RSS, search snippets and the admin lists."""

import json
import xml.etree.ElementTree as ET

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from articles.models import Article
from comments.models import Comment
from tests import factories
from tests.comments.factories import post_comment
from tests.security.conftest import approve_all, assert_inert
from tests.security.corpora import XSS

pytestmark = pytest.mark.django_db

# Editors' fields are plain text; a sample keeps the suite quick while
# covering tags, handlers, URLs and breakouts.
SAMPLE = [payload for payload in XSS[::3] if "\x00" not in payload]


def _hostile_article(payload: str) -> Article:
    name = payload[:50]
    category = factories.make_category(name=name)
    return factories.make_article(
        title=f"Kata kunci {payload}"[:200],
        lead=f"Kata kunci {payload}",
        dateline=payload[:100],
        body=f"<p>Kata kunci isi {payload}</p>",
        category=category,
        source=factories.make_source(name=name, website="https://contoh.id/"),
        tags=[factories.make_tag(name=name)],
    )


@pytest.mark.parametrize("payload", SAMPLE)
def test_hostile_editor_text_is_inert_on_every_page(lenient, payload):
    article = _hostile_article(payload)
    tag, source = article.tags.get(), article.source
    for url in [
        "/",
        article.get_absolute_url(),
        article.category.get_absolute_url(),
        tag.get_absolute_url(),
        source.get_absolute_url(),
        "/cari/?q=kunci",
    ]:
        response = lenient.get(url)
        assert response.status_code == 200, url
        assert_inert(BeautifulSoup(response.content, "html.parser"))


@pytest.mark.parametrize("payload", SAMPLE)
def test_json_ld_stays_one_json_document(lenient, payload):
    article = _hostile_article(payload)
    soup = BeautifulSoup(lenient.get(article.get_absolute_url()).content, "html.parser")
    blocks = soup.find_all("script", type="application/ld+json")
    assert len(blocks) == 1
    data = json.loads(blocks[0].string)
    assert data["headline"] == article.title[:110]
    assert data["dateline"] == article.dateline


@pytest.mark.parametrize("payload", SAMPLE)
def test_feeds_stay_well_formed_xml(lenient, payload):
    article = _hostile_article(payload)
    for url in ["/feed/", f"/kategori/{article.category.slug}/feed/", "/sitemap-news.xml"]:
        response = lenient.get(url)
        assert response.status_code == 200
        root = ET.fromstring(response.content)
        if "feed" in url:
            assert any(article.title == element.text for element in root.iter()), url


@pytest.mark.parametrize("payload", SAMPLE)
def test_search_snippets_are_inert(lenient, payload):
    factories.make_article(
        title="Anggaran",
        lead=f"Anggaran {payload} anggaran",
        body=f"<p>Anggaran {payload}</p><p>anggaran</p>",
    )
    response = lenient.get("/cari/", {"q": "anggaran"})
    soup = BeautifulSoup(response.content, "html.parser")
    snippets = soup.select(".search-result__snippet")
    assert snippets
    for snippet in snippets:
        assert_inert(snippet)
        # Only the highlight is markup.
        assert {element.name for element in snippet.find_all(True)} <= {"mark"}


@pytest.fixture
def moderator_client(client):
    client.force_login(factories.make_user(groups=["Moderator"], is_staff=True))
    return client


def test_hostile_comments_are_inert_in_the_moderation_admin(lenient, moderator_client, settings):
    settings.COMMENTS_RATE_LIMIT = "100000/m"
    article = factories.make_article()
    for n, payload in enumerate(SAMPLE):
        post_comment(lenient, article, name=payload[:100], body=payload, email=f"a{n}@contoh.id")
        post_comment(lenient, article, url=payload[:200], email=f"b{n}@contoh.id")
    approve_all()
    parent = Comment.objects.filter(depth=0).first()
    reply = post_comment(lenient, article, parent=parent.pk, body="Balasan", email="r@contoh.id")
    assert reply.status_code == 303
    changelist = reverse("admin:comments_comment_changelist")
    pages = [changelist, f"{changelist}?q=alert"]
    pages += [reverse("admin:comments_comment_change", args=[c.pk]) for c in Comment.objects.all()]
    for url in pages:
        response = moderator_client.get(url)
        assert response.status_code == 200, url
        # The admin's own chrome has SVG icons; what readers wrote lands in
        # the result table and the change form's fieldsets.
        regions = BeautifulSoup(response.content, "html.parser").select(
            "#result_list, fieldset.module"
        )
        assert regions, url
        for region in regions:
            assert_inert(region)
