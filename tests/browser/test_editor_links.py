"""The body editor's "Sisipkan tautan" completes a bare address and refuses an unsafe one."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.journeys_helpers import (
    PASSWORD,
    body_editor,
    leave,
    login,
    newsroom_groups,
    watch,
)
from tests.factories import make_editor

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def editor(transactional_db):
    newsroom_groups()
    return make_editor(username="redaktur", password=PASSWORD)


def _select_last(page, text):
    for _ in range(len(text)):
        page.keyboard.press("Shift+ArrowLeft")


def _link_dialog(page, address):
    page.locator(".prose-menubar").get_by_role("button", name="Sisipkan tautan", exact=True).click()
    dialog = page.locator("dialog.prose-editor-dialog")
    dialog.get_by_label("Alamat (URL)").fill(address)
    dialog.get_by_role("button", name="Simpan").click()
    return dialog


def test_a_bare_address_is_linked_over_https_and_a_script_refused(page, editor):
    problems = watch(page)
    login(page, "redaktur")
    page.goto("/admin/articles/article/add/")
    area = body_editor(page)
    area.click()
    page.keyboard.type("Baca Kompas")
    expect(area).to_contain_text("Baca Kompas")
    _select_last(page, "Kompas")
    dialog = _link_dialog(page, "www.kompas.com/berita")
    expect(dialog).to_be_hidden()
    expect(area.locator("a")).to_have_attribute("href", "https://www.kompas.com/berita")
    # The editor takes the focus back on the next frame, with "Kompas" still
    # selected: a key pressed before that would replace the new link.
    expect(area).to_be_focused()

    page.keyboard.press("End")
    page.keyboard.type(" lalu klik sini")
    expect(area).to_contain_text("klik sini")
    _select_last(page, "sini")
    dialog = _link_dialog(page, "javascript:alert(1)")
    # Refused in the dialog, in Indonesian; nothing is linked.
    expect(dialog).to_be_visible()
    expect(dialog.get_by_role("alert")).to_contain_text(
        re.compile("^Alamat ini tidak dapat dipakai sebagai tautan")
    )
    dialog.get_by_role("button", name="Batal").click()
    expect(dialog).to_be_hidden()
    expect(area.locator("a")).to_have_count(1)
    assert 'href=""' not in page.locator("textarea[name=body]").input_value()

    area.click()
    page.keyboard.press("End")
    _select_last(page, "sini")
    dialog = _link_dialog(page, "   ")
    expect(dialog.get_by_role("alert")).to_contain_text("Tulis alamat tautan")
    page.keyboard.press("Escape")
    expect(area.locator("a")).to_have_count(1)
    assert problems == []
    leave(page)
