"""Reads counted in Chromium, without cookies: a read shows on /admin/statistik/ once the
fold task runs; a reload by the same browser adds a read, not a reader; another browser
(another user agent) adds a reader. The dashboard passes axe at 360 and 1280 px."""

import pytest
from playwright.sync_api import expect

from articles.readership.models import ArticleReadHour
from articles.readership.tasks import fold_reads_task
from tests import factories
from tests.readership.conftest import CHROME, FIREFOX

from .checkers import axe_violations
from .journeys_helpers import login, newsroom_groups

PASSWORD = "sandi-redaksi-2024"
pytestmark = pytest.mark.xdist_group("redis-db-reads")


@pytest.fixture
def article(transactional_db):
    return factories.make_article(title="Banjir rob di pesisir utara")


@pytest.fixture
def editor(transactional_db):
    newsroom_groups()
    return factories.make_editor(username="redaktur", password=PASSWORD)


def _read(browser, live_server, article, *, agent, times=1):
    context = browser.new_context(base_url=live_server.url, user_agent=agent)
    page = context.new_page()
    for _ in range(times):
        # Waits for the answer: the read is counted once the server has answered.
        with page.expect_response(lambda r: r.url.endswith("/baca/")) as answered:
            if page.url.endswith(article.get_absolute_url()):
                page.reload()
            else:
                page.goto(article.get_absolute_url() + "?utm_source=whatsapp&utm_medium=social")
        assert answered.value.status == 204
        assert f"a={article.pk}" in answered.value.request.post_data
    # Reading leaves no cookie behind (the comment form's ticket lives on /komentar/ only).
    assert [c["name"] for c in context.cookies() if c["path"] != "/komentar/"] == []
    context.close()


def _figures(article):
    rows = ArticleReadHour.objects.filter(article=article)
    return sum(r.reads for r in rows), sum(r.readers for r in rows)


@pytest.mark.parametrize("counting", ["database", "redis"])
def test_a_read_in_chromium_shows_on_the_dashboard(
    browser, live_server, article, editor, counting, request
):
    request.getfixturevalue("reads_redis" if counting == "redis" else "local_cache")
    _read(browser, live_server, article, agent=CHROME, times=2)
    fold_reads_task.call()
    assert _figures(article) == (2, 1)
    _read(browser, live_server, article, agent=FIREFOX)
    fold_reads_task.call()
    assert _figures(article) == (3, 2)

    context = browser.new_context(base_url=live_server.url, bypass_csp=True)
    page = context.new_page()
    login(page, "redaktur", PASSWORD)
    page.goto("/admin/statistik/")
    row = page.locator(".stats__top tbody tr").filter(has_text=article.title)
    expect(row.locator("td").nth(0)).to_have_text("3")
    expect(row.locator("td").nth(1)).to_have_text("2")
    expect(page.locator(".stats__referrers")).to_contain_text("WhatsApp")
    for width in (360, 1280):
        page.set_viewport_size({"width": width, "height": 800})
        assert axe_violations(page) == [], width
    row.get_by_role("link", name=article.title).click()
    expect(page.locator(".stats__summary")).to_contain_text("Dibaca 3 kali, 2 pembaca")
    for width in (360, 1280):
        page.set_viewport_size({"width": width, "height": 800})
        assert axe_violations(page) == [], width
    context.close()


def test_a_headless_crawler_is_not_a_reader(browser, live_server, article):
    context = browser.new_context(base_url=live_server.url)  # HeadlessChrome's own agent
    page = context.new_page()
    with page.expect_response(lambda r: r.url.endswith("/baca/")) as answered:
        page.goto(article.get_absolute_url())
    assert answered.value.status == 204
    context.close()
    fold_reads_task.call()
    assert _figures(article) == (0, 0)


def test_a_read_without_javascript_is_counted_by_the_pixel(browser, live_server, article):
    context = browser.new_context(
        base_url=live_server.url, user_agent=CHROME, java_script_enabled=False
    )
    page = context.new_page()
    with page.expect_response(lambda r: r.url.endswith(f"/baca/{article.pk}.gif")) as answered:
        page.goto(article.get_absolute_url())
    assert answered.value.status == 200
    context.close()
    fold_reads_task.call()
    assert _figures(article) == (1, 1)
