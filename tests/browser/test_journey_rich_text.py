"""An editor writes an article's body in the rich-text editor; readers see what was written."""

import importlib
import io
import re
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from PIL import Image, ImageDraw
from playwright.sync_api import expect

from articles.models import Article
from articles.photos.models import Photo
from articles.photos.services import photo_set_image
from articles.photos.uploads import check_upload
from tests.articles.test_rich_text import DOCS_CLIPBOARD, WORD_CLIPBOARD
from tests.browser.checkers import axe_violations
from tests.browser.journeys_helpers import (
    PASSWORD,
    body_editor,
    login,
    newsroom_groups,
    paste,
    watch,
)
from tests.factories import make_article, make_category, make_user
from tests.poll.factories import default_options

pytestmark = pytest.mark.django_db(transaction=True)

TITLE = "Pemudik Diminta Berangkat Lebih Awal"
SEED_SLUG = "nato-rusia-serang-kota-kota-ukraina-karena-kalah-di-medan-perang"


@pytest.fixture
def newsroom(transactional_db):
    newsroom_groups()
    editor = make_user(
        groups=["Editor"], is_staff=True, username="redaktur", password=PASSWORD, initials="RED"
    )
    return {"editor": editor, "category": make_category(name="Nasional", slug="nasional")}


def choose(page, field_id, text):
    page.locator(f"#{field_id} + .select2 .select2-selection").click()
    page.locator(".select2-container--open .select2-search__field").fill(text)
    page.locator(".select2-results__option", has_text=text).first.click()


def fill_published_at(page, when):
    local = timezone.localtime(when)
    page.locator("#id_published_at_0").fill(local.strftime("%Y-%m-%d"))
    page.locator("#id_published_at_1").fill(local.strftime("%H:%M:%S"))


def toolbar(page, name):
    return page.locator(".prose-menubar").get_by_role("button", name=name, exact=True)


def block_type(page, name):
    """Pick a block type (paragraph, H2, ...) in the toolbar's list."""
    page.locator(".prose-menubar__selected").click()
    page.locator(".prose-menubar__picker").get_by_role("button", name=name).click()


def test_editor_writes_a_story_in_the_rich_text_editor(page, browser, live_server, newsroom):
    problems = watch(page)
    login(page, "redaktur")
    page.goto("/admin/articles/article/add/")
    page.get_by_label(re.compile("^Judul")).press_sequentially(TITLE)
    page.locator("#id_lead").fill("Jalur selatan diperkirakan padat mulai Kamis.")

    area = body_editor(page)
    area.click()
    block_type(page, "Subjudul (H2)")
    page.keyboard.type("Antrean di Jalur Selatan")
    page.keyboard.press("Enter")
    page.keyboard.type("Pemudik diminta ")
    toolbar(page, "Tebal").click()
    page.keyboard.type("berangkat lebih awal")
    toolbar(page, "Tebal").click()
    page.keyboard.type(". Jadwal ada di situs resmi")
    # ProseMirror reads typed text back from the page after the keys: the
    # selection keys wait until the text is in the document.
    expect(area).to_contain_text("berangkat lebih awal. Jadwal ada di situs resmi")
    for _ in range(len("situs resmi")):
        page.keyboard.press("Shift+ArrowLeft")
    toolbar(page, "Sisipkan tautan").click()
    dialog = page.locator("dialog.prose-editor-dialog")
    dialog.get_by_label("Alamat (URL)").fill("https://mudik.example.go.id/jadwal/")
    dialog.get_by_role("button", name="Simpan").click()
    # The dialog hands the focus back to the text once it has linked the
    # selection; keys pressed before then go elsewhere, or replace the text.
    expect(dialog).to_be_hidden()
    link = area.locator('a[href="https://mudik.example.go.id/jadwal/"]')
    expect(link).to_have_text("situs resmi")
    expect(area).to_be_focused()
    page.keyboard.press("End")
    page.keyboard.type(".")
    page.keyboard.press("Enter")
    toolbar(page, "Daftar berbutir").click()
    page.keyboard.type("Bawa air minum")
    page.keyboard.press("Enter")
    page.keyboard.type("Istirahat tiap empat jam")

    page.locator("#id_status").select_option(Article.Status.PUBLISHED)
    fill_published_at(page, timezone.now() - timedelta(minutes=1))
    choose(page, "id_category", "Nasional")
    page.locator("input[name=_continue]").click()
    expect(page.locator(".messagelist")).to_contain_text(TITLE)

    article = Article.objects.get(title=TITLE)
    assert article.is_published
    assert article.body == (
        "<h2>Antrean di Jalur Selatan</h2>"
        "<p>Pemudik diminta <strong>berangkat lebih awal</strong>. Jadwal ada di "
        '<a href="https://mudik.example.go.id/jadwal/">situs resmi</a>.</p>'
        "<ul><li>Bawa air minum</li><li>Istirahat tiap empat jam</li></ul>"
    )

    reader = browser.new_context(base_url=live_server.url).new_page()
    reader.goto(article.get_absolute_url())
    body = reader.locator(".article__body")
    expect(body.locator("h2")).to_have_text("Antrean di Jalur Selatan")
    expect(body.locator("strong")).to_have_text("berangkat lebih awal")
    link = body.get_by_role("link", name="situs resmi")
    expect(link).to_have_attribute("href", "https://mudik.example.go.id/jadwal/")
    expect(body.locator("ul > li")).to_have_text(["Bawa air minum", "Istirahat tiap empat jam"])
    reader.context.close()
    assert not problems, problems


