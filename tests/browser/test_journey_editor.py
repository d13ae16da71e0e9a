"""An editor writes, schedules, previews, publishes and unpublishes in the admin."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from articles.models import Article
from tests.browser.journeys_helpers import (
    PASSWORD,
    assert_indonesian,
    login,
    newsroom_groups,
    paste,
    watch,
)
from tests.factories import make_article, make_category, make_source, make_tag, make_user

pytestmark = pytest.mark.django_db(transaction=True)

TITLE = "Pemerintah Umumkan Jadwal Mudik Gratis 2025"


@pytest.fixture
def newsroom(transactional_db):
    newsroom_groups()
    editor = make_user(
        groups=["Editor"], is_staff=True, username="redaktur", password=PASSWORD, initials="RED"
    )
    return {
        "editor": editor,
        "category": make_category(name="Nasional", slug="nasional"),
        "tags": [make_tag(name="Mudik", slug="mudik"), make_tag(name="Lebaran", slug="lebaran")],
        "source": make_source(name="Medcom.id", slug="medcom-id", website="https://www.medcom.id"),
        "earlier": make_article(title="Tiket Kereta Lebaran Ludes", slug="tiket-kereta-ludes"),
    }


def choose(page, field_id, text):
    """Pick ``text`` in an autocomplete (select2) field, typing as an editor would."""
    page.locator(f"#{field_id} + .select2 .select2-selection").click()
    search = page.locator(".select2-container--open .select2-search__field")
    search.fill(text)
    page.locator(".select2-results__option", has_text=text).first.click()


def fill_published_at(page, when):
    local = timezone.localtime(when)
    page.locator("#id_published_at_0").fill(local.strftime("%Y-%m-%d"))
    page.locator("#id_published_at_1").fill(local.strftime("%H:%M:%S"))


def test_editor_schedules_previews_publishes_and_unpublishes(page, browser, live_server, newsroom):
    problems = watch(page)
    login(page, "redaktur")
    page.goto("/admin/articles/article/add/")
    page.get_by_label(re.compile("^Judul")).press_sequentially(TITLE)
    expect(page.locator("#id_slug")).to_have_value("pemerintah-umumkan-jadwal-mudik-gratis-2025")
    page.locator("#id_lead").fill("Kuota mudik gratis tahun ini bertambah.")
    earlier = newsroom["earlier"]
    paste(
        page,
        "<p>Pemerintah membuka pendaftaran mudik gratis.</p>"
        f'<p>Baca: <a href="{earlier.get_absolute_url()}">{earlier.title}</a></p>'
        "<p>Pendaftaran dibuka mulai pekan depan.</p>",
    )
    page.locator("#id_dateline").fill("Jakarta")
    page.locator("#id_status").select_option(Article.Status.PUBLISHED)
    fill_published_at(page, timezone.now() + timedelta(days=2))
    choose(page, "id_category", "Nasional")
    choose(page, "id_tags", "Mudik")
    choose(page, "id_tags", "Lebar")
    choose(page, "id_source", "Medcom")
    page.locator("input[name=_continue]").click()
    expect(page.locator(".messagelist")).to_contain_text(TITLE)

    article = Article.objects.get(title=TITLE)
    assert article.editor == newsroom["editor"]
    assert sorted(article.tags.values_list("slug", flat=True)) == ["lebaran", "mudik"]
    assert article.is_scheduled

    # A reader who guesses the address sees a 404 in Indonesian.
    reader = browser.new_context(base_url=live_server.url).new_page()
    response = reader.goto(article.get_absolute_url())
    assert response.status == 404
    assert_indonesian(reader)

    # The editor previews it from the admin.
    href = page.get_by_role("link", name="Lihat di situs").get_attribute("href")
    page.goto(href)
    expect(page.locator("h1")).to_have_text(TITLE)
    expect(page.locator(".preview-banner")).to_contain_text("terjadwal")
    expect(page.get_by_text("Artikel ini bersumber dari www.medcom.id.")).to_be_visible()
    expect(page.get_by_text("(RED)")).to_be_visible()
    expect(page.locator(".article__body")).to_contain_text("Jakarta")
    baca = page.locator(".article__body").get_by_role("link", name=earlier.title)
    expect(baca).to_have_attribute("href", earlier.get_absolute_url())

    # Publish now: the home page shows it.
    page.goto(f"/admin/articles/article/{article.pk}/change/")
    fill_published_at(page, timezone.now() - timedelta(minutes=1))
    page.locator("input[name=_save]").click()
    expect(page.locator(".messagelist")).to_be_visible()
    article.refresh_from_db()  # the address carries the new publication date
    assert article.is_published
    reader.goto("/")
    expect(reader.locator("main").get_by_role("link", name=TITLE).first).to_be_visible()
    reader.goto(article.get_absolute_url())
    expect(reader.locator("h1")).to_have_text(TITLE)

    # Bulk unpublish from the list.
    page.goto("/admin/articles/article/")
    row = page.locator("#result_list tr", has_text=TITLE)
    expect(row).to_contain_text("Terbit")
    row.locator("input.action-select").check()
    page.locator("select[name=action]").select_option("unpublish")
    page.locator("button[name=index]").click()
    expect(page.locator(".messagelist")).to_contain_text("1 artikel dikembalikan ke draf.")
    expect(page.locator("#result_list tr", has_text=TITLE)).to_contain_text("Draf")
    assert reader.goto(article.get_absolute_url()).status == 404
    reader.goto("/")
    expect(reader.locator("main").get_by_role("link", name=TITLE)).to_have_count(0)
    reader.context.close()
    assert not problems, problems


def test_editor_cannot_open_users_or_comments(page, newsroom):
    login(page, "redaktur")
    nav = page.locator("#content-main")
    expect(nav.get_by_role("rowheader", name="Artikel", exact=True)).to_be_visible()
    expect(nav.locator('a[href="/admin/auth/user/"]')).to_have_count(0)
    expect(nav.locator('a[href="/admin/comments/comment/"]')).to_have_count(0)
    for path in ["/admin/auth/user/", "/admin/comments/comment/", "/admin/auth/group/"]:
        response = page.goto(path)
        assert response.status == 403, (path, response.status)


def test_publishing_a_scheduled_article_from_the_list_puts_it_live(page, newsroom):
    article = make_article(
        title="Terjadwal untuk lusa", published_at=timezone.now() + timedelta(days=2)
    )
    login(page, "redaktur")
    page.goto("/admin/articles/article/")
    row = page.locator("#result_list tr", has_text=article.title)
    expect(row).to_contain_text("Terjadwal")
    row.locator("input.action-select").check()
    page.locator("select[name=action]").select_option("publish")
    page.locator("button[name=index]").click()
    # "Terbitkan" on a scheduled article means now, not "0 artikel diterbitkan".
    expect(page.locator(".messagelist")).to_contain_text("1 artikel diterbitkan.")
    expect(page.locator("#result_list tr", has_text=article.title)).to_contain_text("Terbit")
    article.refresh_from_db()
    assert article.is_published


def test_admin_pages_have_an_icon(page, newsroom):
    """Browsers ask every admin page for /favicon.ico; it should not be a 404."""
    login(page, "redaktur")
    # The admin's pages name no icon of their own, so browsers ask for
    # /favicon.ico: it leads to the site's icon, an SVG image.
    answer = page.request.get("/favicon.ico")
    assert answer.status == 200
    assert answer.url.endswith(".svg") and "favicon" in answer.url
    assert answer.headers["content-type"].startswith("image/svg+xml")


def test_a_title_s_decimal_keeps_its_digits_apart_in_the_address(page, newsroom):
    login(page, "redaktur")
    # Only the address is looked at: no autosave of the typed title races the
    # database's teardown when the page closes.
    page.route(re.compile(r"/simpan-otomatis/"), lambda route: route.abort())
    page.goto("/admin/articles/article/add/")
    page.locator("#id_title").fill("Gempa M 5,6 Guncang Cianjur, 1.200 Rumah Rusak")
    page.locator("#id_title").press("End")  # the admin fills the address on keyup
    expect(page.locator("#id_slug")).to_have_value("gempa-m-5-6-guncang-cianjur-1-200-rumah-rusak")
    page.goto("about:blank")  # the form's scripts stop before the database is emptied
