"""A reader's journeys through Kabar, on a 360 px phone and on a desktop."""

import io
import re

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from articles.poll.models import ReactionVote
from comments.models import Comment
from tests.browser.journeys_helpers import (
    SEED_PATH,
    SEED_TITLE,
    assert_fits,
    assert_indonesian,
    focus_ring,
    watch,
)
from tests.comments.factories import make_comment
from tests.factories import make_article
from tests.poll.factories import default_options

pytestmark = pytest.mark.django_db(transaction=True)

READER_EMAIL = "sari.pembaca@contoh.id"


@pytest.fixture
def demo(transactional_db):
    # The demo exactly as ``manage.py load_demo`` builds it on a fresh machine.
    default_options()
    call_command("load_demo", stdout=io.StringIO())


@pytest.fixture
def no_js(browser, live_server):
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    yield context.new_page()
    context.close()


def _row(page, slug):
    return page.locator(f'#tanggapan .poll__result[data-slug="{slug}"]')


@pytest.mark.parametrize("screen", ["phone_page", "page"])
def test_reader_goes_from_home_to_an_article_and_on(request, demo, screen):
    page = request.getfixturevalue(screen)
    problems = watch(page)
    page.goto("/")
    expect(page.locator("h1, h2").first).to_be_visible()
    assert_fits(page)
    assert_indonesian(page)

    page.get_by_role("navigation", name="Kategori").get_by_role(
        "link", name="Internasional"
    ).click()
    expect(page).to_have_url(re.compile(r"/kategori/internasional/$"))
    expect(page.locator("h1")).to_contain_text("Internasional")
    assert_fits(page)
    assert_indonesian(page)

    page.locator("main").get_by_role("link", name=SEED_TITLE).first.click()
    expect(page).to_have_url(re.compile(re.escape(SEED_PATH) + "$"))
    expect(page.locator("h1")).to_have_text(SEED_TITLE)
    article = page.locator("article.article")
    expect(article.get_by_text("Selasa, 11 Oktober 2022 14:05 WIB")).to_be_visible()
    expect(article.locator(".article__dateline")).to_contain_text("Brussels")
    tags = article.get_by_role("list", name="Tag")
    for tag in ["NATO", "Rusia", "Ukraina"]:
        expect(tags.get_by_role("link", name=tag)).to_be_visible()
    expect(article.get_by_text("Artikel ini bersumber dari www.medcom.id.")).to_be_visible()
    expect(article.get_by_text("(WIL)")).to_be_visible()
    assert_fits(page)
    assert_indonesian(page)

    article.locator(".article__body").get_by_role(
        "link", name=re.compile("^Enggak Pake Lama")
    ).click()
    expect(page.locator("h1")).to_contain_text("Ukraina Langsung Daftar NATO")
    assert_fits(page)
    assert_indonesian(page)

    page.get_by_role("link", name="NATO", exact=True).first.click()
    expect(page).to_have_url(re.compile(r"/tag/[\w-]+/$"))
    expect(page.locator("main").get_by_role("link", name=SEED_TITLE)).to_be_visible()
    assert_fits(page)
    assert_indonesian(page)

    box = page.get_by_role("search").first.get_by_label("Cari berita")
    box.fill("Nord Stream")
    box.press("Enter")
    expect(page.locator("h1")).to_contain_text("Hasil pencarian")
    assert_fits(page)
    assert_indonesian(page)
    page.locator(".search-result").get_by_role("link", name=SEED_TITLE).click()
    expect(page.locator("h1")).to_have_text(SEED_TITLE)
    assert not problems, problems


