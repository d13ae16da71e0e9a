"""In Chromium: an open live report takes new entries in place; an editor posts from a phone."""

import json
import re

import pytest
from playwright.sync_api import expect

from articles.live.models import LiveEntry
from articles.live.services import live_entry_post
from tests.browser.checkers import axe_results
from tests.browser.journeys_helpers import (
    PASSWORD,
    assert_fits,
    assert_indonesian,
    icons_loaded,
    login,
    newsroom_groups,
    watch,
)
from tests.factories import make_article, make_category, make_user
from tests.poll.factories import default_options

pytestmark = pytest.mark.django_db(transaction=True)

# The page asks every 10 s (20 s after unchanged answers): a new entry is on
# it within 20 s.
SEEN_WITHIN_MS = 20_000
# The admin pages load the rich-text editor: slow on a busy machine.
SLOW = 15_000


@pytest.fixture
def newsroom(transactional_db):
    newsroom_groups()
    default_options()
    editor = make_user(
        groups=["Editor"], is_staff=True, username="redaktur", password=PASSWORD, initials="RED"
    )
    report = make_article(
        title="Gempa Cianjur: laporan langsung",
        slug="gempa-cianjur",
        category=make_category(name="Nasional", slug="nasional"),
        editor=editor,
        is_live=True,
    )
    first = live_entry_post(
        article=report, body="<p>Gempa M5,6 terasa di Cianjur.</p>", user=editor
    )
    return {"editor": editor, "report": report, "first": first}


def checked(page, problems: list[str]) -> list[str]:
    """axe's serious and critical findings; its own style attributes (CSP) are not the page's."""
    before = len(problems)
    icons_loaded(page)
    serious, _ = axe_results(page)
    del problems[before:]
    return serious


@pytest.fixture
def no_js(browser, live_server):
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    yield context.new_page()
    context.close()


def _jsonld(html: str) -> dict:
    return json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)[1]
    )


def test_an_open_page_shows_a_new_entry_without_a_reload(page, no_js, newsroom):
    problems = watch(page)
    report, editor = newsroom["report"], newsroom["editor"]
    # The page's clock runs only when told to: its 10 s waits pass at once.
    page.clock.install()
    page.goto(report.get_absolute_url())
    expect(page.locator(".live-badge")).to_have_text("LANGSUNG")
    # The page's own state: a mark in its window and a comment half typed.
    page.evaluate("window.kabarMark = 'masih halaman yang sama'")
    page.locator("#form-komentar").get_by_label(re.compile("^Komentar")).fill("Semoga cepat pulih")
    # Back at the top, where the entries begin: new ones are added in place.
    page.evaluate("window.scrollTo(0, 0)")
    with page.expect_response(lambda r: "/pembaruan/" in r.url) as polled:
        page.clock.run_for(10_000)
    assert polled.value.status == 200

    entry = live_entry_post(
        article=report, body="<p>BNPB: 62 orang meninggal.</p>", user=editor, key_event=True
    )
    added = page.locator(f"#laporan-langsung article#pembaruan-{entry.pk}")
    # Asked again within 20 s (10 s, or 20 s after an unchanged answer).
    with page.expect_response(lambda r: "/pembaruan/" in r.url):
        page.clock.run_for(SEEN_WITHIN_MS)
    expect(added).to_be_visible()
    expect(added).to_contain_text("62 orang meninggal")
    expect(added.locator("time")).to_have_text(re.compile(r"^(\d+ \w+, )?\d\d\.\d\d WIB$"))
    # Newest first, above the entry the page opened with.
    ids = page.locator("#laporan-langsung [data-entry]").evaluate_all(
        "els => els.map(e => Number(e.dataset.entry))"
    )
    assert ids == [entry.pk, newsroom["first"].pk]
    expect(page.locator("[data-live-key-events]")).to_contain_text("62 orang meninggal")
    expect(page.locator("[data-live-status]")).to_have_text("1 pembaruan baru")
    assert page.evaluate("window.kabarMark") == "masih halaman yang sama"
    expect(page.locator("#form-komentar").get_by_label(re.compile("^Komentar"))).to_have_value(
        "Semoga cepat pulih"
    )
    assert problems == []

    # Without JavaScript: the page lists it after a reload, and its JSON-LD carries it.
    no_js.goto(report.get_absolute_url())
    expect(no_js.locator(f"#pembaruan-{entry.pk}")).to_contain_text("62 orang meninggal")
    expect(no_js.get_by_role("link", name="Muat pembaruan")).to_be_visible()
    data = _jsonld(no_js.content())
    assert data["@type"] == "LiveBlogPosting"
    assert data["liveBlogUpdate"][0]["articleBody"] == "BNPB: 62 orang meninggal."


