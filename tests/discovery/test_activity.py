"""The day rollups the home page's rankings read: kept as votes and comments change."""

from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from articles.discovery import activity
from articles.discovery.models import ArticleActivity
from articles.poll.services import vote_submit
from comments.models import Comment
from comments.services import comment_moderate
from tests.comments.factories import make_comment
from tests.factories import make_article, make_user
from tests.poll.factories import default_options

pytestmark = pytest.mark.django_db


def _kept() -> dict:
    return {
        (row.article_id, row.day): (row.reactions, row.comments)
        for row in ArticleActivity.objects.all()
        if row.reactions or row.comments
    }


def _today(article) -> tuple[int, int]:
    row = ArticleActivity.objects.filter(article=article, day=timezone.localdate()).first()
    return (row.reactions, row.comments) if row else (0, 0)


def test_an_address_counts_once_a_day_whatever_its_cookies(article):
    senang, sedih = default_options()[:2]
    for n in range(5):
        vote_submit(article=article, option=senang, voter_hash=f"kue-{n}", address_bucket="abcde")
    assert _today(article) == (1, 0)
    vote_submit(article=article, option=senang, voter_hash="lain", address_bucket="fffff")
    # A reader changing their vote the same day adds nothing.
    vote_submit(article=article, option=sedih, voter_hash="lain", address_bucket="fffff")
    assert _today(article) == (2, 0)


def test_a_reader_changing_their_vote_another_day_counts_that_day(category):
    article = make_article(category=category, published_at=timezone.now() - timedelta(days=20))
    senang, sedih = default_options()[:2]
    yesterday = timezone.now() - timedelta(days=1)
    with time_machine.travel(yesterday, tick=False):
        vote_submit(article=article, option=senang, voter_hash="r", address_bucket="11111")
    vote_submit(article=article, option=sedih, voter_hash="r", address_bucket="11111")
    assert _today(article) == (1, 0)
    assert ArticleActivity.objects.get(article=article, day=timezone.localdate(yesterday)).reactions


def test_comments_count_while_approved(article):
    moderator = make_user(is_staff=True)
    waiting = [make_comment(article=article, status=Comment.Status.PENDING) for _ in range(3)]
    make_comment(article=article)
    assert _today(article) == (0, 1)
    comment_moderate(
        comments=Comment.objects.filter(pk__in=[c.pk for c in waiting]),
        status=Comment.Status.APPROVED,
        moderator=moderator,
    )
    assert _today(article) == (0, 4)
    comment_moderate(
        comments=Comment.objects.filter(pk=waiting[0].pk),
        status=Comment.Status.SPAM,
        moderator=moderator,
    )
    assert _today(article) == (0, 3)
    # Saved one at a time, as the change page does.
    back = Comment.objects.get(pk=waiting[1].pk)
    back.status = Comment.Status.REJECTED
    back.save()
    assert _today(article) == (0, 2)
    Comment.objects.get(pk=waiting[2].pk).delete()
    assert _today(article) == (0, 1)


def test_rebuild_agrees_with_what_was_kept(category):
    moderator = make_user(is_staff=True)
    options = default_options()
    month_ago = timezone.now() - timedelta(days=30)
    articles = [make_article(category=category, published_at=month_ago) for _ in range(3)]
    for days_ago in (9, 3, 0):
        with time_machine.travel(timezone.now() - timedelta(days=days_ago), tick=False):
            for n, article in enumerate(articles):
                for m in range(n + 2):
                    vote_submit(
                        article=article,
                        option=options[m % 3],
                        voter_hash=f"{days_ago}-{n}-{m}",
                        address_bucket=f"{m % 2:05d}",
                    )
                    make_comment(
                        article=article,
                        status=Comment.Status.PENDING if m % 3 else Comment.Status.APPROVED,
                    )
    comment_moderate(
        comments=Comment.objects.filter(
            pk__in=list(Comment.objects.filter(status="pending").values_list("pk", flat=True)[:4])
        ),
        status=Comment.Status.APPROVED,
        moderator=moderator,
    )
    since = timezone.localdate() - timedelta(days=activity.RANKING_DAYS)
    kept = {key: value for key, value in _kept().items() if key[1] >= since}
    assert kept
    activity.rebuild()
    rebuilt = {key: value for key, value in _kept().items() if key[1] >= since}
    assert rebuilt == kept


def test_rankings_read_the_rows_of_the_last_seven_days(category):
    old = make_article(category=category)
    fresh = make_article(category=category)
    ArticleActivity.objects.create(
        article=old, day=timezone.localdate() - timedelta(days=7), reactions=50, comments=50
    )
    ArticleActivity.objects.create(
        article=old, day=timezone.localdate() - timedelta(days=6), reactions=1, comments=2
    )
    ArticleActivity.objects.create(article=fresh, day=timezone.localdate(), reactions=3)
    reacted = activity.ranked("reactions", limit=5)
    assert reacted == [fresh, old]
    assert [a.recent_reactions for a in reacted] == [3, 1]
    assert [a.recent_comments for a in activity.ranked("comments", limit=5)] == [2]
