"""Reader pages in Chromium at 360, 768 and 1280 px: nothing overflows, search results
lay out in their grid, the poll fits half a phone screen, the menu cuts no name, sharing
works with JavaScript; axe finds nothing serious."""

import pytest

from .checkers import axe_violations

WIDTHS = (360, 768, 1280)


@pytest.fixture
def demo_content(transactional_db, settings, tmp_path):
    from articles.demo.loader import load_demo

    settings.MEDIA_ROOT = tmp_path
    return load_demo(with_accounts=False)


def _seed_url():
    from articles.models import Article

    return Article.objects.get(slug__startswith="nato-rusia-serang").get_absolute_url()


def _context(browser, live_server, width):
    return browser.new_context(
        base_url=live_server.url,
        viewport={"width": width, "height": 740 if width < 800 else 900},
        bypass_csp=True,
    )


def _overflow(page) -> int:
    return page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )


@pytest.mark.parametrize("width", WIDTHS)
def test_search_results_lay_out_at_every_width(browser, live_server, demo_content, width):
    context = _context(browser, live_server, width)
    page = context.new_page()
    page.goto("/cari/?q=NATO")
    results = page.locator(".search-result")
    assert results.count() > 0
    assert _overflow(page) <= 0
    for index in range(results.count()):
        result = results.nth(index)
        box = result.bounding_box()
        photo = result.locator("picture.search-result__photo")
        if photo.count():
            photo_box = photo.bounding_box()
            # The photo stays inside its result, to the right of the headline.
            assert photo_box["x"] + photo_box["width"] <= box["x"] + box["width"] + 1
            title = result.locator(".search-result__title").bounding_box()
            assert title["x"] + title["width"] <= photo_box["x"] + 1
            # The headline gets most of the row, not a squeezed column.
            assert title["width"] >= box["width"] * 0.55
        snippet = result.locator(".search-result__snippet")
        if snippet.count():
            text = snippet.inner_text().strip()
            assert text.endswith(("…", ".", "!", "?", '"', "”")) or len(text) < 200
    assert axe_violations(page) == []
    context.close()


def test_phone_menu_wraps_and_cuts_no_name(phone_page, demo_content):
    phone_page.goto(_seed_url())
    assert _overflow(phone_page) <= 0
    nav = phone_page.locator(".site-nav ul").bounding_box()
    for link in phone_page.locator(".site-nav a").all():
        box = link.bounding_box()
        assert box["x"] >= nav["x"] - 1
        assert box["x"] + box["width"] <= nav["x"] + nav["width"] + 1
    current = phone_page.locator(".site-nav a[aria-current]")
    assert current.inner_text() == "Internasional"


def test_phone_poll_options_fit_half_a_screen(phone_page, demo_content):
    from tests.poll.factories import default_options

    default_options()
    phone_page.goto(_seed_url())
    assert phone_page.locator(".poll__option").count() == 8
    options = phone_page.locator(".poll__options").bounding_box()
    assert options["height"] <= 740 / 2, options
    for label in phone_page.locator(".poll__label").all():
        # No label is cut: its text fits its box.
        assert label.evaluate("el => el.scrollWidth <= el.clientWidth + 1")


def test_comment_link_near_the_top_jumps_to_the_discussion(phone_page, demo_content):
    phone_page.goto(_seed_url())
    link = phone_page.locator(".article__header .article__comment-count a")
    assert link.bounding_box()["y"] < 740
    link.click()
    phone_page.wait_for_function("location.hash === '#komentar'")
    top = phone_page.locator("#komentar").bounding_box()["y"]
    assert 0 <= top < 740


def test_salin_tautan_copies_the_address(browser, live_server, demo_content):
    context = browser.new_context(
        base_url=live_server.url, viewport={"width": 360, "height": 740}, bypass_csp=True
    )
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_server.url)
    page = context.new_page()
    page.goto(_seed_url())
    page.get_by_text("Salin tautan").click()
    page.get_by_text("Tautan disalin.").wait_for()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.endswith(_seed_url() + "?utm_source=salin&utm_medium=social")
    assert axe_violations(page) == []
    context.close()


