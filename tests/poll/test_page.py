"""The poll on the article page: accessible form, results, closing, fixed query count."""

import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from articles.models import Article
from tests.factories import make_article
from tests.poll.factories import cast_votes
from tests.poll.helpers import poll_section, rendered_results


@pytest.mark.django_db
def test_article_page_has_the_poll_form(client, article, options, vote_url):
    html = client.get(article.get_absolute_url()).content.decode()
    poll = poll_section(html)
    assert f'<form class="poll__form" method="post" action="{vote_url}">' in poll
    assert "<fieldset" in poll
    assert re.search(r"<legend[^>]*>Bagaimana tanggapan anda mengenai artikel ini\?</legend>", poll)
    assert len(re.findall(r'type="radio" name="reaction"', poll)) == 8
    # The page is the same for every reader: no token (see portal.same_origin).
    assert "csrfmiddlewaretoken" not in poll
    assert '<button type="submit"' in poll
    assert 'role="status"' in poll
    assert "style=" not in poll
    assert "<script" not in poll
    results = rendered_results(html)
    assert results["total"] == 0
    assert [o["slug"] for o in results["options"]] == list(options)


@pytest.mark.django_db
def test_poll_script_is_a_deferred_file(client, article, options):
    html = client.get(article.get_absolute_url()).content.decode()
    assert re.search(r'<script src="[^"]*js/poll\.js" defer></script>', html)


@pytest.mark.django_db
def test_labels_are_text_not_emoji_alone(client, article, options):
    poll = poll_section(client.get(article.get_absolute_url()).content.decode())
    assert '<span class="poll__emoji" aria-hidden="true">😀</span>' in poll
    assert '<span class="poll__label">Senang</span>' in poll


@pytest.mark.django_db
def test_after_voting_the_page_marks_the_readers_choice(client, article, options, vote_url):
    response = client.post(vote_url, {"reaction": "sedih"})
    # Without JavaScript the address names the choice; the page is shared.
    assert response["Location"] == f"{article.get_absolute_url()}?pilihan=sedih#tanggapan"
    poll = poll_section(client.get(response["Location"].split("#")[0]).content.decode())
    assert 'value="sedih" required checked' in poll
    assert poll.count(" checked") == 1
    assert re.search(r'data-slug="sedih">.*?data-poll-mine>', poll, re.S)
    assert len(re.findall(r"data-poll-mine hidden", poll)) == 7
    assert "Ubah tanggapan" in poll
    # The article's own address marks no one's choice, whoever asks.
    for reader in (client, Client()):
        shared = poll_section(reader.get(article.get_absolute_url()).content.decode())
        assert " checked" not in shared
        assert len(re.findall(r"data-poll-mine hidden", shared)) == 8
    # The reader's script asks the poll for their own choice.
    mine = client.get(vote_url, HTTP_ACCEPT="application/json")
    assert mine.json()["choice"] == "sedih"
    assert "no-store" in mine["Cache-Control"]
    assert Client().get(vote_url).json()["choice"] is None


@pytest.mark.django_db
def test_closed_discussion_shows_results_without_a_form(client, article, options):
    cast_votes(article=article, option=options["senang"], count=2)
    article.comments_open = False
    article.save()
    html = client.get(article.get_absolute_url()).content.decode()
    poll = poll_section(html)
    assert "<form" not in poll
    assert "Tanggapan untuk artikel ini sudah ditutup." in poll
    assert rendered_results(html)["total"] == 2


@pytest.mark.django_db
def test_staff_preview_of_a_draft_shows_no_form(editor_client, category, editor_user, options):
    draft = make_article(category=category, editor=editor_user, status=Article.Status.DRAFT)
    poll = poll_section(editor_client.get(draft.get_absolute_url()).content.decode())
    assert "<form" not in poll


def _page_queries(client, url) -> int:
    cache.clear()  # count a rendering, not the kept page
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return len(ctx.captured_queries)


@pytest.mark.django_db
def test_article_page_queries_do_not_grow_with_votes(
    article, options, vote_url, django_assert_max_num_queries
):
    reader = Client()
    reader.post(vote_url, {"reaction": "senang"})
    url = article.get_absolute_url()
    with_one_vote = _page_queries(reader, url)

    for i, option in enumerate(options.values()):
        cast_votes(article=article, option=option, count=25 + i * 5)
    cache.clear()  # votes may lag the kept page; count a rendering
    with django_assert_max_num_queries(with_one_vote):
        response = reader.get(url)
    assert rendered_results(response.content.decode())["total"] == 1 + sum(
        25 + i * 5 for i in range(8)
    )
    assert _page_queries(Client(), url) <= with_one_vote
