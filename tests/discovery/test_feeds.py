"""RSS 2.0 feeds at ``/feed/`` and ``/kategori/<slug>/feed/``."""

from email.utils import parsedate_to_datetime

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from articles.discovery.feeds import FEED_LENGTH
from articles.discovery.structured_data import editor_name
from tests.factories import make_article, make_category

from .rss import parse_rss

FEED = reverse("discovery:feed")


def _items(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    return parse_rss(response.content).findall("item")


@pytest.mark.django_db
def test_site_feed_items_carry_everything_an_aggregator_needs(client, seed):
    items = _items(client, FEED)
    [item] = [i for i in items if i.findtext("title") == seed.title]
    assert item.findtext("link") == f"http://testserver{seed.get_absolute_url()}"
    assert item.findtext("description").startswith(seed.lead)
    assert "Sumber: Medcom.id" in item.findtext("description")
    assert parsedate_to_datetime(item.findtext("pubDate")) == seed.published_at
    categories = [c.text for c in item.findall("category")]
    assert categories[0] == "Internasional"
    assert {"NATO", "Rusia", "Ukraina"} <= set(categories)
    source = item.find("source")
    assert source.text == "Medcom.id"
    assert source.get("url") == "https://www.medcom.id"
    assert item.findtext("guid")
    # The byline, as the page's JSON-LD gives it.
    creator = item.findtext("{http://purl.org/dc/elements/1.1/}creator")
    assert creator == editor_name(seed)


@pytest.mark.django_db
def test_site_feed_holds_the_latest_twenty_newest_first(client, category):
    articles = [make_article(category=category) for _ in range(FEED_LENGTH + 5)]
    items = _items(client, FEED)
    assert len(items) == FEED_LENGTH
    dates = [parsedate_to_datetime(i.findtext("pubDate")) for i in items]
    assert dates == sorted(dates, reverse=True)
    newest = max(articles, key=lambda a: a.published_at)
    assert items[0].findtext("title") == newest.title


@pytest.mark.django_db
def test_article_without_source_has_no_credit(client, category):
    article = make_article(category=category, source=None)
    [item] = _items(client, FEED)
    assert item.findtext("description") == article.lead
    assert item.find("source") is None


@pytest.mark.django_db
def test_category_feed_lists_only_that_category(client, seed):
    other = make_article(category=make_category(), title="Di luar kategori")
    items = _items(client, reverse("discovery:category-feed", kwargs={"slug": "internasional"}))
    titles = {i.findtext("title") for i in items}
    assert seed.title in titles
    assert other.title not in titles
    assert all(i.findall("category")[0].text == "Internasional" for i in items)


@pytest.mark.django_db
def test_unknown_category_feed_is_404(client, db):
    response = client.get(reverse("discovery:category-feed", kwargs={"slug": "tidak-ada"}))
    assert response.status_code == 404
    assert client.get("/kategori/Tidak-Ada/feed/").status_code == 404


@pytest.mark.django_db
def test_a_category_feed_typed_with_capitals_redirects_to_its_address(client, seed):
    response = client.get("/kategori/Internasional/feed/")
    assert response.status_code == 301
    assert response["Location"].endswith("/kategori/internasional/feed/")
    assert client.get(response["Location"]).status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("which", ["site", "category"])
def test_feeds_hold_no_draft_or_scheduled_article(client, hidden, which):
    url = FEED if which == "site" else f"/kategori/{hidden['draft'].category.slug}/feed/"
    content = client.get(url).content.decode()
    assert "Embargokata" not in content


@pytest.mark.django_db
def test_pages_advertise_the_feeds(client, seed):
    home = client.get("/").content.decode()
    assert (
        '<link rel="alternate" type="application/rss+xml" '
        f'title="Kabar: berita terkini" href="{FEED}">'
    ) in home
    category = client.get(seed.category.get_absolute_url()).content.decode()
    assert 'href="/kategori/internasional/feed/"' in category


def _count(client, url) -> int:
    cache.clear()  # count a rendering, not the kept page
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


@pytest.mark.django_db
@pytest.mark.parametrize("url", [FEED, "/kategori/internasional/feed/"])
def test_feed_query_count_is_fixed(client, seed, url, django_assert_max_num_queries):
    baseline = _count(client, url)
    for _ in range(30):
        make_article(category=seed.category, tags=list(seed.tags.all()), source=seed.source)
    cache.clear()
    with django_assert_max_num_queries(baseline):
        response = client.get(url)
    assert response.status_code == 200
    # What was counted is the full feed, the new articles in it with their tags.
    items = parse_rss(response.content).findall("item")
    assert len(items) == FEED_LENGTH
    assert {"NATO", "Rusia", "Ukraina"} <= {c.text for c in items[0].findall("category")}
    # The feed's articles, their tags, and the next scheduled article's time
    # (so the kept feed ends when that article goes live); the category feed
    # looks its category up too.
    assert baseline <= 4


@pytest.mark.django_db
def test_an_item_keeps_its_guid_when_the_article_s_address_changes(client, seed):
    def guid():
        [item] = [i for i in _items(client, FEED) if i.findtext("title") == seed.title]
        assert item.find("guid").get("isPermaLink") == "false"
        return item.findtext("guid"), item.findtext("link")

    before, old_link = guid()
    assert before.startswith("urn:uuid:")
    seed.slug = "alamat-baru-berita-nato"
    seed.save()
    after, new_link = guid()
    assert new_link != old_link and new_link.endswith("/alamat-baru-berita-nato/")
    assert after == before
