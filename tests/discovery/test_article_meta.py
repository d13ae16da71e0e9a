"""What sharing and search sites read in a page's head: canonical, OG, JSON-LD."""

import json
from datetime import datetime

import pytest
from bs4 import BeautifulSoup

from tests.factories import make_article, make_source, make_tag

BASE = "http://testserver"


def _head(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").head


def _meta(head, key):
    tag = head.find("meta", attrs={"property": key}) or head.find("meta", attrs={"name": key})
    assert tag is not None, key
    return tag["content"]


def _jsonld(head):
    [script] = head.find_all("script", type="application/ld+json")
    return script, json.loads(script.string)


@pytest.mark.django_db
def test_article_head_has_canonical_description_and_open_graph(client, seed):
    head = _head(client, seed.get_absolute_url())
    canonical = BASE + seed.get_absolute_url()
    assert head.find("link", rel="canonical")["href"] == canonical
    assert _meta(head, "description") == seed.lead
    assert _meta(head, "og:type") == "article"
    assert _meta(head, "og:url") == canonical
    assert _meta(head, "og:title") == seed.title
    assert _meta(head, "og:description") == seed.lead
    assert _meta(head, "og:site_name") == "Kabar"
    assert _meta(head, "article:section") == "Internasional"
    tags = {m["content"] for m in head.find_all("meta", attrs={"property": "article:tag"})}
    assert tags == {"NATO", "Rusia", "Ukraina"}
    assert _meta(head, "twitter:card") == "summary"
    assert _meta(head, "twitter:title") == seed.title


@pytest.mark.django_db
def test_article_jsonld_is_a_news_article_with_every_field(client, seed):
    script, data = _jsonld(_head(client, seed.get_absolute_url()))
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == seed.title
    assert data["url"] == BASE + seed.get_absolute_url()
    assert data["mainEntityOfPage"]["@id"] == BASE + seed.get_absolute_url()
    assert datetime.fromisoformat(data["datePublished"]) == seed.published_at
    assert datetime.fromisoformat(data["dateModified"]) == seed.updated_at
    assert data["author"] == {
        "@type": "Person",
        "name": "Wildan Hakim",
        "url": BASE + "/penulis/wildan-hakim/",
    }
    assert data["publisher"]["@type"] == "Organization"
    assert data["publisher"]["name"] == "Kabar"
    assert data["publisher"]["logo"]["url"].startswith(BASE + "/static/")
    assert data["articleSection"] == "Internasional"
    assert set(data["keywords"]) == {"NATO", "Rusia", "Ukraina"}
    assert data["isBasedOn"] == seed.original_url
    assert data["sourceOrganization"] == {
        "@type": "Organization",
        "name": "Medcom.id",
        "url": "https://www.medcom.id",
    }
    assert data["inLanguage"] == "id"
    assert data["dateline"] == "Brussels"


@pytest.mark.django_db
def test_jsonld_needs_no_nonce_and_the_page_is_the_same_for_everyone(client, seed):
    response = client.get(seed.get_absolute_url())
    script, _ = _jsonld(BeautifulSoup(response.content, "html.parser").head)
    # A data block, never run: script-src does not govern it, so it needs no
    # per-request nonce, and the page stays one for every reader.
    assert not script.has_attr("nonce")
    assert "nonce" not in response["Content-Security-Policy"]
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]


@pytest.mark.django_db
def test_is_based_on_falls_back_to_the_source_website(client, category):
    source = make_source(name="Antara", website="https://www.antaranews.com")
    article = make_article(category=category, source=source, original_url="")
    _, data = _jsonld(_head(client, article.get_absolute_url()))
    assert data["isBasedOn"] == "https://www.antaranews.com"


@pytest.mark.django_db
def test_no_source_means_no_is_based_on(client, category):
    article = make_article(category=category, source=None)
    _, data = _jsonld(_head(client, article.get_absolute_url()))
    assert "isBasedOn" not in data
    assert "sourceOrganization" not in data


@pytest.mark.django_db
def test_author_is_never_the_login_name(client, category, editor_user):
    article = make_article(category=category, editor=editor_user)
    html = client.get(article.get_absolute_url()).content.decode()
    _, data = _jsonld(BeautifulSoup(html, "html.parser").head)
    assert data["author"]["name"] == "WIL"
    assert editor_user.username not in str(data)
    assert editor_user.email not in html


@pytest.mark.django_db
def test_hostile_title_cannot_break_out_of_the_jsonld_script(client, category):
    title = '</script><script>alert(1)</script> & "kutip" <!--'
    article = make_article(category=category, title=title, lead="Ringkas </script>")
    html = client.get(article.get_absolute_url()).content.decode()
    head = BeautifulSoup(html, "html.parser").head
    script, data = _jsonld(head)
    assert data["headline"] == title
    assert data["description"] == "Ringkas </script>"
    raw = script.string
    assert "<" not in raw and ">" not in raw and "&" not in raw
    assert "<script>alert(1)</script>" not in html


@pytest.mark.django_db
def test_draft_preview_is_not_indexed(editor_client, category):
    from articles.models import Article

    draft = make_article(category=category, status=Article.Status.DRAFT)
    head = _head(editor_client, draft.get_absolute_url())
    assert _meta(head, "robots") == "noindex, nofollow"


@pytest.mark.django_db
def test_published_article_may_be_indexed(client, seed):
    head = _head(client, seed.get_absolute_url())
    assert head.find("meta", attrs={"name": "robots"}) is None


@pytest.mark.django_db
@pytest.mark.parametrize("kind", ["category", "tag", "source"])
def test_listing_pages_have_canonical_and_description(client, seed, kind):
    obj = {
        "category": seed.category,
        "tag": seed.tags.get(slug="nato"),
        "source": seed.source,
    }[kind]
    head = _head(client, obj.get_absolute_url())
    assert head.find("link", rel="canonical")["href"] == BASE + obj.get_absolute_url()
    # A category's own description when it has one, else a sentence naming it.
    expected = getattr(obj, "description", "") or obj.name
    assert expected in _meta(head, "description")
    assert _meta(head, "og:url") == BASE + obj.get_absolute_url()
    assert expected in _meta(head, "og:description")


@pytest.mark.django_db
def test_later_listing_pages_keep_their_page_in_the_canonical(client, category, settings):
    settings.ARTICLES_PER_PAGE = 2
    tag = make_tag()
    for _ in range(3):
        make_article(category=category, tags=[tag])
    head = _head(client, tag.get_absolute_url() + "?page=2")
    assert head.find("link", rel="canonical")["href"] == f"{BASE}{tag.get_absolute_url()}?page=2"
