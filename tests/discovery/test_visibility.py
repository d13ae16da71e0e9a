"""A draft or scheduled article is found nowhere until readers may open it."""

from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from articles.models import Article

from .conftest import HIDDEN_WORD
from .rss import all_sitemap_locations

BASE = "http://testserver"


def _everywhere(client, seed) -> dict[str, str]:
    """What each way of finding articles answers, as text."""
    return {
        "search": client.get("/cari/", {"q": HIDDEN_WORD}).content.decode(),
        "feed": client.get("/feed/").content.decode(),
        "category feed": client.get(f"/kategori/{seed.category.slug}/feed/").content.decode(),
        "sitemap": " ".join(all_sitemap_locations(client)),
        "news sitemap": client.get("/sitemap-news.xml").content.decode(),
        "related": client.get(seed.get_absolute_url()).content.decode(),
    }


def _found_in(client, seed, article) -> set[str]:
    url = article.get_absolute_url()
    return {where for where, text in _everywhere(client, seed).items() if url in text}


@pytest.mark.django_db
def test_draft_is_found_nowhere_until_published(client, seed, hidden):
    draft = hidden["draft"]
    assert _found_in(client, seed, draft) == set()
    # Published as the admin does it, through save(): kept search results go.
    draft.status = Article.Status.PUBLISHED
    draft.save()
    assert _found_in(client, seed, draft) == {
        "search",
        "feed",
        "category feed",
        "sitemap",
        "news sitemap",
        "related",
    }


@pytest.mark.django_db
def test_scheduled_article_is_found_nowhere_until_its_time(client, seed, hidden):
    scheduled = hidden["scheduled"]
    assert _found_in(client, seed, scheduled) == set()
    later = timezone.now() + timedelta(hours=2)
    # The clock moves for the kept pages' deadlines too.
    with time_machine.travel(later):
        found = _found_in(client, seed, scheduled)
    assert found == {"search", "feed", "category feed", "sitemap", "news sitemap", "related"}
