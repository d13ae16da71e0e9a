"""The reaction vote endpoint under hostile input: clean refusals, nothing echoed,
one vote per reader."""

import json

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from articles.poll.models import ReactionOption, ReactionVote
from tests.poll.factories import default_options
from tests.security.conftest import assert_inert
from tests.security.corpora import ODD_TEXT, SQL_INJECTION, XSS

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_limits")]

JSON = {"HTTP_ACCEPT": "application/json"}


@pytest.fixture
def article(newsroom):
    default_options()
    return newsroom["article"]


@pytest.fixture
def vote_url(article):
    return reverse("poll:vote", kwargs={"article_id": article.pk})


@pytest.mark.parametrize("reaction", [*XSS, *SQL_INJECTION, *ODD_TEXT, "senang\x00", "SENANG"])
def test_a_reaction_that_is_no_option_is_a_400(lenient, vote_url, reaction):
    page = lenient.post(vote_url, {"reaction": reaction})
    assert page.status_code == 400
    assert_inert(BeautifulSoup(page.content, "html.parser"))
    answer = lenient.post(vote_url, {"reaction": reaction}, **JSON)
    assert answer.status_code == 400
    assert answer["Content-Type"] == "application/json"
    assert set(answer.json()) == {"error"}
    assert not ReactionVote.objects.exists()


@pytest.mark.parametrize("data", [{}, {"reaksi": "senang"}, {"reaction": ""}])
def test_a_missing_or_empty_reaction_is_a_400(lenient, vote_url, data):
    # No ``reaction`` reads as "", which is no slug and so names no option.
    assert lenient.post(vote_url, data).status_code == 400
    assert not ReactionVote.objects.exists()


def test_a_repeated_reaction_counts_the_last_one(lenient, vote_url, article):
    # ``request.POST.get`` takes a repeated field's last value: one valid vote.
    response = lenient.post(vote_url, {"reaction": ["senang", "marah"]})
    assert response.status_code == 303
    assert response["Location"] == f"{article.get_absolute_url()}?pilihan=marah#tanggapan"
    assert list(ReactionVote.objects.values_list("option__slug", flat=True)) == ["marah"]


@pytest.mark.parametrize(
    "accept",
    [
        "application/json",
        "application/json; charset=utf-8",
        "text/html, application/json;q=0.1",
        "*/*",
        "",
        "application/xml",
        "\x00",
        "application/json\x00",
        "x" * 10_000,
    ],
)
def test_any_accept_header_gets_json_or_a_redirect(lenient, vote_url, accept):
    response = lenient.post(vote_url, {"reaction": "senang"}, HTTP_ACCEPT=accept)
    if "application/json" in accept:
        assert response.status_code == 200
        assert json.loads(response.content)["choice"] == "senang"
    else:
        assert response.status_code == 303
        assert response["Location"].endswith("#tanggapan")


@pytest.mark.parametrize("method", ["put", "patch", "delete", "head", "options"])
def test_the_endpoint_takes_only_post_and_get(lenient, vote_url, method):
    assert getattr(lenient, method)(vote_url).status_code == 405


def test_get_names_no_choice_for_a_stranger(lenient, vote_url, article):
    response = lenient.get(vote_url, HTTP_ACCEPT="application/json")
    assert response.status_code == 200
    assert response.json()["choice"] is None


@pytest.mark.parametrize("article_id", ["0", "999999", "99999999999999999999"])
def test_unknown_articles_are_404(lenient, article, article_id):
    assert lenient.post(f"/tanggapan/{article_id}/", {"reaction": "senang"}).status_code == 404
    assert lenient.post(f"/tanggapan/{article_id}/", {"reaction": "x"}, **JSON).status_code == 404


@pytest.mark.parametrize("which", ["draft", "scheduled"])
def test_hidden_articles_take_no_vote(lenient, newsroom, article, which):
    url = reverse("poll:vote", kwargs={"article_id": newsroom["hidden"][which].pk})
    assert lenient.post(url, {"reaction": "senang"}, **JSON).status_code == 404
    assert not ReactionVote.objects.exists()


def test_one_vote_per_reader_however_often_they_vote(lenient, vote_url, article):
    for reaction in ["senang", "marah", "senang", "sedih", "sedih"]:
        assert lenient.post(vote_url, {"reaction": reaction}, **JSON).status_code == 200
    assert ReactionVote.objects.filter(article=article).count() == 1
    assert lenient.post(vote_url, {"reaction": "cemas"}, **JSON).json()["total"] == 1


@pytest.mark.parametrize(
    "cookie", ["\x00", "' OR 1=1--", "a" * 4000, "x:y:z", "senang:1abc:sig", "%ff"]
)
def test_a_forged_reader_cookie_is_a_new_reader(lenient, settings, vote_url, article, cookie):
    assert lenient.post(vote_url, {"reaction": "senang"}, **JSON).status_code == 200
    forger = type(lenient)(raise_request_exception=False)
    forger.cookies[settings.POLL_COOKIE_NAME] = cookie
    assert forger.post(vote_url, {"reaction": "marah"}, **JSON).json()["total"] == 2
    assert ReactionVote.objects.filter(article=article).count() == 2


def test_hostile_option_labels_render_as_text(lenient, article, vote_url):
    label = "<img src=x onerror=alert(1)>"
    ReactionOption.objects.filter(slug="senang").update(label=label, emoji="<svg/onload=1>")
    page = lenient.get(article.get_absolute_url())
    assert_inert(BeautifulSoup(page.content, "html.parser"))
    answer = lenient.post(vote_url, {"reaction": "senang"}, **JSON)
    # JSON that a browser will not sniff into HTML, carrying the label as data.
    assert answer["Content-Type"] == "application/json"
    assert answer["X-Content-Type-Options"] == "nosniff"
    assert label in [option["label"] for option in answer.json()["options"]]