def test_reader_votes_in_place_and_changes_the_vote(phone_page, demo):
    page = phone_page
    problems = watch(page)
    page.goto(SEED_PATH)
    poll = page.locator("#tanggapan")
    expect(poll.get_by_text("Bagaimana tanggapan anda mengenai artikel ini?")).to_be_visible()
    before = int(poll.locator("[data-poll-total]").inner_text())
    page.evaluate("window.samePage = true")

    poll.get_by_label("Cemas").check()
    poll.get_by_role("button", name="Kirim tanggapan").click()
    expect(poll.locator("[data-poll-status]")).to_contain_text("tanggapan Anda tercatat: Cemas")
    expect(poll.locator("[data-poll-total]")).to_have_text(str(before + 1))
    expect(_row(page, "cemas").get_by_text("(pilihan Anda)")).to_be_visible()

    poll.get_by_label("Terinspirasi").check()
    poll.get_by_role("button", name="Ubah tanggapan").click()
    expect(_row(page, "terinspirasi").get_by_text("(pilihan Anda)")).to_be_visible()
    expect(_row(page, "cemas").get_by_text("(pilihan Anda)")).to_be_hidden()
    expect(poll.locator("[data-poll-total]")).to_have_text(str(before + 1))
    percents = [int(p) for p in poll.locator("[data-poll-percent]").all_inner_texts()]
    assert sum(percents) == 100, percents
    assert page.evaluate("window.samePage") is True
    assert_fits(page)
    assert_indonesian(page)
    assert not problems, problems


def test_reader_without_javascript_votes_and_changes_the_vote(no_js, demo, live_server):
    page = no_js
    page.goto(SEED_PATH)
    poll = page.locator("#tanggapan")
    before = int(poll.locator("[data-poll-total]").inner_text())
    poll.get_by_label("Senang").check()
    poll.get_by_role("button", name="Kirim tanggapan").click()
    expect(page).to_have_url(f"{live_server.url}{SEED_PATH}?pilihan=senang#tanggapan")
    expect(_row(page, "senang").get_by_text("(pilihan Anda)")).to_be_visible()
    expect(poll.locator("[data-poll-total]")).to_have_text(str(before + 1))

    poll.get_by_label("Sedih").check()
    poll.get_by_role("button", name="Ubah tanggapan").click()
    expect(page).to_have_url(f"{live_server.url}{SEED_PATH}?pilihan=sedih#tanggapan")
    expect(_row(page, "sedih").get_by_text("(pilihan Anda)")).to_be_visible()
    expect(poll.get_by_label("Sedih")).to_be_checked()
    expect(poll.locator("[data-poll-total]")).to_have_text(str(before + 1))
    assert ReactionVote.objects.filter(option__slug="sedih").exists()


def test_reader_comments_and_never_sees_the_email(phone_page, demo):
    page = phone_page
    problems = watch(page)
    page.goto(SEED_PATH)
    form = page.locator("#form-komentar")
    expect(form.get_by_role("heading", name="Tinggalkan Balasan")).to_be_visible()
    expect(form).to_contain_text("Alamat email Anda tidak akan dipublikasikan.")
    form.get_by_label(re.compile("^Komentar")).fill("Semoga warga sipil\nsegera aman.")
    form.get_by_label(re.compile("^Nama")).fill("Sari")
    form.get_by_label(re.compile("^Email")).fill(READER_EMAIL)
    form.get_by_label(re.compile("^Situs web")).fill("https://sari.contoh.id")
    form.get_by_role("button", name="Kirim Komentar").click()

    mine = Comment.objects.get(email=READER_EMAIL)
    expect(page).to_have_url(re.compile(rf"#komentar-{mine.pk}$"))
    card = page.locator(f"#komentar-{mine.pk}")
    expect(card).to_contain_text("Komentar Anda sedang menunggu moderasi")
    expect(card).to_contain_text("segera aman.")
    assert READER_EMAIL not in page.content()
    assert "sari.pembaca" not in page.content()
    assert_fits(page)
    assert_indonesian(page)
    assert not problems, problems


