"""``load_demo`` gives the demo articles votes, once."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.db.models import Count

from articles.models import Article
from articles.poll.models import ReactionTally, ReactionVote
from articles.poll.results import poll_results


def _snapshot() -> dict:
    return {
        "votes": ReactionVote.objects.count(),
        "tallies": sorted(ReactionTally.objects.values_list("article", "option", "count")),
    }


@pytest.mark.django_db
def test_load_demo_gives_every_demo_article_votes_once(options):
    out = StringIO()
    call_command("load_demo", stdout=out)
    assert "Demo reactions:" in out.getvalue()
    first = _snapshot()
    articles = list(Article.objects.published())
    assert articles
    for article in articles:
        results = poll_results(article=article)
        assert results.total > 0, article
        assert sum(o.percent for o in results.options) == 100
    seed = Article.objects.get(slug__startswith="nato-rusia-serang")
    assert poll_results(article=seed).total >= 50

    call_command("load_demo", stdout=StringIO())
    assert _snapshot() == first


@pytest.mark.django_db
def test_demo_tallies_match_the_votes(options):
    call_command("load_demo", stdout=StringIO())
    counted = {
        (row["article"], row["option"]): row["n"]
        for row in ReactionVote.objects.values("article", "option").annotate(n=Count("id"))
    }
    kept = {(t.article_id, t.option_id): t.count for t in ReactionTally.objects.all() if t.count}
    assert kept == counted