def reader_body(browser, live_server, path) -> str:
    """The article body as a reader's browser gets it, fresh from the server."""
    cache.clear()
    context = browser.new_context(base_url=live_server.url)
    page = context.new_page()
    page.goto(path)
    html = page.locator(".article__body").inner_html()
    context.close()
    return html


def test_the_seed_article_opens_in_the_editor_and_saves_unchanged(
    page, browser, live_server, newsroom
):
    default_options()
    call_command("load_demo", verbosity=0)
    seed = Article.objects.get(slug=SEED_SLUG)
    stored = seed.body
    before = reader_body(browser, live_server, seed.get_absolute_url())
    problems = watch(page)
    login(page, "redaktur")
    change = reverse("admin:articles_article_change", args=[seed.pk])
    page.goto(change)
    area = body_editor(page)
    expect(area.locator("p")).to_have_count(stored.count("<p>"))
    expect(area.get_by_role("link", name=re.compile("^Enggak Pake Lama"))).to_be_visible()

    # Saved untouched.
    page.locator("input[name=_continue]").click()
    expect(page.locator(".messagelist")).to_contain_text(seed.title)
    seed.refresh_from_db()
    assert seed.body == stored

    # Touched and put back: the editor now sends the body as it writes it.
    area = body_editor(page)
    area.locator("p").first.click()
    page.keyboard.press("End")
    page.keyboard.type("x")
    page.keyboard.press("Backspace")
    sent = page.locator("#id_body").input_value()
    assert sent != stored and "\n" not in sent
    # This page already shows the first save's message: wait for the next one.
    with page.expect_navigation():
        page.locator("input[name=_continue]").click()
    expect(page.locator(".messagelist")).to_contain_text(seed.title)
    seed.refresh_from_db()
    assert seed.body == stored
    assert reader_body(browser, live_server, seed.get_absolute_url()) == before
    assert not problems, problems


def library_photo(alt: str, colour: str) -> Photo:
    """A photo stored as the photo admin stores an upload."""
    checked = check_upload(SimpleUploadedFile("foto.jpg", jpeg(colour), "image/jpeg"))
    return photo_set_image(Photo(alt_text=alt, caption="Keterangan", credit="Kabar"), checked)


def load_icons(page) -> None:
    """The toolbar's icons are a font's ligatures: axe tells them from text once it is there."""
    page.evaluate(
        """async () => {
            await document.fonts.load('24px "Material Icons"')
            await document.fonts.ready
        }"""
    )


def test_the_article_form_has_no_serious_accessibility_problem(
    browser, live_server, newsroom, media
):
    library_photo("Pasar tradisional di Bogor", "maroon")
    article = make_article(
        editor=newsroom["editor"],
        body=(
            "<h2>Subjudul</h2><p>Teks <strong>tebal</strong>, <em>miring</em> dan "
            '<a href="https://kabar.example/">tautan</a>.</p><ul><li>Satu</li></ul>'
            "<ol><li>Dua</li></ol><blockquote><p>Kutipan.</p></blockquote>"
        ),
    )
    # axe is injected as an inline script: this context alone lets it run.
    context = browser.new_context(base_url=live_server.url, bypass_csp=True)
    page = context.new_page()
    try:
        login(page, "redaktur")
        found = {}

        def check(name):
            if violations := axe_violations(page):
                found[name] = violations

        for name, url in {
            "add": reverse("admin:articles_article_add"),
            "change": reverse("admin:articles_article_change", args=[article.pk]),
        }.items():
            page.goto(url)
            body_editor(page)
            load_icons(page)
            check(name)
        body_editor(page).get_by_text("tautan").dblclick()
        toolbar(page, "Sisipkan tautan").click()
        expect(page.locator("dialog.prose-editor-dialog")).to_be_visible()
        check("link dialog")
        page.keyboard.press("Escape")
        toolbar(page, "Sisipkan foto dari pustaka foto").click()
        picker = page.get_by_role("dialog", name="Pilih foto")
        expect(picker.get_by_role("listitem")).to_have_count(1)
        check("photo picker")
        assert found == {}, found
    finally:
        context.close()


