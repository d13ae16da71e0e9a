"""``/cari/``: full-text search on PostgreSQL, word match elsewhere; same answers."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from articles.discovery.search import article_matches, search_articles, with_snippets
from articles.models import Article
from tests.factories import make_article

from .conftest import HIDDEN_WORD, SEED_TERMS

SEARCH = reverse("discovery:search")
INDEX_NAME = "article_search_document_idx"


@pytest.mark.django_db
@pytest.mark.parametrize("term", SEED_TERMS)
def test_seed_article_is_found(client, seed, term):
    response = client.get(SEARCH, {"q": term})
    assert response.status_code == 200
    assert seed in response.context["articles"]
    assert seed.get_absolute_url() in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("term", SEED_TERMS)
def test_lowercase_query_finds_the_seed(seed, term):
    assert seed in search_articles(query=term.lower())


@pytest.mark.django_db
@pytest.mark.parametrize("term", [*SEED_TERMS, HIDDEN_WORD])
def test_draft_and_scheduled_are_never_found(client, hidden, term):
    response = client.get(SEARCH, {"q": term})
    found = set(response.context["articles"])
    assert hidden["draft"] not in found
    assert hidden["scheduled"] not in found
    html = response.content.decode()
    assert hidden["draft"].get_absolute_url() not in html
    assert hidden["scheduled"].get_absolute_url() not in html


@pytest.mark.django_db
@pytest.mark.parametrize("q", ["", "   "])
def test_empty_query_gets_a_message(client, q):
    response = client.get(SEARCH, {"q": q})
    assert response.status_code == 200
    assert "Tulis kata yang ingin dicari." in response.content.decode()
    assert 'class="search-results"' not in response.content.decode()


@pytest.mark.django_db
def test_overlong_query_gets_a_message_not_an_error(client, seed, settings):
    settings.SEARCH_MAX_QUERY_LENGTH = 20
    response = client.get(SEARCH, {"q": "Stoltenberg " * 3})
    assert response.status_code == 200
    assert "terlalu panjang" in response.content.decode()
    assert 'class="search-results"' not in response.content.decode()


@pytest.mark.django_db
def test_no_match_says_so(client, seed):
    response = client.get(SEARCH, {"q": "xylofonkuantum"})
    assert response.status_code == 200
    assert "Tidak ada artikel yang cocok" in response.content.decode()


@pytest.mark.django_db
def test_title_match_ranks_above_body_match(category):
    in_body = make_article(category=category, title="Laporan", body="<p>Gerhana bulan.</p>")
    in_title = make_article(category=category, title="Gerhana bulan malam ini")
    results = list(search_articles(query="gerhana"))
    assert results.index(in_title) < results.index(in_body)


@pytest.mark.django_db
def test_snippet_marks_matches_and_escapes_the_rest(client, category):
    make_article(
        category=category,
        lead='<script>alert("x")</script> Gerhana & bulan',
        body="<p>Gerhana <em>total</em> terlihat.</p>",
    )
    response = client.get(SEARCH, {"q": "gerhana"})
    html = response.content.decode()
    assert "<mark>Gerhana</mark>" in html
    assert '<script>alert("x")</script>' not in html
    assert "alert(&quot;x&quot;)" in html
    # Tags from the stored body are not shown as text either.
    snippet = response.context["articles"][0].snippet
    assert "<em>" not in snippet and "&lt;em&gt;" not in snippet


@pytest.mark.django_db
def test_snippets_for_a_page_of_results(category):
    make_article(category=category, body="<p>Ada " + "kata " * 200 + "Gerhana di ujung.</p>")
    [article] = with_snippets(search_articles(query="gerhana"), query="gerhana")
    assert "<mark>Gerhana</mark>" in article.snippet
    assert len(article.snippet) < 600


@pytest.mark.django_db
def test_results_are_paginated_and_pages_keep_the_query(client, category, settings):
    settings.ARTICLES_PER_PAGE = 5
    for _ in range(7):
        make_article(category=category, title="Gerhana matahari")
    first = client.get(SEARCH, {"q": "gerhana"})
    assert first.context["page_obj"].paginator.count == 7
    assert len(first.context["articles"]) == 5
    assert 'href="?q=gerhana&amp;page=2"' in first.content.decode()
    second = client.get(SEARCH, {"q": "gerhana", "page": 2})
    assert len(second.context["articles"]) == 2


def _queries(client, q) -> int:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(SEARCH, {"q": q})
    assert response.status_code == 200
    return len(ctx.captured_queries)


@pytest.mark.django_db
def test_search_query_count_does_not_grow(client, category, django_assert_max_num_queries):
    make_article(category=category, title="Gerhana pertama")
    baseline = _queries(client, "gerhana")
    for _ in range(30):
        make_article(category=category, title="Gerhana lagi", source=None)
    with django_assert_max_num_queries(baseline):
        response = client.get(SEARCH, {"q": "gerhana"})
    assert response.context["page_obj"].paginator.count == 31


@pytest.mark.django_db
def test_masthead_has_a_labelled_search_form(client, seed):
    html = client.get("/").content.decode()
    assert 'role="search"' in html
    assert 'for="cari-masthead"' in html and 'id="cari-masthead"' in html
    assert f'action="{SEARCH}"' in html


@pytest.mark.django_db
def test_search_page_is_not_indexed(client, seed):
    html = client.get(SEARCH, {"q": "nuklir"}).content.decode()
    assert '<meta name="robots" content="noindex, follow">' in html


@pytest.mark.django_db
def test_full_text_index_exists_only_on_postgresql():
    with connection.cursor() as cursor:
        indexes = connection.introspection.get_constraints(cursor, "articles_article")
    assert (INDEX_NAME in indexes) == (connection.vendor == "postgresql")


@pytest.mark.postgresql
@pytest.mark.django_db
def test_full_text_index_is_used_on_postgresql(seed):
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname = %s", [INDEX_NAME])
        [(definition,)] = cursor.fetchall()
        assert "USING gin" in definition
        # On a handful of rows a scan is cheapest; forbid it to see the index match.
        cursor.execute("ANALYZE articles_article")
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_indexscan = off")
    # The matches (the candidates search_articles ranks) are read through it.
    matches = article_matches(Article.objects.published(), "nuklir").order_by("-published_at")
    assert INDEX_NAME in matches.explain()


@pytest.mark.django_db
def test_snippet_keeps_paragraphs_apart(category):
    make_article(category=category, lead="", body="<p>Ada gerhana.</p><p>Langit cerah.</p>")
    [article] = with_snippets(search_articles(query="gerhana"), query="gerhana")
    assert "gerhana</mark>. Langit" in article.snippet


@pytest.mark.postgresql
@pytest.mark.django_db
def test_a_common_word_ranks_only_the_newest_matches(client, category, settings):
    from datetime import timedelta

    from django.utils import timezone

    settings.SEARCH_CANDIDATES = 3
    now = timezone.now()
    articles = [
        make_article(
            category=category,
            title=f"Kabar ekonomi {n}",
            body="<p>Ekonomi daerah.</p>" * (5 - n),
            published_at=now - timedelta(hours=n + 1),
        )
        for n in range(5)
    ]
    found = list(search_articles(query="ekonomi"))
    assert sorted(a.pk for a in found) == sorted(a.pk for a in articles[:3])
    html = client.get(SEARCH, {"q": "ekonomi"}).content.decode()
    assert "Lebih dari 3 artikel ditemukan" in html


@pytest.mark.postgresql
@pytest.mark.django_db
def test_the_candidates_are_read_once_not_per_article(seed):
    """The newest matches' subquery reads its own rows' document: no subplan per article."""
    results = search_articles(query="nuklir")
    assert "SubPlan" not in results.explain()
    assert 'U0."search_document"' in str(results.query)


@pytest.mark.django_db
def test_direction_overrides_in_the_query_never_reach_the_page(client, seed):
    response = client.get("/cari/", {"q": "\u202enimda\u200f nakub\u2066\u2028"})
    html = response.content.decode()
    assert response.status_code == 200
    assert not {"\u202e", "\u2066", "\u200f", "\u2028"} & set(html)
    assert "nimda" in html and "nakub" in html