def test_salin_tautan_without_javascript_shows_the_address(browser, live_server, demo_content):
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    page = context.new_page()
    page.goto(_seed_url())
    page.get_by_text("Salin tautan").click()
    field = page.locator("[data-share-url]")
    assert field.is_visible()
    assert "utm_source=salin" in field.input_value()
    context.close()


def test_a_vote_without_javascript_is_confirmed(browser, live_server, demo_content):
    from tests.poll.factories import default_options

    default_options()  # a transactional test before may have emptied the table
    context = browser.new_context(
        base_url=live_server.url, java_script_enabled=False, viewport={"width": 360, "height": 740}
    )
    page = context.new_page()
    page.goto(_seed_url())
    page.locator(".poll__option").first.click()
    page.get_by_role("button", name="Kirim tanggapan").click()
    page.wait_for_url("**#tanggapan")
    notice = page.locator("#tanggapan .reader-notice")
    assert notice.inner_text() == "Terima kasih, tanggapan Anda tercatat."
    other = browser.new_context(base_url=live_server.url, java_script_enabled=False).new_page()
    other.goto(page.url)
    assert other.locator(".reader-notice").count() == 0
    other.context.close()
    context.close()


STANDING_ALONE = (
    ".section-title a, .card__kicker a, .article__kicker a, .card__title a, .comment__permalink,"
    " .comment-report fieldset label"
)


def test_links_standing_alone_are_touch_sized_on_a_phone(phone_page, demo_content):
    from comments.models import Comment
    from tests.comments.factories import make_comment

    article = Comment._meta.get_field("article").related_model.objects.published().first()
    comment = make_comment(article=article, status=Comment.Status.APPROVED, body="Setuju.")
    for url in ("/", _seed_url(), article.get_absolute_url(), f"/komentar/{comment.pk}/laporkan/"):
        phone_page.goto(url)
        heights = phone_page.eval_on_selector_all(
            STANDING_ALONE,
            "els => els.map(e => [e.className || e.textContent.trim(),"
            " e.getBoundingClientRect().height])",
        )
        assert heights, url
        small = [(name, round(height)) for name, height in heights if height < 43.5]
        assert small == [], url
        assert _overflow(phone_page) <= 0


@pytest.mark.parametrize("width", (360, 1280))
def test_a_long_unbroken_commenter_name_wraps_inside_the_page(
    browser, live_server, demo_content, width
):
    from articles.models import Article
    from comments.models import Comment
    from tests.comments.factories import make_comment

    article = Article.objects.get(slug__startswith="nato-rusia-serang")
    long_name = "N" * 100
    comment = make_comment(
        article=article,
        name=long_name,
        url="https://contoh.example/",
        status=Comment.Status.APPROVED,
    )
    make_comment(article=article, parent=comment, name="M" * 100)
    page = _context(browser, live_server, width).new_page()
    page.goto(_seed_url())
    assert page.locator(".comment__author", has_text=long_name).count() == 1
    assert _overflow(page) <= 0
    # The no-JavaScript reply form names the comment answered.
    page.goto(f"{_seed_url()}?balas={comment.pk}#form-komentar")
    assert page.locator(".comment-form__replying", has_text=long_name).count() == 1
    assert _overflow(page) <= 0


def test_a_lead_story_without_a_photo_leaves_no_empty_column(browser, live_server, demo_content):
    from tests.factories import make_article

    lead = make_article(title="Paket kebijakan baru tanpa foto", category=_seed_category())
    page = _context(browser, live_server, 1280).new_page()
    page.goto("/")
    grid = page.locator(".home-top__grid")
    assert grid.locator(".card--lead", has_text=lead.title).count() == 1
    lead_box = grid.locator(".card--lead").bounding_box()
    latest = grid.locator(".card-list--compact").bounding_box()
    # The latest stories start under the lead, not beside a mostly empty column.
    assert latest["y"] >= lead_box["y"] + lead_box["height"] - 1
    assert lead_box["height"] < 400


def _seed_category():
    from articles.models import Article

    return Article.objects.get(slug__startswith="nato-rusia-serang").category
