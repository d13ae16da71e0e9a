"""The vote endpoint: 303 without JavaScript, JSON with it, refusals that store nothing."""

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from articles.models import Article
from articles.poll.models import ReactionVote
from tests.factories import make_article
from tests.poll.helpers import rendered_results


@pytest.mark.django_db
def test_form_post_redirects_303_back_to_the_poll(client, article, options, vote_url):
    response = client.post(vote_url, {"reaction": "senang"})
    assert response.status_code == 303
    assert response["Location"] == f"{article.get_absolute_url()}?pilihan=senang#tanggapan"
    assert ReactionVote.objects.get().option.slug == "senang"


@pytest.mark.django_db
def test_json_post_answers_the_public_shape(client, options, vote_url, json_headers):
    response = client.post(vote_url, {"reaction": "terinspirasi"}, **json_headers)
    assert response.status_code == 200
    data = response.json()
    assert set(data) == {"total", "choice", "options"}
    assert data["total"] == 1
    assert data["choice"] == "terinspirasi"
    assert len(data["options"]) == 8
    assert set(data["options"][0]) == {"slug", "label", "emoji", "count", "percent"}
    chosen = next(o for o in data["options"] if o["slug"] == "terinspirasi")
    assert chosen == {
        "slug": "terinspirasi",
        "label": "Terinspirasi",
        "emoji": "🤩",
        "count": 1,
        "percent": 100,
    }


@pytest.mark.django_db
def test_second_vote_from_same_cookie_moves_it(client, options, vote_url, json_headers):
    client.post(vote_url, {"reaction": "senang"}, **json_headers)
    data = client.post(vote_url, {"reaction": "cemas"}, **json_headers).json()
    assert data["total"] == 1
    assert data["choice"] == "cemas"
    assert {o["slug"]: o["count"] for o in data["options"]}["senang"] == 0


@pytest.mark.django_db
def test_reader_cookie_is_signed_httponly_and_lax(client, settings, options, vote_url):
    response = client.post(vote_url, {"reaction": "senang"})
    cookie = response.cookies[settings.POLL_COOKIE_NAME]
    assert cookie["httponly"]
    assert cookie["samesite"] == "Lax"
    assert not cookie["secure"]
    assert cookie["max-age"] == settings.POLL_COOKIE_MAX_AGE
    assert ":" in cookie.value  # value:timestamp:signature
    vote = ReactionVote.objects.get()
    assert cookie.value.split(":")[0] not in vote.voter_hash


@pytest.mark.django_db
def test_reader_cookie_is_secure_over_https(client, settings, options, vote_url):
    response = client.post(vote_url, {"reaction": "senang"}, secure=True)
    assert response.cookies[settings.POLL_COOKIE_NAME]["secure"]


@pytest.mark.django_db
def test_json_and_form_paths_give_the_same_results(category, editor_user, options, json_headers):
    by_form = make_article(category=category, editor=editor_user)
    by_json = make_article(category=category, editor=editor_user)
    choices = ["senang", "senang", "sedih", "marah", "senang", "cemas", "sedih"]
    for choice in choices:
        Client().post(f"/tanggapan/{by_form.pk}/", {"reaction": choice})
    for choice in choices[:-1]:
        Client().post(f"/tanggapan/{by_json.pk}/", {"reaction": choice}, **json_headers)
    last = Client()
    data = last.post(f"/tanggapan/{by_json.pk}/", {"reaction": choices[-1]}, **json_headers).json()

    page = rendered_results(Client().get(by_form.get_absolute_url()).content.decode())
    assert page["total"] == data["total"] == len(choices)
    assert page["options"] == [
        {key: o[key] for key in ("slug", "count", "percent")} for o in data["options"]
    ]
    assert sum(o["percent"] for o in data["options"]) == 100
    # The JSON reader's own page shows the same numbers as their JSON answer.
    mine = rendered_results(last.get(by_json.get_absolute_url()).content.decode())
    assert mine == page


@pytest.mark.django_db
@pytest.mark.parametrize("reaction", ["", "bahagia", "../senang"])
def test_unknown_option_is_400_and_nothing_stored(
    client, options, vote_url, json_headers, reaction
):
    response = client.post(vote_url, {"reaction": reaction}, **json_headers)
    assert response.status_code == 400
    assert "tanggapan" in response.json()["error"]
    assert not ReactionVote.objects.exists()


@pytest.mark.django_db
def test_unknown_option_without_javascript_explains_and_links_back(
    client, article, options, vote_url
):
    response = client.post(vote_url, {"reaction": "bahagia"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Pilih salah satu tanggapan yang tersedia." in html
    assert f'href="{article.get_absolute_url()}#tanggapan"' in html


@pytest.mark.django_db
def test_inactive_option_is_400(client, options, vote_url, json_headers):
    options["marah"].is_active = False
    options["marah"].save()
    response = client.post(vote_url, {"reaction": "marah"}, **json_headers)
    assert response.status_code == 400
    assert not ReactionVote.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "changes",
    [{"status": Article.Status.DRAFT}, {"published_at": timezone.now() + timedelta(days=1)}],
    ids=["draft", "scheduled"],
)
def test_unpublished_article_is_404(client, category, editor_user, options, json_headers, changes):
    article = make_article(category=category, editor=editor_user, **changes)
    response = client.post(f"/tanggapan/{article.pk}/", {"reaction": "senang"}, **json_headers)
    assert response.status_code == 404
    assert response.json()["error"] == "Artikel tidak ditemukan."
    assert not ReactionVote.objects.exists()


@pytest.mark.django_db
def test_missing_article_is_404(client, options):
    assert client.post("/tanggapan/999999/", {"reaction": "senang"}).status_code == 404


@pytest.mark.django_db
def test_closed_discussion_refuses_the_vote(client, article, options, vote_url, json_headers):
    article.comments_open = False
    article.save()
    response = client.post(vote_url, {"reaction": "senang"}, **json_headers)
    assert response.status_code == 403
    assert "ditutup" in response.json()["error"]
    assert not ReactionVote.objects.exists()


@pytest.mark.django_db
def test_get_answers_the_results_and_other_methods_are_refused(client, vote_url, options):
    results = client.get(vote_url)
    assert results.status_code == 200
    assert set(results.json()) == {"total", "choice", "options"}
    assert "private" in results["Cache-Control"] and "no-store" in results["Cache-Control"]
    for method in ("put", "patch", "delete"):
        assert getattr(client, method)(vote_url).status_code == 405


@pytest.mark.django_db
def test_csrf_token_is_required(options, vote_url):
    response = Client(enforce_csrf_checks=True).post(vote_url, {"reaction": "senang"})
    assert response.status_code == 403
    assert not ReactionVote.objects.exists()
