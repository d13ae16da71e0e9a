"""``Article.objects.published()``: the one rule for what readers see."""

from datetime import timedelta

import pytest
from django.utils import timezone

from articles.models import Article
from tests.factories import make_article


@pytest.mark.django_db
def test_draft_is_hidden(category):
    make_article(category=category, status=Article.Status.DRAFT)
    assert not Article.objects.published().exists()


@pytest.mark.django_db
def test_future_article_is_hidden_until_its_time(category):
    scheduled = make_article(category=category, published_at=timezone.now() + timedelta(minutes=5))
    assert scheduled.is_scheduled
    assert not Article.objects.published().filter(pk=scheduled.pk).exists()


@pytest.mark.django_db
def test_scheduled_article_appears_once_its_time_passes(category, settings):
    scheduled = make_article(category=category, published_at=timezone.now() + timedelta(seconds=1))
    assert not Article.objects.published().filter(pk=scheduled.pk).exists()
    # Move "now" forward rather than sleeping: the queryset reads the clock.
    later = timezone.now() + timedelta(seconds=2)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(timezone, "now", lambda: later)
        assert Article.objects.published().filter(pk=scheduled.pk).exists()


@pytest.mark.django_db
def test_published_article_is_visible(article):
    assert list(Article.objects.published()) == [article]