def test_a_mistake_is_explained_in_indonesian_and_keeps_the_text(phone_page, demo):
    page = phone_page
    page.goto(SEED_PATH)
    form = page.locator("#form-komentar")
    body = "Pendapat saya yang panjang\ntentang berita ini."
    form.get_by_label(re.compile("^Komentar")).fill(body)
    form.get_by_label(re.compile("^Email")).fill("sari@contoh")
    form.get_by_label(re.compile("^Situs web")).fill("javascript:alert(1)")
    # The browser leaves the checks to the site (novalidate): whatever the
    # browser's language, the answer is in Indonesian.
    form.get_by_role("button", name="Kirim Komentar").click()
    expect(page.locator("h1")).to_have_text("Periksa komentar Anda")
    # On the phone's first screen: what is wrong, each a link to its field.
    summary = page.get_by_role("alert").filter(has_text="Yang perlu diperbaiki")
    first = summary.get_by_role("link").first.bounding_box()
    assert first["y"] + first["height"] <= page.viewport_size["height"], first
    expect(summary.get_by_role("link")).to_have_count(3)
    summary.get_by_role("link", name=re.compile("^Nama")).click()
    expect(page.get_by_label(re.compile("^Nama"))).to_be_focused()
    form = page.locator("#form-komentar")
    expect(form).to_contain_text("Tuliskan nama Anda.")
    expect(form).to_contain_text("Tuliskan alamat email yang benar")
    expect(form.get_by_text(re.compile("diawali http:// atau https://"))).to_have_count(1)
    expect(form.get_by_label(re.compile("^Komentar"))).to_have_value(body)
    expect(form.get_by_label(re.compile("^Email"))).to_have_value("sari@contoh")
    expect(form.get_by_label(re.compile("^Situs web"))).to_have_value("javascript:alert(1)")
    for label in ["^Nama", "^Email", "^Situs web"]:
        field = form.get_by_label(re.compile(label))
        expect(field).to_have_attribute("aria-invalid", "true")
        # A screen reader announces the error with the field it belongs to.
        expect(field).to_have_accessible_description(re.compile("Tuliskan"))
    assert_fits(page)
    assert_indonesian(page)

    form.get_by_label(re.compile("^Nama")).fill("Sari")
    form.get_by_label(re.compile("^Email")).fill("sari@contoh.id")
    form.get_by_label(re.compile("^Situs web")).fill("")
    form.get_by_role("button", name="Kirim Komentar").click()
    expect(page.locator(".comment__pending")).to_have_text("Komentar Anda sedang menunggu moderasi")
    assert Comment.objects.get(email="sari@contoh.id").url == ""


def test_reader_replies_to_an_approved_comment_with_javascript(phone_page, demo):
    page = phone_page
    problems = watch(page)
    page.goto(SEED_PATH)
    dewi = Comment.objects.get(name="Dewi Lestari")
    page.locator(f"#komentar-{dewi.pk}").get_by_role("link", name="Balas komentar Dewi").click()
    form = page.locator(f"#komentar-{dewi.pk} #form-komentar")
    expect(form).to_contain_text("Membalas Dewi Lestari")
    expect(form.get_by_label(re.compile("^Komentar"))).to_be_focused()
    form.get_by_label(re.compile("^Komentar")).fill("Amin, semoga.")
    form.get_by_label(re.compile("^Nama")).fill("Yudi")
    form.get_by_label(re.compile("^Email")).fill("yudi@contoh.id")
    assert_fits(page)
    assert_indonesian(page)
    form.get_by_role("button", name="Kirim Komentar").click()
    reply = Comment.objects.get(parent=dewi)
    expect(page.locator(f"#komentar-{dewi.pk} #komentar-{reply.pk}")).to_contain_text(
        "menunggu moderasi"
    )
    assert not problems, problems


