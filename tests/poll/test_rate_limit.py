"""Votes are rate limited per client, in the cache."""

import pytest

from articles.poll.models import ReactionVote


@pytest.mark.django_db
def test_votes_over_the_limit_answer_429(client, settings, options, vote_url):
    settings.POLL_RATE_LIMIT = "3/m"
    for _ in range(3):
        assert client.post(vote_url, {"reaction": "senang"}).status_code == 303
    response = client.post(vote_url, {"reaction": "sedih"})
    assert response.status_code == 429
    assert "Terlalu banyak permintaan" in response.content.decode()
    assert ReactionVote.objects.get().option.slug == "senang"


@pytest.mark.django_db
def test_429_is_json_when_json_was_asked_for(client, settings, options, vote_url, json_headers):
    settings.POLL_RATE_LIMIT = "1/m"
    client.post(vote_url, {"reaction": "senang"}, **json_headers)
    response = client.post(vote_url, {"reaction": "senang"}, **json_headers)
    assert response.status_code == 429
    assert response["Retry-After"]
    assert "Terlalu banyak" in response.json()["error"]


@pytest.mark.django_db
def test_limit_is_per_client_address(client, settings, options, vote_url):
    settings.POLL_RATE_LIMIT = "1/m"
    assert client.post(vote_url, {"reaction": "senang"}).status_code == 303
    assert client.post(vote_url, {"reaction": "senang"}).status_code == 429
    other = client.post(vote_url, {"reaction": "senang"}, REMOTE_ADDR="203.0.113.9")
    assert other.status_code == 303


@pytest.mark.django_db
def test_default_limit_is_thirty_a_minute(client, options, vote_url):
    codes = [client.post(vote_url, {"reaction": "senang"}).status_code for _ in range(31)]
    assert codes[:30] == [303] * 30
    assert codes[30] == 429
