"""``/sitemap.xml``, ``/sitemap-news.xml`` and ``/robots.txt``."""

import xml.etree.ElementTree as ET
from datetime import datetime, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from articles.models import Article, Tag
from tests.factories import make_article, make_source, make_tag

from .rss import NEWS, SITEMAP, sitemap_locations

SITEMAP_URL = reverse("discovery:sitemap")
NEWS_URL = reverse("discovery:news-sitemap")
BASE = "http://testserver"


@pytest.mark.django_db
def test_sitemap_lists_every_published_article_once(client, seed, hidden):
    locations = sitemap_locations(client.get(SITEMAP_URL).content)
    for article in Article.objects.published():
        assert locations.count(BASE + article.get_absolute_url()) == 1
    assert BASE + hidden["draft"].get_absolute_url() not in locations
    assert BASE + hidden["scheduled"].get_absolute_url() not in locations


@pytest.mark.django_db
def test_sitemap_lists_categories_and_the_tags_and_sources_in_use(client, seed):
    unused_tag = make_tag(name="Tanpa artikel")
    unused_source = make_source(name="Sumber kosong")
    embargo_tag = make_tag(name="Reshuffle rahasia")
    make_article(category=seed.category, status=Article.Status.DRAFT, tags=[embargo_tag])
    locations = set(sitemap_locations(client.get(SITEMAP_URL).content))
    assert BASE + "/kategori/internasional/" in locations
    assert BASE + "/kategori/olahraga/" in locations
    for tag in Tag.objects.filter(articles__in=Article.objects.published()).distinct():
        assert BASE + tag.get_absolute_url() in locations
    assert BASE + "/sumber/medcom-id/" in locations
    assert BASE + unused_tag.get_absolute_url() not in locations
    assert BASE + embargo_tag.get_absolute_url() not in locations
    assert BASE + unused_source.get_absolute_url() not in locations


@pytest.mark.django_db
def test_lastmod_comes_from_the_article_update_time(client, seed):
    root = ET.fromstring(client.get(SITEMAP_URL).content)
    for url in root.findall(f"{SITEMAP}url"):
        if url.findtext(f"{SITEMAP}loc") == BASE + seed.get_absolute_url():
            # Django's sitemap template writes the (local) date.
            lastmod = url.findtext(f"{SITEMAP}lastmod")
            assert lastmod == timezone.localdate(seed.updated_at).isoformat()
            assert seed.updated_at.date() != seed.published_at.date()
            return
    pytest.fail("seed article missing from the sitemap")


@pytest.mark.django_db
def test_news_sitemap_lists_the_last_two_days_in_google_news_format(client, category, hidden):
    fresh = make_article(category=category, published_at=timezone.now() - timedelta(hours=3))
    old = make_article(category=category, published_at=timezone.now() - timedelta(days=3))
    response = client.get(NEWS_URL)
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    assert root.tag == f"{SITEMAP}urlset"
    urls = root.findall(f"{SITEMAP}url")
    locations = [u.findtext(f"{SITEMAP}loc") for u in urls]
    assert locations == [BASE + fresh.get_absolute_url()]
    assert BASE + old.get_absolute_url() not in locations
    news = urls[0].find(f"{NEWS}news")
    assert news.findtext(f"{NEWS}publication/{NEWS}name") == "Kabar"
    assert news.findtext(f"{NEWS}publication/{NEWS}language") == "id"
    assert news.findtext(f"{NEWS}title") == fresh.title
    published = datetime.fromisoformat(news.findtext(f"{NEWS}publication_date"))
    assert published == fresh.published_at


@pytest.mark.django_db
def test_robots_names_both_sitemaps_and_not_the_admin(client, settings):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    assert "Disallow: /cari/" in lines
    assert not [line for line in lines if "admin" in line]
    assert f"Sitemap: {BASE}/sitemap.xml" in lines
    assert f"Sitemap: {BASE}/sitemap-news.xml" in lines


@pytest.mark.django_db
def test_site_url_setting_gives_the_public_address(client, seed, settings):
    settings.SITE_URL = "https://kabar.example.id"
    assert (
        "Sitemap: https://kabar.example.id/sitemap.xml"
        in client.get("/robots.txt").content.decode()
    )
    locations = sitemap_locations(client.get(SITEMAP_URL).content)
    assert "https://kabar.example.id" + seed.get_absolute_url() in locations


def _count(client, url) -> int:
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


@pytest.mark.django_db
@pytest.mark.parametrize("url", [SITEMAP_URL, NEWS_URL, "/robots.txt"])
def test_query_count_is_fixed(client, seed, url, django_assert_max_num_queries):
    baseline = _count(client, url)
    tags = [make_tag() for _ in range(5)]
    for _ in range(30):
        make_article(category=seed.category, tags=tags, source=make_source())
    with django_assert_max_num_queries(baseline):
        client.get(url)
