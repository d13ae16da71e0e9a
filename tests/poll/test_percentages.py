"""Whole percentages by the largest-remainder method always add up to 100."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from articles.poll.results import largest_remainder_percentages, poll_results
from tests.poll.factories import cast_votes


@given(st.lists(st.integers(min_value=0, max_value=10**6), min_size=1, max_size=12))
def test_percentages_add_up_to_100_whenever_a_vote_exists(counts):
    percents = largest_remainder_percentages(counts)
    assert len(percents) == len(counts)
    if sum(counts):
        assert sum(percents) == 100
    else:
        assert percents == [0] * len(counts)


@given(st.lists(st.integers(min_value=0, max_value=10**6), min_size=1, max_size=12))
def test_each_percentage_is_its_exact_share_rounded_down_or_up(counts):
    total = sum(counts)
    for count, percent in zip(counts, largest_remainder_percentages(counts), strict=True):
        exact = count * 100 / total if total else 0
        assert exact - 1 < percent < exact + 1
        assert percent >= 0
        if count == 0:
            assert percent == 0


@pytest.mark.parametrize(
    ("counts", "expected"),
    [
        ([1, 1, 1], [34, 33, 33]),
        ([2, 1], [67, 33]),
        ([1, 0, 0], [100, 0, 0]),
        ([1, 1, 1, 1, 1, 1, 1], [15, 15, 14, 14, 14, 14, 14]),
        ([0, 0], [0, 0]),
    ],
)
def test_known_distributions(counts, expected):
    assert largest_remainder_percentages(counts) == expected


@pytest.mark.django_db
@pytest.mark.parametrize("counts", [[1, 1, 1], [5, 0, 2, 1, 1, 0, 3, 7], [1, 0, 0, 0, 0, 0, 0, 0]])
def test_results_of_an_article_add_up_to_100(article, options, counts):
    for option, count in zip(options.values(), counts, strict=False):
        cast_votes(article=article, option=option, count=count)
    results = poll_results(article=article)
    assert results.total == sum(counts)
    assert sum(o.percent for o in results.options) == 100
    assert [o.count for o in results.options][: len(counts)] == counts