@pytest.mark.parametrize(
    ("clipboard", "expected"),
    [
        (
            WORD_CLIPBOARD,
            "<h2>Stok Beras Aman</h2>"
            "<p>Menurut <strong>Bulog</strong>, stok <em>cukup</em> hingga "
            '<a href="https://www.bulog.co.id/">Lebaran</a>.</p>'
            "<ul><li>Beras medium</li><li>Beras premium</li></ul>"
            "<ol><li>Cek gudang</li><li>Salurkan ke pasar</li></ol>"
            "<p><em>“Kami siap,” katanya.</em></p>",
        ),
        (
            DOCS_CLIPBOARD,
            "<h2>Harga Cabai Turun</h2>"
            "<p>Harga cabai di <strong>Pasar Induk</strong><em> turun tajam</em>, kata "
            '<a href="https://www.kemendag.go.id/">Kemendag</a>.</p>'
            "<ul><li>Cabai rawit</li><li>Cabai merah</li></ul>",
        ),
    ],
    ids=["word", "google-docs"],
)
def test_a_paste_from_word_or_google_docs_is_stored_clean(page, newsroom, clipboard, expected):
    problems = watch(page)
    login(page, "redaktur")
    page.goto("/admin/articles/article/add/")
    page.get_by_label(re.compile("^Judul")).fill("Tempelan")
    paste(page, clipboard)
    expect(body_editor(page).locator("ul li").first).to_be_visible()
    page.locator("input[name=_continue]").click()
    expect(page.locator(".messagelist")).to_contain_text("Tempelan")
    assert Article.objects.get(title="Tempelan").body == expected
    assert not problems, problems


# --- Photos, then the article's history ----------------------------------------------


@pytest.fixture
def media(settings, tmp_path, newsroom):
    """The photos of this test, in a media folder of their own; editors may add them.

    ``newsroom_groups`` rebuilds the groups from the first data migration
    only: the photo library's migration gives editors its permissions.
    """
    photo_migration = importlib.import_module("articles.migrations.0009_photo_library")
    Group.objects.get(name="Editor").permissions.add(
        *Permission.objects.filter(
            content_type__app_label="articles", codename__in=photo_migration.PHOTO_CODENAMES
        )
    )
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


def jpeg(colour: str) -> bytes:
    image = Image.new("RGB", (1800, 1200), colour)
    ImageDraw.Draw(image).rectangle((0, 0, 600, 400), fill="white")
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()


def upload_photo(page, *, file_name, colour, alt, caption, credit) -> Photo:
    page.goto(reverse("admin:articles_photo_add"))
    page.get_by_label("Berkas foto").set_input_files(
        {"name": file_name, "mimeType": "image/jpeg", "buffer": jpeg(colour)}
    )
    page.get_by_label(re.compile("^Teks alternatif")).fill(alt)
    page.get_by_label(re.compile("^Keterangan")).fill(caption)
    page.get_by_label(re.compile("^Kredit")).fill(credit)
    page.locator("input[name=_save]").click()
    expect(page.locator(".messagelist")).to_be_visible()
    return Photo.objects.get(alt_text=alt)


def shows_webp(reader, picture) -> None:
    """``picture`` offers WebP sizes and the browser shows one of them."""
    expect(picture.locator("source[type='image/webp']")).to_have_attribute(
        "srcset", re.compile(r"\.webp \d+w")
    )
    image = picture.locator("img")
    expect(image).to_have_attribute("srcset", re.compile(r" \d+w"))
    image.scroll_into_view_if_needed()
    reader.wait_for_function(
        "img => img.complete && img.naturalWidth > 0", arg=image.element_handle()
    )
    assert image.evaluate("img => img.currentSrc").endswith(".webp")


