"""Article integrity: slugs per date, derived dates, URLs and byline data."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from articles.models import Article
from tests.factories import make_article, make_source

JAKARTA = ZoneInfo("Asia/Jakarta")


@pytest.mark.django_db
def test_url_uses_local_date_and_slug(category, editor_user):
    # 23:30 UTC on the 10th is already the 11th in Jakarta (UTC+7).
    when = datetime.datetime(2022, 10, 10, 23, 30, tzinfo=datetime.UTC)
    article = make_article(category=category, editor=editor_user, slug="kabar", published_at=when)
    assert article.publication_date == datetime.date(2022, 10, 11)
    assert article.get_absolute_url() == "/2022/10/11/kabar/"


@pytest.mark.django_db
def test_same_slug_on_another_day_is_allowed(category, editor_user):
    day1 = datetime.datetime(2022, 10, 11, 9, tzinfo=JAKARTA)
    day2 = datetime.datetime(2022, 10, 12, 9, tzinfo=JAKARTA)
    make_article(category=category, editor=editor_user, slug="sama", published_at=day1)
    make_article(category=category, editor=editor_user, slug="sama", published_at=day2)
    assert Article.objects.filter(slug="sama").count() == 2


@pytest.mark.django_db
def test_same_slug_same_day_fails_validation(category, editor_user):
    when = datetime.datetime(2022, 10, 11, 9, tzinfo=JAKARTA)
    make_article(category=category, editor=editor_user, slug="sama", published_at=when)
    duplicate = Article(
        title="Lain",
        slug="sama",
        body="<p>x</p>",
        category=category,
        editor=editor_user,
        published_at=when.replace(hour=20),
    )
    with pytest.raises(ValidationError) as excinfo:
        duplicate.full_clean()
    assert "slug" in excinfo.value.message_dict


@pytest.mark.django_db
def test_same_slug_same_day_is_refused_by_the_database(category, editor_user):
    when = datetime.datetime(2022, 10, 11, 9, tzinfo=JAKARTA)
    make_article(category=category, editor=editor_user, slug="sama", published_at=when)
    with pytest.raises(IntegrityError), transaction.atomic():
        Article.objects.create(
            title="Lain",
            slug="sama",
            body="<p>x</p>",
            category=category,
            editor=editor_user,
            published_at=when.replace(hour=20),
        )


@pytest.mark.django_db
def test_body_is_sanitized_on_save(article):
    article.body = '<p onclick="x()">Halo<script>alert(1)</script></p>'
    article.save()
    article.refresh_from_db()
    assert article.body == "<p>Halo</p>"


@pytest.mark.django_db
def test_dateline_opens_the_first_paragraph(article):
    article.dateline = "Brussels"
    article.body = "<p>Kekalahan Rusia.</p><p>Kedua.</p>"
    assert article.body_with_dateline() == (
        '<p><strong class="dateline">Brussels:</strong> Kekalahan Rusia.</p><p>Kedua.</p>'
    )


@pytest.mark.django_db
def test_dateline_is_escaped(article):
    article.dateline = "<b>Kota</b>"
    assert "&lt;b&gt;Kota&lt;/b&gt;" in article.body_with_dateline()


@pytest.mark.django_db
def test_source_domain():
    assert make_source(website="https://www.medcom.id").domain == "www.medcom.id"
    assert make_source(website="").domain == ""


@pytest.mark.django_db
def test_discussion_closes_per_article(article):
    assert article.discussion_open
    article.comments_open = False
    assert not article.discussion_open


@pytest.mark.django_db
def test_discussion_closes_after_configured_days(article, settings):
    article.published_at = article.published_at - datetime.timedelta(days=10)
    settings.COMMENTS_CLOSE_AFTER_DAYS = 0
    assert article.discussion_open
    settings.COMMENTS_CLOSE_AFTER_DAYS = 7
    assert not article.discussion_open
    settings.COMMENTS_CLOSE_AFTER_DAYS = 30
    assert article.discussion_open
