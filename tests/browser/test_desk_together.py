"""Two editors on one article: each is told of the other, and saving over a newer version asks."""

import re

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from articles.models import Article
from tests.browser.journeys_helpers import (
    PASSWORD,
    body_editor,
    leave,
    login,
    newsroom_groups,
    watch,
)
from tests.factories import make_article, make_user

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def two_editors(transactional_db, settings):
    newsroom_groups()
    settings.DESK_HEARTBEAT_SECONDS = 1
    settings.DESK_AUTOSAVE_SECONDS = 60
    for username, first_name in (("redaktur", "Dedi"), ("rina", "Rina")):
        make_user(
            groups=["Editor"],
            is_staff=True,
            username=username,
            password=PASSWORD,
            first_name=first_name,
        )
    return make_article(title="Harga Cabai Naik")


def test_the_second_editor_is_told_and_a_newer_save_is_not_overwritten_unasked(
    two_editors, browser, live_server
):
    change = reverse("admin:articles_article_change", args=[two_editors.pk])
    pages = {}
    for username in ("redaktur", "rina"):
        context = browser.new_context(base_url=live_server.url)
        pages[username] = context.new_page()
        login(pages[username], username)
    dedi, rina = pages["redaktur"], pages["rina"]
    problems = watch(dedi) + watch(rina)
    try:
        dedi.goto(change)
        body_editor(dedi)
        rina.goto(change)
        expect(rina.locator("#desk-others")).to_contain_text("Sedang disunting juga oleh Dedi")
        # Dedi's page hears of Rina at its next heartbeat.
        expect(dedi.locator("#desk-others")).to_contain_text("Rina", timeout=10_000)

        rina.get_by_label(re.compile("^Judul")).fill("Harga Cabai Naik Tajam")
        rina.locator("input[name=_continue]").click()
        expect(rina.locator(".messagelist")).to_contain_text("Tajam")
        conflict = dedi.locator("#desk-conflict")
        expect(conflict).to_contain_text("Rina menyimpan versi yang lebih baru", timeout=10_000)
        expect(conflict.get_by_role("link", name="Buka Riwayat")).to_be_visible()

        # Dedi saves anyway: the server asks first, and keeps what he typed.
        dedi.get_by_label(re.compile("^Ringkasan")).fill("Versi Dedi.")
        dedi.locator("input[name=_continue]").click()
        question = dedi.locator(".desk-confirm__question")
        expect(question).to_contain_text("Rina sudah menyimpan versi yang lebih baru")
        expect(dedi.get_by_label(re.compile("^Ringkasan"))).to_have_value("Versi Dedi.")
        assert Article.objects.get(pk=two_editors.pk).title == "Harga Cabai Naik Tajam"
        dedi.get_by_label("Ya, timpa versi yang lebih baru dengan versi saya").check()
        dedi.locator("input[name=_continue]").click()
        expect(dedi.locator(".messagelist")).to_be_visible()
        assert Article.objects.get(pk=two_editors.pk).lead == "Versi Dedi."
    finally:
        for page in pages.values():
            leave(page)
            page.context.close()
    assert not problems, problems
