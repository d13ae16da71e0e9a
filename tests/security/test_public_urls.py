"""Every public URL under hostile query strings, paths and methods: a clean 4xx
or 200, never a 500."""

from urllib.parse import quote

import pytest
from bs4 import BeautifulSoup

from tests.security.conftest import assert_inert
from tests.security.corpora import BAD_PAGES, ODD_TEXT, RAW_QUERY_VALUES, SQL_INJECTION, XSS

pytestmark = pytest.mark.django_db

LISTINGS = ["/kategori/nasional/", "/tag/politik/", "/sumber/medcom/", "/cari/?q=anggaran", "/"]


def _with(url: str, raw: str) -> str:
    return f"{url}{'&' if '?' in url else '?'}{raw}"


def test_every_reader_url_answers_200(lenient, reader_urls):
    for url in reader_urls:
        assert lenient.get(url).status_code == 200, url


@pytest.mark.parametrize("raw", RAW_QUERY_VALUES)
@pytest.mark.parametrize("param", ["q", "page", "balas", "p"])
def test_raw_query_values_never_break_a_page(lenient, reader_urls, param, raw):
    for url in reader_urls:
        response = lenient.get(_with(url, f"{param}={raw}"))
        # A value that is no page number, comment id or query is left out of
        # the kept page's request: every page answers as without it.
        assert response.status_code == 200, (url, response.status_code)


@pytest.mark.parametrize("page", BAD_PAGES)
def test_bad_page_numbers_fall_back_to_a_real_page(lenient, newsroom, page):
    urls = [*LISTINGS, newsroom["article"].get_absolute_url()]
    for url in urls:
        assert lenient.get(_with(url, f"page={page}")).status_code == 200, url
    # A ?p= that is no page number is left out, as for every kept page: the
    # sitemap's first (and here only) page answers.
    assert lenient.get(f"/sitemap.xml?p={page}").status_code == 200


@pytest.mark.parametrize("text", [*SQL_INJECTION, *ODD_TEXT])
def test_search_survives_injection_and_odd_text(lenient, newsroom, text):
    response = lenient.get("/cari/", {"q": text})
    assert response.status_code == 200
    if not any(char.isalnum() for char in text):
        # Nothing to look for: no article may match (NUL once matched all on SQLite).
        assert "Sidang kabinet" not in response.content.decode()


def test_search_with_nul_finds_what_the_words_find(lenient, newsroom):
    response = lenient.get("/cari/?q=anggaran%00")
    assert response.status_code == 200
    assert "Sidang kabinet membahas anggaran" in response.content.decode()


@pytest.mark.parametrize("payload", XSS)
def test_search_echo_is_inert(lenient, newsroom, payload):
    response = lenient.get("/cari/", {"q": f"anggaran {payload}"})
    assert response.status_code == 200
    assert_inert(BeautifulSoup(response.content, "html.parser"))


@pytest.mark.parametrize(
    "path",
    [
        "/kategori/tidak-ada/",
        "/tag/tidak-ada/",
        "/sumber/tidak-ada/",
        "/kategori/tidak-ada/feed/",
        "/2022/10/11/tidak-ada/",
        "/2022/13/01/x/",
        "/2022/02/30/x/",
        "/0/01/01/x/",
        "/99999999999999999999/01/01/x/",
        "/9999999999/12/31/x/",
        "/kategori/%ff/",
        "/kategori/..%2f..%2fetc%2fpasswd/",
        "/../../etc/passwd",
        "/static/../portal/settings/base.py",
        "/%00/",
        "/tag/%00/",
        "/cari/%00",
        "/tanggapan/abc/",
        "/komentar/abc/",
        "/kategori/" + quote("<script>") + "/",
    ],
)
def test_unknown_paths_answer_404(lenient, newsroom, path):
    assert lenient.get(path).status_code == 404


# Views decorated with ``require_safe``: GET and HEAD only.
SAFE_ONLY = {"/cari/?q=anggaran", "/sitemap-news.xml", "/robots.txt"}


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete", "options", "head", "trace"])
def test_other_methods_never_break_a_page(strict, reader_urls, method):
    for url in reader_urls:
        response = getattr(strict, method)(url)
        if method in {"post", "put", "patch", "delete"}:
            # CSRF protection refuses an unsafe method before any view runs.
            expected = 403
        elif method == "trace":
            # No address takes it: refused before any view.
            expected = 405
        else:
            # A safe method reaches the view: require_safe refuses all but HEAD.
            expected = 405 if url in SAFE_ONLY and method != "head" else 200
        assert response.status_code == expected, (method, url, response.status_code)
        if expected == 405:
            assert response["Allow"] == "GET, HEAD", url


def test_hostile_host_header_is_refused_cleanly(lenient, newsroom):
    for host in ["evil.example", "testserver\r\nX-Injected: 1", "testserver:abc", "\x00"]:
        assert lenient.get("/", HTTP_HOST=host).status_code == 400


def test_robots_and_sitemaps_keep_their_content_types(lenient, newsroom):
    assert lenient.get("/robots.txt")["Content-Type"].startswith("text/plain")
    for url in ["/sitemap.xml", "/sitemap-news.xml", "/feed/"]:
        assert "xml" in lenient.get(url)["Content-Type"]