def test_a_reader_inside_the_entries_gets_a_button_not_moving_text(page, newsroom):
    report, editor = newsroom["report"], newsroom["editor"]
    for n in range(12):
        live_entry_post(
            article=report, body=f"<p>Pembaruan panjang {n}. " + "Kata " * 80 + "</p>", user=editor
        )
    page.set_viewport_size({"width": 360, "height": 640})
    page.goto(report.get_absolute_url())
    oldest = page.locator("#laporan-langsung [data-entry]").last
    oldest.scroll_into_view_if_needed()
    top_before = oldest.evaluate("e => e.getBoundingClientRect().top")
    entry = live_entry_post(article=report, body="<p>Gempa susulan M4,2.</p>", user=editor)
    # Showing the tab again asks at once.
    page.evaluate("document.dispatchEvent(new Event('visibilitychange'))")
    button = page.get_by_role("button", name="1 pembaruan baru")
    expect(button).to_be_visible(timeout=SEEN_WITHIN_MS)
    assert page.locator(f"#pembaruan-{entry.pk}").count() == 0
    assert abs(oldest.evaluate("e => e.getBoundingClientRect().top") - top_before) < 1
    button.click()
    expect(page.locator(f"#pembaruan-{entry.pk}")).to_be_in_viewport()
    expect(button).to_be_hidden()


def test_an_open_page_learns_the_report_has_ended(page, newsroom):
    from articles.live.services import live_report_end

    report = newsroom["report"]
    page.clock.install()
    page.goto(report.get_absolute_url())
    status = page.locator("#laporan-langsung .live__status")
    expect(status).to_have_text("Laporan ini diperbarui terus. Pembaruan terbaru di atas.")
    live_report_end(article=report, user=newsroom["editor"])
    with page.expect_response(lambda r: "/pembaruan/" in r.url):
        page.clock.run_for(SEEN_WITHIN_MS)
    expect(status).to_have_text(re.compile(r"^Laporan langsung ini berakhir .+ WIB\.$"))
    expect(page.locator(".live-badge")).to_have_count(0)
    # It stops asking.
    asked = []
    page.on("request", lambda r: "/pembaruan/" in r.url and asked.append(r.url))
    page.clock.run_for(60_000)
    assert asked == []


def test_an_editor_posts_marks_and_ends_from_a_phone(phone_page, newsroom):
    page = phone_page
    problems = watch(page)
    report = newsroom["report"]
    login(page, "redaktur")
    page.goto(f"/admin/articles/article/{report.pk}/change/")
    panel = page.locator("#tambah-pembaruan")
    text = panel.get_by_label("Tambah pembaruan")
    expect(text).to_be_in_viewport(timeout=SLOW)
    assert_fits(page)
    assert checked(page, problems) == []

    # Typed and not posted: kept in the browser, offered back on return.
    text.fill("Jalan utama ke Cugenang tertutup longsor.")
    page.reload()
    expect(text).to_have_value("Jalan utama ke Cugenang tertutup longsor.", timeout=SLOW)
    expect(panel.get_by_text("Teks yang belum dikirim dipulihkan.")).to_be_visible(timeout=SLOW)

    # Two taps: mark it, send it.
    panel.get_by_label("Peristiwa penting").check()
    panel.get_by_role("button", name="Kirim pembaruan").click()
    expect(page.locator(".messagelist")).to_contain_text("diterbitkan", timeout=SLOW)
    entry = LiveEntry.objects.exclude(pk=newsroom["first"].pk).get()
    assert entry.key_event and entry.author == newsroom["editor"]
    assert "Jalan utama ke Cugenang tertutup longsor." in entry.body
    expect(panel.get_by_label("Tambah pembaruan")).to_have_value("", timeout=SLOW)
    expect(panel.locator(".live-desk__recent")).to_contain_text(
        "Jalan utama ke Cugenang", timeout=SLOW
    )
    page.reload()
    # The autosave was cleared: nothing comes back.
    expect(panel.get_by_label("Tambah pembaruan")).to_have_value("", timeout=SLOW)

    # Its own page: the rich-text editor, at 360 px too.
    panel.locator(".live-desk__recent a").first.click()
    expect(page.locator(".prose-editor > .ProseMirror")).to_be_visible(timeout=SLOW)
    assert_fits(page)
    assert checked(page, problems) == []
    page.go_back()

    panel.get_by_role("link", name="Akhiri laporan langsung").click()
    # The confirmation page, loaded, before it is measured.
    expect(page).to_have_url(re.compile(r"/akhiri/\d+/$"), timeout=SLOW)
    expect(page.get_by_role("button", name="Akhiri laporan langsung")).to_be_visible(timeout=SLOW)
    assert_fits(page)
    assert checked(page, problems) == []
    page.get_by_role("button", name="Akhiri laporan langsung").click()
    expect(page.locator(".messagelist")).to_contain_text("diakhiri", timeout=SLOW)
    report.refresh_from_db()
    assert report.live_ended_at is not None
    assert_indonesian(page)
    assert problems == [], problems

    page.goto(report.get_absolute_url())
    expect(page.locator(".live-badge")).to_have_count(0, timeout=SLOW)
    expect(page.locator(f"#pembaruan-{entry.pk}")).to_be_visible(timeout=SLOW)
