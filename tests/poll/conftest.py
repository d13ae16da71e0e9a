"""Fixtures for the reaction poll's tests."""

import pytest
from django.urls import reverse

from tests.poll.factories import default_options


@pytest.fixture
def options(db):
    return {option.slug: option for option in default_options()}


@pytest.fixture
def vote_url(article):
    return reverse("poll:vote", kwargs={"article_id": article.pk})


@pytest.fixture
def json_headers():
    return {"HTTP_ACCEPT": "application/json"}
