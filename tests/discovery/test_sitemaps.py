"""``/sitemap.xml``, ``/sitemap-news.xml`` and ``/robots.txt``."""

import xml.etree.ElementTree as ET
from datetime import datetime, timedelta
from urllib.parse import urlsplit

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from articles.models import Article, EditorProfile, Tag
from tests.factories import make_article, make_editor, make_source, make_tag

from .rss import (
    NEWS,
    SITEMAP,
    all_sitemap_locations,
    sitemap_index_locations,
    sitemap_locations,
)

SITEMAP_URL = reverse("discovery:sitemap")
NEWS_URL = reverse("discovery:news-sitemap")
BASE = "http://testserver"


@pytest.mark.django_db
def test_sitemap_is_an_index_naming_only_its_parts(client, seed):
    response = client.get(SITEMAP_URL)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    parts = sitemap_index_locations(response.content)
    month = timezone.localdate(seed.published_at).strftime("%Y-%m")
    assert f"{BASE}/sitemap-artikel-{month}.xml" in parts
    assert f"{BASE}/sitemap-kategori.xml" in parts
    assert f"{BASE}/sitemap-tag.xml" in parts
    assert f"{BASE}/sitemap-sumber.xml" in parts
    assert len(parts) == len(set(parts))


@pytest.mark.django_db
def test_sitemap_lists_every_published_article_once(client, seed, hidden):
    locations = all_sitemap_locations(client)
    for article in Article.objects.published():
        assert locations.count(BASE + article.get_absolute_url()) == 1
    assert BASE + hidden["draft"].get_absolute_url() not in locations
    assert BASE + hidden["scheduled"].get_absolute_url() not in locations


def _month(year, month, day=15):
    return datetime(year, month, day, 12, tzinfo=timezone.get_current_timezone())


@pytest.mark.django_db
def test_each_article_is_in_its_own_months_part(client, category):
    january = [make_article(category=category, published_at=_month(2024, 1)) for _ in range(2)]
    march = make_article(category=category, published_at=_month(2024, 3, 31))
    parts = sitemap_index_locations(client.get(SITEMAP_URL).content)
    assert f"{BASE}/sitemap-artikel-2024-01.xml" in parts
    assert f"{BASE}/sitemap-artikel-2024-03.xml" in parts
    assert f"{BASE}/sitemap-artikel-2024-02.xml" not in parts
    # Newest month first.
    assert parts.index(f"{BASE}/sitemap-artikel-2024-03.xml") < parts.index(
        f"{BASE}/sitemap-artikel-2024-01.xml"
    )
    in_january = sitemap_locations(client.get("/sitemap-artikel-2024-01.xml").content)
    assert in_january == [BASE + a.get_absolute_url() for a in january]
    in_march = sitemap_locations(client.get("/sitemap-artikel-2024-03.xml").content)
    assert in_march == [BASE + march.get_absolute_url()]
    assert client.get("/sitemap-artikel-2024-02.xml").status_code == 404
    assert client.get("/sitemap-artikel-2024-13.xml").status_code == 404


@pytest.mark.django_db
def test_a_month_bigger_than_a_part_is_split(client, category, settings):
    settings.SITEMAP_MAX_URLS = 2
    tag = make_tag(name="Banjir")
    articles = [
        make_article(category=category, published_at=_month(2025, 6, day), tags=[tag])
        for day in range(1, 6)
    ]
    parts = sitemap_index_locations(client.get(SITEMAP_URL).content)
    june = [p for p in parts if "2025-06" in p]
    assert june == [
        f"{BASE}/sitemap-artikel-2025-06.xml",
        f"{BASE}/sitemap-artikel-2025-06-2.xml",
        f"{BASE}/sitemap-artikel-2025-06-3.xml",
    ]
    seen = []
    for part in june:
        urls = sitemap_locations(client.get(urlsplit(part).path).content)
        assert 1 <= len(urls) <= 2
        seen += urls
    assert sorted(seen) == sorted(BASE + a.get_absolute_url() for a in articles)
    assert client.get("/sitemap-artikel-2025-06-4.xml").status_code == 404
    # Every part of the index holds at most SITEMAP_MAX_URLS URLs.
    locations = all_sitemap_locations(client)
    assert len(locations) == len(set(locations))
    for part in parts:
        assert len(sitemap_locations(client.get(urlsplit(part).path).content)) <= 2


@pytest.mark.django_db
def test_tags_in_use_are_split_into_parts(client, category, settings):
    settings.SITEMAP_MAX_URLS = 2
    tags = [make_tag() for _ in range(5)]
    make_article(category=category, tags=tags)
    parts = [p for p in sitemap_index_locations(client.get(SITEMAP_URL).content) if "-tag" in p]
    assert parts == [
        f"{BASE}/sitemap-tag.xml",
        f"{BASE}/sitemap-tag-2.xml",
        f"{BASE}/sitemap-tag-3.xml",
    ]
    listed = [u for p in parts for u in sitemap_locations(client.get(urlsplit(p).path).content)]
    assert sorted(listed) == sorted(BASE + t.get_absolute_url() for t in tags)
    assert client.get("/sitemap-tag-4.xml").status_code == 404


@pytest.mark.django_db
def test_sitemap_lists_categories_and_the_tags_and_sources_in_use(client, seed):
    unused_tag = make_tag(name="Tanpa artikel")
    unused_source = make_source(name="Sumber kosong")
    embargo_tag = make_tag(name="Reshuffle rahasia")
    make_article(category=seed.category, status=Article.Status.DRAFT, tags=[embargo_tag])
    locations = set(all_sitemap_locations(client))
    assert BASE + "/kategori/internasional/" in locations
    assert BASE + "/kategori/olahraga/" in locations
    for tag in Tag.objects.filter(articles__in=Article.objects.published()).distinct():
        assert BASE + tag.get_absolute_url() in locations
    assert BASE + "/sumber/medcom-id/" in locations
    assert BASE + unused_tag.get_absolute_url() not in locations
    assert BASE + embargo_tag.get_absolute_url() not in locations
    assert BASE + unused_source.get_absolute_url() not in locations


