"""Links in a body lead where the editor meant: a schemeless address gets https://."""

import pytest

from articles.models import Article
from articles.sanitize import link_address, sanitize_article_html
from tests.factories import make_article

COMPLETED = [
    ("www.kompas.com/berita", "https://www.kompas.com/berita"),
    ("kompas.com", "https://kompas.com"),
    ("Kompas.com/berita/2024?hal=2#isi", "https://Kompas.com/berita/2024?hal=2#isi"),
    ("detik.co.id/x", "https://detik.co.id/x"),
    ("  www.kompas.com  ", "https://www.kompas.com"),
    ("redaksi@kabar.example", "mailto:redaksi@kabar.example"),
]


@pytest.mark.parametrize(("typed", "href"), COMPLETED)
def test_an_address_typed_without_its_scheme_gets_https(typed, href):
    assert link_address(typed) == href
    html = f'<p>Baca <a href="{typed}">beritanya</a>.</p>'
    assert sanitize_article_html(html) == f'<p>Baca <a href="{href}">beritanya</a>.</p>'


KEPT = [
    "/2024/01/02/slug/",
    "#anchor",
    "https://www.kompas.com/berita",
    "http://kabar.example/",
    "mailto:redaksi@kabar.example",
    # A file name, not a host: left as it was typed.
    "laporan.pdf",
]


@pytest.mark.parametrize("href", KEPT)
def test_this_sites_paths_anchors_and_full_addresses_stay(href):
    html = f'<p><a href="{href}">tautan</a></p>'
    assert sanitize_article_html(html) == html


UNWRAPPED = [
    '<p>Klik <a href="javascript:alert(1)">di sini</a>.</p>',
    '<p>Klik <a href="">di sini</a>.</p>',
    '<p>Klik <a href="   ">di sini</a>.</p>',
    '<p>Klik <a href="https://">di sini</a>.</p>',
    '<p>Klik <a title="judul">di sini</a>.</p>',
    '<p>Klik <a href="data:text/html,x">di sini</a>.</p>',
]


@pytest.mark.parametrize("html", UNWRAPPED)
def test_a_link_left_without_an_address_keeps_only_its_text(html):
    assert sanitize_article_html(html) == "<p>Klik di sini.</p>"


def test_only_the_empty_link_is_unwrapped():
    html = '<p><a href="kompas.com">a</a> <a href="">b</a> <strong><a href="#c">c</a></strong></p>'
    assert sanitize_article_html(html) == (
        '<p><a href="https://kompas.com">a</a> b <strong><a href="#c">c</a></strong></p>'
    )


@pytest.mark.django_db
def test_a_saved_body_links_to_the_other_site():
    article = make_article(
        body='<p><a href="www.kompas.com/berita">Kompas</a> <a href="">kosong</a></p>'
    )
    assert Article.objects.get(pk=article.pk).body == (
        '<p><a href="https://www.kompas.com/berita">Kompas</a> kosong</p>'
    )
