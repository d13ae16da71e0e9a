"""A reader searches from the masthead in Chromium and opens a result."""

import pytest

SEED_TITLE = "NATO: Rusia Serang Kota-Kota Ukraina karena Kalah di Medan Perang"


@pytest.fixture
def demo_content(transactional_db):
    from articles.demo.loader import load_demo

    return load_demo(with_accounts=False)


def test_reader_searches_from_the_masthead_and_opens_a_result(page, demo_content):
    page.goto("/")
    search = page.get_by_role("search").first
    box = search.get_by_label("Cari berita")
    box.fill("Nord Stream")
    box.press("Enter")
    page.wait_for_url("**/cari/?q=Nord+Stream")
    assert "Hasil pencarian" in page.locator("h1").inner_text()
    result = page.locator(".search-result").filter(has_text=SEED_TITLE)
    assert result.locator("mark").first.inner_text().lower() in {"nord", "stream", "nord stream"}
    result.get_by_role("link", name=SEED_TITLE).click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == SEED_TITLE


def test_empty_search_explains_itself_on_a_phone(phone_page, demo_content):
    phone_page.goto("/")
    phone_page.get_by_role("search").first.get_by_role("button", name="Cari").click()
    phone_page.wait_for_url("**/cari/?q=")
    assert phone_page.get_by_text("Tulis kata yang ingin dicari.").is_visible()
    overflow = phone_page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0
    height = phone_page.evaluate(
        "document.querySelector('#cari-masthead').getBoundingClientRect().height"
    )
    assert height >= 44