@pytest.mark.django_db
def test_sitemap_lists_the_author_pages_of_authors_with_published_articles(client, category):
    def author(slug, initials):
        user = make_editor(initials=initials, username=f"u-{initials}")
        EditorProfile.objects.filter(user=user).update(slug=slug, display_name=slug)
        return user

    writing = author("rina-wijaya", "RIN")
    drafting = author("dodi-draf", "DOD")
    unnamed = author("", "TAN")
    newest = make_article(category=category, editor=writing)
    make_article(category=category, editor=writing, published_at=_month(2024, 2))
    make_article(category=category, editor=drafting, status=Article.Status.DRAFT)
    make_article(category=category, editor=unnamed)
    parts = sitemap_index_locations(client.get(SITEMAP_URL).content)
    assert f"{BASE}/sitemap-penulis.xml" in parts
    root = ET.fromstring(client.get("/sitemap-penulis.xml").content)
    urls = {u.findtext(f"{SITEMAP}loc"): u for u in root.findall(f"{SITEMAP}url")}
    assert list(urls) == [f"{BASE}/penulis/rina-wijaya/"]
    lastmod = urls[f"{BASE}/penulis/rina-wijaya/"].findtext(f"{SITEMAP}lastmod")
    assert lastmod == timezone.localdate(newest.published_at).isoformat()
    assert client.get("/penulis/rina-wijaya/").status_code == 200


@pytest.mark.django_db
def test_an_author_page_leaves_the_sitemap_when_its_slug_is_cleared(client, category):
    user = make_editor(initials="SRI", username="sri")
    EditorProfile.objects.filter(user=user).update(slug="sri-lestari")
    make_article(category=category, editor=user)
    assert f"{BASE}/penulis/sri-lestari/" in all_sitemap_locations(client)
    profile = EditorProfile.objects.get(user=user)
    profile.slug = ""
    profile.save()
    assert f"{BASE}/penulis/sri-lestari/" not in all_sitemap_locations(client)


@pytest.mark.django_db
def test_lastmod_comes_from_the_article_update_time(client, seed):
    month = timezone.localdate(seed.published_at).strftime("%Y-%m")
    root = ET.fromstring(client.get(f"/sitemap-artikel-{month}.xml").content)
    for url in root.findall(f"{SITEMAP}url"):
        if url.findtext(f"{SITEMAP}loc") == BASE + seed.get_absolute_url():
            lastmod = url.findtext(f"{SITEMAP}lastmod")
            assert lastmod == timezone.localdate(seed.updated_at).isoformat()
            assert seed.updated_at.date() != seed.published_at.date()
            break
    else:
        pytest.fail("seed article missing from its month's sitemap")
    # The index dates the month by its newest update.
    index = ET.fromstring(client.get(SITEMAP_URL).content)
    newest = max(
        a.updated_at
        for a in Article.objects.published().filter(
            publication_date__year=seed.publication_date.year,
            publication_date__month=seed.publication_date.month,
        )
    )
    for part in index.findall(f"{SITEMAP}sitemap"):
        if part.findtext(f"{SITEMAP}loc").endswith(f"-{month}.xml"):
            assert part.findtext(f"{SITEMAP}lastmod") == timezone.localdate(newest).isoformat()
            break
    else:
        pytest.fail("the seed's month missing from the index")


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
    parts = sitemap_index_locations(client.get(SITEMAP_URL).content)
    assert all(part.startswith("https://kabar.example.id/sitemap-") for part in parts)
    month = timezone.localdate(seed.published_at).strftime("%Y-%m")
    locations = sitemap_locations(client.get(f"/sitemap-artikel-{month}.xml").content)
    assert "https://kabar.example.id" + seed.get_absolute_url() in locations


def _count(client, url) -> int:
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("url", "grows"),
    [
        # The index gains the new months; May's page, the tags and the
        # sources gain their new entries; the categories and the news
        # sitemap (the last two days only) stay as they were.
        (SITEMAP_URL, True),
        ("/sitemap-artikel-2024-05.xml", True),
        ("/sitemap-kategori.xml", False),
        ("/sitemap-tag.xml", True),
        ("/sitemap-sumber.xml", True),
        ("/sitemap-penulis.xml", True),
        (NEWS_URL, False),
        ("/robots.txt", False),
    ],
)
def test_query_count_is_fixed(client, seed, url, grows, django_assert_max_num_queries):
    make_article(category=seed.category, published_at=_month(2024, 5))
    baseline = _count(client, url)
    before = client.get(url).content.count(b"<loc>")
    tags = [make_tag() for _ in range(5)]
    for n in range(30):
        # Articles in many months: the index grows, not its queries.
        when = _month(2024, 5) if n % 2 else _month(2020 + n % 5, 1 + n % 12)
        editor = make_editor(initials=f"Q{n}", username=f"q{n}")
        EditorProfile.objects.filter(user=editor).update(slug=f"penulis-{n}")
        source = make_source()
        make_article(
            category=seed.category, tags=tags, source=source, editor=editor, published_at=when
        )
    with django_assert_max_num_queries(baseline):
        response = client.get(url)
    assert response.status_code == 200
    after = response.content.count(b"<loc>")
    assert (after > before) if grows else (after == before), (before, after)
