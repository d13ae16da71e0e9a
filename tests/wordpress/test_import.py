"""What an import makes of posts: statuses, times, slugs, taxonomy, authors, bodies, links."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from articles.models import Article, Category, Source, Tag
from tests import factories
from tests.wordpress import builder
from wordpress.importer import run_import

pytestmark = pytest.mark.django_db
UTC = datetime.UTC


@pytest.fixture
def imported(site_export):
    report = run_import(site_export)
    return report, {a.wordpress_id: a for a in Article.objects.all()}


def test_posts_become_articles_and_everything_else_is_counted_and_skipped(imported):
    report, articles = imported
    assert set(articles) == {101, 102, 103, 104, 105, 106}
    assert report.get("articles", "created") == 6
    assert report.get("articles", "skipped") == 1  # the trashed post
    assert report.get("pages", "skipped") == 1
    assert report.get("attachments", "skipped") == 1  # the logo has no parent post
    assert report.get("menu items", "skipped") == 1


def test_the_four_statuses(imported):
    _, articles = imported
    assert articles[101].status == "published" and articles[101].is_published
    scheduled = articles[103]
    assert scheduled.status == "published" and scheduled.is_scheduled
    assert scheduled.published_at == datetime.datetime(2099, 1, 1, 1, 0, tzinfo=UTC)
    for wp_id in (104, 105, 106):
        assert articles[wp_id].status == "draft"


def test_times_come_from_gmt_or_from_jakarta_local_time_for_drafts(imported):
    _, articles = imported
    assert articles[101].published_at == datetime.datetime(2020, 5, 3, 7, 15, tzinfo=UTC)
    # 20:30 UTC on 2 May is 03:30 WIB on 3 May: the URL's date is Jakarta's.
    assert articles[102].get_absolute_url() == "/2020/05/03/gempa-di-lombok/"
    # A draft's GMT time is 0000-00-00: its local time is Jakarta time.
    assert articles[104].published_at == datetime.datetime(2020, 6, 1, 2, 0, tzinfo=UTC)


def test_published_posts_get_what_publishing_needs(imported):
    report, articles = imported
    gempa = articles[102]
    assert gempa.slug == "gempa-di-lombok"  # no WordPress slug: from the title
    assert gempa.lead == (
        "Gempa magnitudo 5,2 mengguncang Lombok. Tidak ada korban jiwa. "
        "Warga sempat panik dan keluar rumah."
    )
    assert gempa.category.name == "Umum"
    assert gempa.missing_to_publish() == []
    assert "post 102: slug derived from the title: 'gempa-di-lombok'" in report.notes
    assert "post 102: no category: filed under Umum" in report.notes
    # The excerpt is the lead, as plain text.
    assert articles[101].lead == "Banjir melanda Jakarta sejak Sabtu malam."


def test_subcategories_map_to_their_top_level_and_come_across_as_tags(imported):
    _, articles = imported
    banjir = articles[101]
    assert banjir.category.slug == "berita"
    assert {t.name for t in banjir.tags.all()} == {"Banjir", "Politik"}
    assert articles[103].category.slug == "olahraga"
    assert Category.objects.filter(slug="politik").count() == 0


def test_a_sub_subcategory_maps_to_the_top(write_export):
    post = builder.item(
        500, "Pilkada serentak", slug="pilkada", categories=[("pilkada", "Pilkada")], content="Isi."
    )
    run_import(write_export(builder.export([post])))
    article = Article.objects.get(wordpress_id=500)
    assert article.category.slug == "berita"
    assert [t.slug for t in article.tags.all()] == ["pilkada"]


def test_uncategorized_maps_to_umum_and_a_second_category_becomes_a_tag(write_export):
    post = builder.item(
        501,
        "Dua kategori",
        slug="dua-kategori",
        content="Isi.",
        categories=[("uncategorized", "Uncategorized"), ("olahraga", "Olahraga"), ("berita", "B")],
    )
    run_import(write_export(builder.export([post])))
    article = Article.objects.get(wordpress_id=501)
    assert article.category.slug == "olahraga"
    assert [t.slug for t in article.tags.all()] == ["berita"]


def test_existing_taxonomy_is_reused_by_slug_or_name(write_export):
    mine = factories.make_category(name="Olahraga", slug="sport")
    tag = factories.make_tag(name="Banjir", slug="banjir")
    run_import(write_export(builder.site()))
    assert Article.objects.get(wordpress_id=103).category == mine
    assert tag in Article.objects.get(wordpress_id=101).tags.all()
    assert Tag.objects.filter(name="Banjir").count() == 1


def test_source_comes_from_custom_fields(imported):
    _, articles = imported
    banjir = articles[101]
    assert banjir.source.name == "Antara"
    assert banjir.source.website == "https://www.antaranews.com/"
    assert banjir.original_url == "https://www.antaranews.com/berita/1/banjir"
    assert Source.objects.count() == 1


def test_a_source_url_alone_names_the_source_by_its_host(write_export):
    post = builder.item(
        502, "Dari URL", slug="dari-url", content="Isi.", meta={"sumber": "https://www.medcom.id/a"}
    )
    run_import(write_export(builder.export([post])))
    article = Article.objects.get(wordpress_id=502)
    assert article.source.name == "medcom.id"
    assert article.original_url == "https://www.medcom.id/a"


def test_authors_become_inactive_staff_without_a_password(imported):
    _, articles = imported
    budi = articles[101].editor
    assert (budi.username, budi.first_name, budi.last_name) == ("budi", "Budi", "Santoso")
    assert budi.is_staff and not budi.is_active and not budi.has_usable_password()
    sari = articles[102].editor
    # A login with a space, and only a display name.
    assert (sari.username, sari.first_name, sari.last_name) == ("sari-dewi", "Sari", "Dewi")


def test_an_existing_account_with_the_login_is_used_and_left_alone(write_export):
    user = factories.make_user(username="budi", is_staff=True, first_name="B")
    run_import(write_export(builder.site()))
    user.refresh_from_db()
    assert Article.objects.get(wordpress_id=101).editor == user
    assert user.is_active and user.has_usable_password() and user.first_name == "B"
    assert get_user_model().objects.filter(username__startswith="budi").count() == 1


def test_bodies_get_paragraphs_figures_and_lose_shortcodes(imported):
    _, articles = imported
    body = articles[101].body
    assert body.startswith(
        "<p>Hujan deras sejak Sabtu malam membuat banjir di Jakarta. Air setinggi satu meter.<br>"
    )
    assert (
        '<figure><img src="https://lama.example/wp-content/uploads/2020/05/banjir-640x480.jpg"'
        in body
    )
    assert "<figcaption>Banjir di Kampung Melayu, Minggu pagi.</figcaption></figure>" in body
    assert "<ul>\n<li>Kampung Melayu</li>" in body and "<p><ul>" not in body
    assert "<p>https://www.youtube.com/watch?v=abc123</p>" in body
    assert "[" not in body
    # <pre> is not in the article allowlist: its lines stay lines.
    assert "<p>Tinggi muka air:<br>Katulampa   150 cm<br><br>Manggarai   850 cm</p>" in body


def test_links_between_imported_posts_point_at_the_new_articles(imported):
    _, articles = imported
    body = articles[101].body
    gempa = articles[102].get_absolute_url()
    assert f'<a href="{gempa}">gempa kemarin</a>' in body
    assert f'<a href="{gempa}">laporan lengkapnya</a>' in body
    assert '<a href="/tag/politik/">berita politik</a>' in body
    # The source's "Baca:" link points at another site: left as it was.
    assert '<p>Baca: <a href="https://www.medcom.id/nasional/banjir">' in body


def test_a_link_to_a_later_post_is_rewritten_too(write_export):
    first = builder.item(
        600,
        "Pertama",
        slug="pertama",
        content='Lihat <a href="https://lama.example/2020/05/kedua/">kedua</a>.',
    )
    second = builder.item(601, "Kedua", slug="kedua", content="Isi.")
    run_import(write_export(builder.export([first, second])))
    body = Article.objects.get(wordpress_id=600).body
    assert '<a href="/2020/05/03/kedua/">kedua</a>' in body


def test_a_taken_slug_on_the_same_date_gets_a_suffix(write_export):
    factories.make_article(
        slug="banjir-melanda-jakarta",
        published_at=datetime.datetime(2020, 5, 3, 1, 0, tzinfo=UTC),
    )
    report = run_import(write_export(builder.site()))
    assert Article.objects.get(wordpress_id=101).slug == "banjir-melanda-jakarta-2"
    assert any("'banjir-melanda-jakarta-2'" in note for note in report.notes)
    # And it keeps that slug on the next run.
    again = run_import(write_export(builder.site()))
    assert Article.objects.get(wordpress_id=101).slug == "banjir-melanda-jakarta-2"
    assert again.get("articles", "unchanged") == 6


def test_a_published_post_without_a_body_becomes_a_draft(write_export):
    empty = builder.item(700, "Kosong", slug="kosong", content="  ")
    locked = builder.item(701, "Terkunci", slug="terkunci", content="Isi.", password="rahasia")
    report = run_import(write_export(builder.export([empty, locked])))
    assert Article.objects.get(wordpress_id=700).status == "draft"
    assert Article.objects.get(wordpress_id=701).status == "draft"
    assert "post 700: no body: imported as a draft" in report.notes
    assert "post 701: password-protected on WordPress: imported as a draft" in report.notes


def test_percent_encoded_and_missing_slugs(write_export):
    posts = [
        builder.item(800, "Kopi Gayo", slug="kopi-gayo-%e2%98%95", content="Isi."),
        builder.item(801, "日本", slug="%e6%97%a5%e6%9c%ac", content="Isi."),
    ]
    run_import(write_export(builder.export(posts)))
    assert Article.objects.get(wordpress_id=800).slug == "kopi-gayo"
    assert Article.objects.get(wordpress_id=801).slug == "artikel-801"


def test_closed_comments_stay_closed(write_export):
    post = builder.item(900, "Tutup", slug="tutup", content="Isi.", comment_status="closed")
    run_import(write_export(builder.export([post])))
    assert Article.objects.get(wordpress_id=900).comments_open is False


def test_scheduled_article_appears_when_its_time_comes(imported):
    _, articles = imported
    assert articles[103] not in Article.objects.published()
    assert articles[103] in Article.objects.filter(
        Article.published_condition(datetime.datetime(2099, 1, 2, tzinfo=UTC))
    )
    assert timezone.localdate(articles[103].published_at) == datetime.date(2099, 1, 1)


def test_two_logins_that_reduce_to_one_username_stay_two_users(write_export):
    authors = [
        *builder.AUTHORS,
        {"login": "sari-dewi", "email": "", "display": "Sari D.", "first": "", "last": ""},
    ]
    posts = [
        builder.item(950, "Satu", slug="satu", content="Isi.", creator="sari dewi"),
        builder.item(951, "Dua", slug="dua", content="Isi.", creator="sari-dewi"),
    ]
    path = write_export(builder.export(posts, authors=authors))
    run_import(path)
    run_import(path)
    assert Article.objects.get(wordpress_id=950).editor.username == "sari-dewi"
    assert Article.objects.get(wordpress_id=951).editor.username == "sari-dewi-2"
    assert get_user_model().objects.filter(username__startswith="sari").count() == 2