def test_editor_illustrates_a_story_then_restores_its_first_version(
    page, browser, live_server, newsroom, media
):
    problems = watch(page)
    login(page, "redaktur")
    featured = upload_photo(
        page,
        file_name="terminal.jpg",
        colour="navy",
        alt="Pemudik menunggu bus di Terminal Kampung Rambutan",
        caption="Antrean pemudik di Kampung Rambutan",
        credit="Foto: Kabar/Rina",
    )
    inline = upload_photo(
        page,
        file_name="tol.jpg",
        colour="darkgreen",
        alt="Kendaraan padat di tol Cikampek",
        caption="Arus mudik di tol Cikampek",
        credit="Foto: Kabar/Dedi",
    )

    page.goto(reverse("admin:articles_article_add"))
    page.get_by_label(re.compile("^Judul")).press_sequentially(TITLE)
    page.locator("#id_lead").fill("Jalur selatan diperkirakan padat mulai Kamis.")
    choose(page, "id_featured_photo", "Pemudik menunggu")
    area = body_editor(page)
    area.click()
    page.keyboard.type("Arus mudik mulai padat sejak pagi.")
    page.keyboard.press("Enter")
    toolbar(page, "Sisipkan foto dari pustaka foto").click()
    picker = page.get_by_role("dialog", name="Pilih foto")
    expect(picker.get_by_role("listitem")).to_have_count(2)
    picker.get_by_label("Cari foto").fill("Cikampek")
    expect(picker.get_by_role("listitem")).to_have_count(1)
    picker.get_by_role("button", name=re.compile("Kendaraan padat")).click()
    expect(picker).to_be_hidden()
    expect(area.locator(f"figure[data-photo='{inline.pk}'] img")).to_be_visible()
    expect(area).to_be_focused()
    page.keyboard.type("Polisi menyiapkan jalur alternatif.")
    page.locator("#id_status").select_option(Article.Status.PUBLISHED)
    fill_published_at(page, timezone.now() - timedelta(minutes=1))
    choose(page, "id_category", "Nasional")
    page.locator("input[name=_continue]").click()
    expect(page.locator(".messagelist")).to_contain_text(TITLE)

    article = Article.objects.get(title=TITLE)
    assert article.featured_photo == featured
    src = inline.url(inline.share_rendition())
    assert article.body == (
        "<p>Arus mudik mulai padat sejak pagi.</p>"
        f'<figure data-photo="{inline.pk}"><img src="{src}" alt="Kendaraan padat di tol Cikampek">'
        "<figcaption>Arus mudik di tol Cikampek. (Foto: Kabar/Dedi)</figcaption></figure>"
        "<p>Polisi menyiapkan jalur alternatif.</p>"
    )

    # Readers, on a phone and on a desktop, get both photos as <picture> with WebP.
    for width in (360, 1280):
        context = browser.new_context(
            base_url=live_server.url, viewport={"width": width, "height": 900}
        )
        reader = context.new_page()
        reader_problems = watch(reader)
        reader.goto(article.get_absolute_url())
        lead_photo = reader.locator("figure.article__photo")
        expect(lead_photo.locator("img")).to_have_attribute("alt", featured.alt_text)
        shows_webp(reader, lead_photo.locator("picture"))
        body_photo = reader.locator(f".article__body figure[data-photo='{inline.pk}']")
        expect(body_photo.locator("img")).to_have_attribute("alt", inline.alt_text)
        expect(body_photo.locator("figcaption")).to_have_text(
            "Arus mudik di tol Cikampek. (Foto: Kabar/Dedi)"
        )
        shows_webp(reader, body_photo.locator("picture"))
        assert not reader_problems, (width, reader_problems)
        context.close()

    # A new headline, then the history: compare both versions, restore the first.
    change = reverse("admin:articles_article_change", args=[article.pk])
    page.goto(change)
    body_editor(page)
    headline = page.get_by_label(re.compile("^Judul"))
    headline.fill("Pemudik Diminta Berangkat Sehari Lebih Awal")
    page.locator("input[name=_continue]").click()
    expect(page.locator(".messagelist")).to_contain_text("Sehari Lebih Awal")
    page.get_by_role("link", name="Riwayat").click()
    history = page.locator("#change-history")
    expect(history.locator("tbody tr")).to_have_count(2)
    history.get_by_role("button", name=re.compile("bandingkan|compare", re.I)).click()
    compared = page.locator("#content-main")
    expect(compared.locator("del, ins").first).to_be_visible()
    expect(compared).to_contain_text("Sehari")
    page.go_back()
    page.locator("#change-history tbody tr").last.get_by_role("link").click()
    body_editor(page)
    expect(headline).to_have_value(TITLE)
    expect(body_editor(page).locator(f"figure[data-photo='{inline.pk}']")).to_be_visible()
    page.locator("input[name=_save]").click()
    expect(page.locator(".messagelist")).to_be_visible()
    article.refresh_from_db()
    assert article.title == TITLE
    assert f'<figure data-photo="{inline.pk}">' in article.body
    assert article.featured_photo == featured
    assert not problems, problems
