"""A scheduled article, saved before it went live, is modified no earlier than it was published."""

import json
import re
import xml.etree.ElementTree as ET
from datetime import timedelta

import pytest
from django.core.cache import cache
from django.utils import timezone

from articles.models import Article
from tests.factories import make_article

from .rss import SITEMAP, parse_rss

pytestmark = pytest.mark.django_db


@pytest.fixture
def scheduled_then_live(category):
    """Saved four minutes before the moment it was scheduled for, which has passed."""
    article = make_article(category=category, published_at=timezone.now() - timedelta(hours=2))
    saved = article.published_at - timedelta(minutes=4)
    Article.objects.filter(pk=article.pk).update(updated_at=saved)
    cache.clear()
    article.refresh_from_db()
    return article


def test_the_article_page_says_it_changed_when_it_went_live(client, scheduled_then_live):
    article = scheduled_then_live
    html = client.get(article.get_absolute_url()).content.decode()
    modified = re.search(r'property="article:modified_time" content="([^"]+)"', html).group(1)
    published = re.search(r'property="article:published_time" content="([^"]+)"', html).group(1)
    assert modified == published
    data = json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)[1]
    )
    news = (
        data
        if data.get("@type") == "NewsArticle"
        else next(item for item in data.get("@graph", []) if item.get("@type") == "NewsArticle")
    )
    assert news["dateModified"] == news["datePublished"]


def test_the_sitemap_dates_its_month_and_the_article_from_going_live(client, scheduled_then_live):
    article = scheduled_then_live
    month = timezone.localdate(article.published_at).strftime("%Y-%m")
    part = ET.fromstring(client.get(f"/sitemap-artikel-{month}.xml").content)
    [lastmod] = [
        url.findtext(f"{SITEMAP}lastmod")
        for url in part.findall(f"{SITEMAP}url")
        if url.findtext(f"{SITEMAP}loc").endswith(article.get_absolute_url())
    ]
    assert lastmod == timezone.localdate(article.published_at).isoformat()
    assert article.modified_at == article.published_at > article.updated_at


def test_an_article_edited_after_it_went_live_is_dated_by_the_edit(category):
    article = make_article(category=category, published_at=timezone.now() - timedelta(days=2))
    assert article.modified_at == article.updated_at > article.published_at


def test_a_source_without_a_website_is_credited_in_the_description_only(client, category):
    from tests.factories import make_source

    newsroom = make_source(name="Redaksi Kabar", website="")
    make_article(category=category, source=newsroom)
    [item] = parse_rss(client.get("/feed/").content).findall("item")
    assert item.find("source") is None
    assert "Sumber: Redaksi Kabar" in item.findtext("description")
