"""Old WordPress addresses answer 301 to the imported articles; nothing else changes."""

import datetime

import pytest
from django.test import Client

from articles.models import Article
from tests import factories
from tests.wordpress import builder
from wordpress.importer import run_import

pytestmark = pytest.mark.django_db


@pytest.fixture
def articles(site_export):
    run_import(site_export)
    return {a.wordpress_id: a for a in Article.objects.all()}


def _moved(client, url):
    response = client.get(url)
    assert response.status_code == 301, (url, response.status_code)
    return response["Location"]


def test_query_post_id_redirects_to_the_article(client, articles):
    assert _moved(client, "/?p=101") == "/2020/05/03/banjir-melanda-jakarta/"
    assert _moved(client, "/?page_id=102") == "/2020/05/03/gempa-di-lombok/"
    followed = client.get("/?p=101", follow=True)
    assert followed.status_code == 200
    assert "Banjir melanda Jakarta" in followed.content.decode()


@pytest.mark.parametrize("query", ["p=103", "p=104", "p=301", "page_id=301", "p=99999", "p=0"])
def test_only_published_posts_are_targets(client, articles, query):
    # Scheduled, draft, a page (not imported), unknown, zero.
    assert client.get(f"/?{query}").status_code == 404


def test_huge_and_odd_ids_do_not_break_the_home_page(client, articles):
    assert client.get("/?p=99999999999999999999999").status_code == 404
    assert client.get("/?p=abc").status_code == 200


def test_the_home_page_stays_one_kept_page_with_no_query(
    client, articles, django_assert_num_queries
):
    assert client.get("/").status_code == 200
    with django_assert_num_queries(0):
        assert client.get("/").status_code == 200


def test_permalink_shapes_redirect(client, articles):
    banjir = "/2020/05/03/banjir-melanda-jakarta/"
    assert _moved(client, "/2020/05/banjir-melanda-jakarta/") == banjir
    assert _moved(client, "/berita/banjir-melanda-jakarta/") == banjir
    assert _moved(client, "/berita/politik/banjir-melanda-jakarta/") == banjir
    assert _moved(client, "/category/berita/") == "/kategori/berita/"
    assert _moved(client, "/category/berita/politik/") == "/tag/politik/"


def test_a_dated_address_from_another_time_zone_redirects(client, articles):
    # WordPress dated the post 2 May (UTC); Kabar dates it 3 May (WIB).
    assert _moved(client, "/2020/05/02/gempa-di-lombok/") == "/2020/05/03/gempa-di-lombok/"
    # Kabar's own address is answered by Kabar, not redirected.
    assert client.get("/2020/05/03/gempa-di-lombok/").status_code == 200
    assert client.get("/2020/04/20/gempa-di-lombok/").status_code == 404


def test_kabar_addresses_are_never_shadowed(client, articles):
    assert client.get("/kategori/tidak-ada/").status_code == 404
    assert client.get("/kategori/berita/").status_code == 200
    assert client.get("/tag/banjir/").status_code == 200
    assert client.get("/sumber/x/banjir-melanda-jakarta/").status_code == 404
    assert client.get("/komentar/x/banjir-melanda-jakarta/").status_code == 404
    assert client.get("/feed/").status_code == 200


def test_unknown_old_addresses_answer_404(client, articles):
    for url in ["/2020/05/tidak-ada/", "/berita/tidak-ada/", "/category/tidak-ada/"]:
        assert client.get(url).status_code == 404, url
    assert client.get("/2020/13/banjir-melanda-jakarta/").status_code == 404
    # Not a category path: no lookup, and no slash added to reach one.
    assert client.get("/../../etc/passwd").status_code == 404
    assert client.get("/a/b/c/d/e/banjir-melanda-jakarta/").status_code == 404
    assert client.get("/2020/05/03/jadwal-pemilu/").status_code == 404


def test_articles_of_kabar_own_are_redirect_targets_only_when_published(client, db):
    draft = factories.make_article(status="draft", slug="draf-saja")
    day = draft.publication_date
    assert client.get(f"/{day:%Y/%m}/draf-saja/").status_code == 404


def test_redirects_are_permanent_and_plain(articles):
    response = Client().get("/?p=101")
    assert response.status_code == 301
    assert not response.cookies


# A slug in another script: WordPress keeps it percent-encoded, Kabar's
# slugs are ASCII, so the article gets its slug from its title.
JAPANESE = "日本の地震"
ENCODED = "%e6%97%a5%e6%9c%ac%e3%81%ae%e5%9c%b0%e9%9c%87"


def _non_latin_export() -> str:
    from tests.wordpress import builder

    post = builder.item(
        501,
        "Gempa di Jepang",
        slug=ENCODED,
        content="<p>Gempa bumi mengguncang Jepang pada Minggu pagi.</p>",
        excerpt="Gempa bumi mengguncang Jepang.",
        categories=[("berita", "Berita")],
    )
    return builder.export([post])


