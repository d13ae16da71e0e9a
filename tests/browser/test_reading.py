"""A reader opens the seed article in Chromium, on a desktop and on a phone."""

import pytest

SEED_PATH = "/2022/10/11/nato-rusia-serang-kota-kota-ukraina-karena-kalah-di-medan-perang/"


@pytest.fixture
def demo_content(transactional_db):
    from articles.demo.loader import load_demo

    return load_demo(with_accounts=False)


def test_reader_follows_the_baca_link(page, demo_content):
    page.goto(SEED_PATH)
    assert page.locator("h1").inner_text().startswith("NATO: Rusia Serang")
    assert page.get_by_text("Selasa, 11 Oktober 2022 14:05 WIB").is_visible()
    assert page.get_by_text("Artikel ini bersumber dari www.medcom.id.").is_visible()
    assert page.get_by_text("(WIL)").is_visible()
    page.locator(".article__body").get_by_role("link", name="Enggak Pake Lama").click()
    page.wait_for_load_state()
    assert "Ukraina Langsung Daftar NATO" in page.locator("h1").inner_text()


def test_phone_reader_never_scrolls_sideways(phone_page, demo_content):
    for path in [SEED_PATH, "/", "/kategori/internasional/"]:
        phone_page.goto(path)
        overflow = phone_page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, (path, overflow)
    phone_page.goto(SEED_PATH)
    body_font = phone_page.evaluate(
        "parseFloat(getComputedStyle(document.querySelector('.article__body')).fontSize)"
    )
    assert body_font >= 16


def test_keyboard_focus_is_visible(page, demo_content):
    page.goto(SEED_PATH)
    page.keyboard.press("Tab")
    focused = page.evaluate(
        "(() => { const el = document.activeElement; const s = getComputedStyle(el);"
        " return {text: el.textContent.trim(), outline: s.outlineStyle,"
        " width: s.outlineWidth}; })()"
    )
    assert focused["text"] == "Langsung ke konten"
    assert focused["outline"] != "none" and focused["width"] != "0px"


def test_tag_links_are_touch_sized(phone_page, demo_content):
    phone_page.goto(SEED_PATH)
    heights = phone_page.eval_on_selector_all(
        ".tag-list a", "els => els.map(e => e.getBoundingClientRect().height)"
    )
    assert heights and min(heights) >= 44
