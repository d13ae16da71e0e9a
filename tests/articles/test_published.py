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


@pytest.mark.django_db
@pytest.mark.parametrize("status", Article.Status.values)
@pytest.mark.parametrize(
    "offset",
    [
        timedelta(days=-400),
        timedelta(seconds=-1),
        timedelta(microseconds=-1),
        timedelta(0),
        timedelta(microseconds=1),
        timedelta(seconds=1),
        timedelta(days=400),
    ],
)
def test_instance_rule_agrees_with_the_queryset(category, status, offset, monkeypatch):
    """``is_published``, ``is_scheduled`` and ``published()`` say the same at every moment."""
    now = timezone.now().replace(microsecond=500_000)
    article = make_article(category=category, status=status, published_at=now + offset)
    monkeypatch.setattr(timezone, "now", lambda: now)
    article.refresh_from_db()
    in_queryset = Article.objects.published().filter(pk=article.pk).exists()
    assert article.is_published is in_queryset
    expected_state = (
        "draft" if status == Article.Status.DRAFT else "published" if in_queryset else "scheduled"
    )
    assert article.publication_state() == expected_state
    assert article.is_scheduled is (expected_state == "scheduled")