@pytest.fixture
def non_latin(write_export):
    run_import(write_export(_non_latin_export()))
    return Article.objects.get(wordpress_id=501)


def test_a_slug_in_another_script_keeps_its_old_addresses(client, non_latin):
    assert non_latin.slug == "gempa-di-jepang"
    assert non_latin.wordpress_slug == JAPANESE
    new = "/2020/05/03/gempa-di-jepang/"
    # As a browser asks for them: percent-encoded UTF-8.
    assert _moved(client, f"/2020/05/03/{ENCODED.upper()}/") == new
    assert _moved(client, f"/2020/05/03/{ENCODED}/") == new
    assert _moved(client, f"/2020/05/{ENCODED}/") == new
    assert client.get(new).status_code == 200


def test_a_second_import_of_it_changes_nothing(write_export, non_latin):
    before = Article.objects.get(pk=non_latin.pk).updated_at
    run_import(write_export(_non_latin_export(), "again.xml"))
    assert Article.objects.get(pk=non_latin.pk).updated_at == before


@pytest.mark.parametrize(
    "path",
    [
        "/2020/05/03/%00/",
        "/2020/05/03/%E6%97%A5/",
        "/2020/05/03/a%0Ab/",
        "/2020/13/03/%E6%97%A5/",
        "/2020/02/31/%E6%97%A5/",
        f"/2020/05/{'%E6%97%A5' * 300}/",
        "/99999999999999999999/05/03/%E6%97%A5/",
    ],
)
def test_odd_dated_addresses_answer_404(client, non_latin, path):
    assert client.get(path).status_code == 404


def test_a_post_whose_slug_clashed_on_its_date_keeps_its_own_permalink(write_export):
    """The "-2" case: the post's old address leads to it, not to the article holding its slug."""
    kabar_own = factories.make_article(
        slug="banjir-melanda-jakarta",
        published_at=datetime.datetime(2020, 5, 3, 1, 0, tzinfo=datetime.UTC),
    )
    run_import(write_export(builder.site()))
    clashed = Article.objects.get(wordpress_id=101)
    assert clashed.slug == "banjir-melanda-jakarta-2"
    client = Client()
    assert _moved(client, "/2020/05/banjir-melanda-jakarta/") == clashed.get_absolute_url()
    # Kabar's own article keeps its own address.
    assert client.get(kabar_own.get_absolute_url()).status_code == 200
    assert kabar_own.title in client.get(kabar_own.get_absolute_url()).content.decode()
    # A second run changes nothing, and the old address still leads there.
    again = run_import(write_export(builder.site()))
    assert again.get("articles", "unchanged") == 6
    assert _moved(client, "/2020/05/banjir-melanda-jakarta/") == clashed.get_absolute_url()


def test_any_permalink_structure_redirects(client, write_export):
    custom = [
        builder.item(
            601,
            "Kurs rupiah stabil",
            slug="kurs-rupiah-stabil",
            link=f"{builder.SITE}/kurs-rupiah-stabil/",
            content="Kurs rupiah stabil pekan ini.",
        ),
        builder.item(
            602,
            "Pasar saham menguat",
            slug="pasar-saham-menguat",
            link=f"{builder.SITE}/berita/ekonomi/602-pasar-saham-menguat.html",
            content="Indeks saham menguat.",
        ),
        builder.item(
            603,
            "Harga emas turun",
            slug="harga-emas-turun",
            link=f"{builder.SITE}/?p=603",
            content="Harga emas turun.",
        ),
    ]
    path = write_export(builder.site(extra_items=custom))
    run_import(path)
    run_import(path)  # again: nothing doubles
    kurs = Article.objects.get(wordpress_id=601).get_absolute_url()
    saham = Article.objects.get(wordpress_id=602).get_absolute_url()
    assert _moved(client, "/kurs-rupiah-stabil/") == kurs
    assert _moved(client, "/berita/ekonomi/602-pasar-saham-menguat.html") == saham
    assert client.head("/kurs-rupiah-stabil/").status_code == 301
    # "/" is the home page, never an old permalink; a "?p=" link is read by its query.
    assert client.get("/").status_code == 200
    assert _moved(client, "/?p=603") == Article.objects.get(wordpress_id=603).get_absolute_url()
    # Paths no article ever had still answer 404, and a missing slash is still added.
    assert client.get("/tidak-pernah-ada/").status_code == 404
    assert client.get("/berita/ekonomi/lain.html").status_code == 404
    assert _moved(client, "/kategori/politik") == "/kategori/politik/"
    assert client.post("/kurs-rupiah-stabil/").status_code in (403, 404, 405)
