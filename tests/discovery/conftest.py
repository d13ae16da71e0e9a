"""Fixtures for search, feeds, sitemaps, sharing metadata and related articles."""

from datetime import timedelta

import pytest
from django.utils import timezone

from articles.models import Article
from tests.factories import make_article

# Words the seed article is found by; the hidden articles carry them too, so
# a leak would show up in every search below.
SEED_TERMS = ["Stoltenberg", "Nord Stream", "nuklir"]
HIDDEN_WORD = "Embargokata"


@pytest.fixture
def seed(demo):
    return demo["seed"]


@pytest.fixture
def hidden(seed):
    """A draft and a scheduled article, like the seed in every way readers could find."""

    def _make(**kwargs):
        return make_article(
            title=f"{HIDDEN_WORD} Stoltenberg: Nord Stream dan ancaman nuklir",
            lead=f"{HIDDEN_WORD} Stoltenberg membahas Nord Stream dan senjata nuklir.",
            body="<p>Stoltenberg, Nord Stream, nuklir.</p>",
            category=seed.category,
            source=seed.source,
            editor=seed.editor,
            tags=list(seed.tags.all()),
            **kwargs,
        )

    now = timezone.now()
    return {
        "draft": _make(status=Article.Status.DRAFT, published_at=now - timedelta(hours=1)),
        "scheduled": _make(published_at=now + timedelta(hours=1)),
    }