def test_reader_replies_without_javascript(no_js, demo):
    page = no_js
    page.goto(SEED_PATH)
    dewi = Comment.objects.get(name="Dewi Lestari")
    page.locator(f"#komentar-{dewi.pk}").get_by_role("link", name="Balas komentar Dewi").click()
    form = page.locator("#form-komentar")
    expect(form).to_contain_text("Membalas Dewi Lestari")
    form.get_by_label(re.compile("^Komentar")).fill("Balasan tanpa skrip.")
    form.get_by_label(re.compile("^Nama")).fill("Yudi")
    form.get_by_label(re.compile("^Email")).fill("yudi@contoh.id")
    form.get_by_role("button", name="Kirim Komentar").click()
    reply = Comment.objects.get(parent=dewi)
    expect(page.locator(f"#komentar-{dewi.pk} #komentar-{reply.pk}")).to_contain_text(
        "Balasan tanpa skrip."
    )


def test_reader_pages_through_comments_and_lands_on_a_new_one(page, settings):
    settings.COMMENTS_PER_PAGE = 2
    article = make_article(title="Artikel ramai")
    for n in range(1, 6):
        make_comment(article=article, name=f"Pembaca {n}", body=f"Komentar urutan {n}.")
    page.goto(article.get_absolute_url())
    comments = page.locator("#komentar")
    expect(comments).to_contain_text("Komentar urutan 1.")
    expect(comments).not_to_contain_text("Komentar urutan 3.")
    comments.get_by_role("link", name=re.compile("Komentar berikutnya")).click()
    expect(comments).to_contain_text("Komentar urutan 3.")
    expect(comments).to_contain_text("Halaman 2 dari 3")
    comments.get_by_role("link", name=re.compile("Komentar berikutnya")).click()
    expect(comments).to_contain_text("Komentar urutan 5.")
    comments.get_by_role("link", name=re.compile("Komentar sebelumnya")).click()
    expect(comments).to_contain_text("Komentar urutan 4.")

    page.goto(article.get_absolute_url())
    form = page.locator("#form-komentar")
    form.get_by_label(re.compile("^Komentar")).fill("Komentar paling baru.")
    form.get_by_label(re.compile("^Nama")).fill("Terakhir")
    form.get_by_label(re.compile("^Email")).fill("terakhir@contoh.id")
    form.get_by_role("button", name="Kirim Komentar").click()
    mine = Comment.objects.get(name="Terakhir")
    expect(page).to_have_url(re.compile(rf"\?page=3#komentar-{mine.pk}$"))
    expect(page.locator(f"#komentar-{mine.pk}")).to_contain_text("menunggu moderasi")


def start_at(page, selector):
    """Put keyboard focus on a heading, as a reader reaching it would, to Tab from there."""
    page.locator(selector).evaluate("el => { el.tabIndex = -1; el.focus(); }")


def test_keyboard_reaches_the_poll_and_the_form(page, demo):
    page.goto(SEED_PATH)
    start_at(page, "#tanggapan-judul")
    page.keyboard.press("Tab")
    radio = page.locator("#tanggapan input[name=reaction]").first
    expect(radio).to_be_focused()
    ring = radio.evaluate(
        "el => { const s = getComputedStyle(el.closest('label'));"
        " return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0; }"
    )
    assert ring, "the focused poll choice shows no focus ring"
    page.keyboard.press("ArrowRight")
    expect(page.locator("#tanggapan").get_by_label("Terhibur")).to_be_checked()
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Kirim tanggapan")).to_be_focused()
    page.keyboard.press("Enter")
    expect(_row(page, "terhibur").get_by_text("(pilihan Anda)")).to_be_visible()

    start_at(page, "#tinggalkan-balasan")
    seen = []
    for _ in range(6):
        page.keyboard.press("Tab")
        seen.append(focus_ring(page))
    assert [f["name"] or f["tag"] for f in seen] == [
        "body",
        "name",
        "email",
        "url",
        "notify_replies",
        "BUTTON",
    ]
    for field in seen[:5]:
        assert field["labels"], f"{field['name']} has no label"
        assert field["visible"], f"{field['name']} shows no focus ring"
    assert seen[5]["visible"], "the submit button shows no focus ring"
