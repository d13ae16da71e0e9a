"""Public pages speak HTTP caching: Cache-Control, ETag/304, Last-Modified, compression."""

import gzip

import brotli
import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def test_public_pages_say_how_long_they_may_be_kept(story, public_paths, settings):
    for path in public_paths:
        response = Client().get(path)
        control = {part.strip() for part in response["Cache-Control"].split(",")}
        assert "public" in control, path
        assert "max-age=0" in control, path
        assert f"s-maxage={settings.PAGE_CACHE_SECONDS}" in control, path
        assert f"stale-while-revalidate={settings.PAGE_STALE_SECONDS}" in control, path
        assert response["ETag"] and response["Last-Modified"], path
        assert response["Vary"] == "Accept-Encoding", path
        keys = response["Surrogate-Key"].split()
        # Every page lists articles or shows one; none depends on nothing.
        assert "articles" in keys or f"article-{story.pk}" in keys, path


def test_the_article_page_names_what_it_shows(story):
    keys = Client().get(story.get_absolute_url())["Surrogate-Key"].split()
    tag, source = story.tags.get(), story.source
    assert {f"article-{story.pk}", f"comments-{story.pk}", f"tag-{tag.pk}"} <= set(keys)
    assert {f"source-{source.pk}", "categories", "poll-options"} <= set(keys)
    # Publishing another article changes no part of it.
    assert "articles" not in keys


def test_a_matching_etag_gets_304(story):
    url = story.get_absolute_url()
    first = Client().get(url)
    again = Client().get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    assert again.content == b""
    assert again["ETag"] == first["ETag"]
    assert Client().get(url, HTTP_IF_NONE_MATCH='"lain"').status_code == 200


def test_conditional_requests_as_http_defines_them(story):
    url = story.get_absolute_url()
    first = Client().get(url)
    etag, modified = first["ETag"], first["Last-Modified"]

    def status(**headers):
        return Client().get(url, **headers).status_code

    # A list of tags, weak ones, and "*".
    assert status(HTTP_IF_NONE_MATCH=f'"lain", {etag}') == 304
    assert status(HTTP_IF_NONE_MATCH=f"W/{etag}") == 304
    assert status(HTTP_IF_NONE_MATCH="*") == 304
    assert status(HTTP_IF_NONE_MATCH='"lain", "juga-lain"') == 200
    # If-Modified-Since: the time given back, or later, is not modified.
    assert status(HTTP_IF_MODIFIED_SINCE=modified) == 304
    assert status(HTTP_IF_MODIFIED_SINCE="Mon, 01 Jan 2024 00:00:00 GMT") == 200
    assert status(HTTP_IF_MODIFIED_SINCE="bukan tanggal") == 200
    # If-None-Match decides when both are sent.
    assert status(HTTP_IF_NONE_MATCH='"lain"', HTTP_IF_MODIFIED_SINCE=modified) == 200


def test_bodies_come_compressed_as_the_client_allows(story):
    url = story.get_absolute_url()
    plain = Client().get(url, HTTP_ACCEPT_ENCODING="")
    gzipped = Client().get(url, HTTP_ACCEPT_ENCODING="gzip, deflate")
    brotlied = Client().get(url, HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    refused = Client().get(url, HTTP_ACCEPT_ENCODING="br;q=0, gzip;q=0")
    assert "Content-Encoding" not in plain and "Content-Encoding" not in refused
    assert gzipped["Content-Encoding"] == "gzip"
    assert brotlied["Content-Encoding"] == "br"
    assert gzip.decompress(gzipped.content) == plain.content
    assert brotli.decompress(brotlied.content) == plain.content
    assert len(brotlied.content) < len(plain.content) / 4


def test_personal_pages_are_neither_kept_nor_compressed(story, editor_client):
    response = editor_client.get(story.get_absolute_url(), HTTP_ACCEPT_ENCODING="gzip, br")
    assert "Content-Encoding" not in response
    assert "no-store" in response["Cache-Control"]
    assert "Surrogate-Key" not in response


def test_a_repeated_anonymous_request_costs_no_query(story, django_assert_num_queries):
    url = story.get_absolute_url()
    Client().get(url)
    with django_assert_num_queries(0):
        assert Client().get(url).status_code == 200


def test_a_made_up_parameter_does_not_force_a_new_rendering(story, django_assert_num_queries):
    url = story.get_absolute_url()
    Client().get(url)
    with django_assert_num_queries(0):
        assert Client().get(f"{url}?x=acak123&utm_source=wa").status_code == 200
    # A parameter the page reads is a page of its own.
    assert Client().get(f"{url}?page=1").status_code == 200


@pytest.mark.parametrize(
    "query", ["?page=abc", "?page=99999", "?pilihan=Bukan%20Slug", "?balas=x", "?q="]
)
def test_a_value_a_page_cannot_use_does_not_force_a_rendering(
    story, query, django_assert_num_queries
):
    url = story.get_absolute_url()
    Client().get(url)
    with django_assert_num_queries(0):
        assert Client().get(f"{url}{query}").status_code == 200


def test_each_encoding_has_its_own_etag_and_refusals_are_respected(story):
    url = story.get_absolute_url()
    plain = Client().get(url, HTTP_ACCEPT_ENCODING="")
    gzipped = Client().get(url, HTTP_ACCEPT_ENCODING="gzip")
    assert plain["ETag"] != gzipped["ETag"]
    assert (
        Client()
        .get(url, HTTP_IF_NONE_MATCH=gzipped["ETag"], HTTP_ACCEPT_ENCODING="gzip")
        .status_code
        == 304
    )
    star = Client().get(url, HTTP_ACCEPT_ENCODING="gzip;q=0, br;q=0, *")
    assert "Content-Encoding" not in star


def test_the_sitemap_keeps_its_robots_header(story):
    first = Client().get("/sitemap.xml")
    again = Client().get("/sitemap.xml")
    assert first["X-Robots-Tag"] == again["X-Robots-Tag"]
    assert "noindex" in again["X-Robots-Tag"]


def test_ignored_parameters_never_reach_the_canonical_link(story):
    import re

    for path in (
        f"{story.get_absolute_url()}?utm_source=wa&fbclid=x&page=999&balas=1&q=nato&p=2",
        f"{story.category.get_absolute_url()}?page=99999&gclid=1",
    ):
        page = Client().get(path).content.decode()
        canonical = re.search(r'<link rel="canonical" href="([^"]+)"', page).group(1)
        assert "?" not in canonical, (path, canonical)


@pytest.mark.parametrize("query", ["?page=2", "?balas=999999", "?p=3", "?q=nato", "?pilihan=x"])
def test_a_parameter_the_article_does_not_take_is_answered_from_the_kept_page(
    story, query, django_assert_num_queries
):
    url = story.get_absolute_url()
    kept = Client().get(url)
    with django_assert_num_queries(0):
        response = Client().get(f"{url}{query}")
    assert response.content == kept.content
