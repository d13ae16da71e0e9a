"""A moderator clears the queue: by keyboard on a desk, by thumb on a phone."""

import re

import pytest
from playwright.sync_api import expect

from comments.models import Comment
from tests.browser.checkers import axe_violations, vnu_errors
from tests.browser.journeys_helpers import PASSWORD, assert_fits, login, newsroom_groups, watch
from tests.comments.factories import make_comment
from tests.factories import make_article, make_user

pytestmark = pytest.mark.django_db(transaction=True)

PENDING = Comment.Status.PENDING
QUEUE = "/admin/comments/pendingcomment/"
LONG_BODY = "Pembuka komentar panjang. " + "Isi yang terus berlanjut. " * 30 + "Penutup komentar."


@pytest.fixture
def moderator(transactional_db):
    newsroom_groups()
    return make_user(groups=["Moderator"], is_staff=True, username="moderator", password=PASSWORD)


def fill_queue(count):
    """``count`` pending comments on two articles: replies, a long one, flags, history."""
    flood = make_article(title="Banjir Rob Genangi Pesisir Semarang")
    prices = make_article(title="Harga Cabai Naik Menjelang Lebaran")
    parent = make_comment(article=flood, name="Rina", body="Semoga cepat surut.")
    make_comment(article=flood, email="pembaca0@contoh.id", status=Comment.Status.SPAM)
    comments = []
    for n in range(count):
        comments.append(
            make_comment(
                article=flood if n % 2 else prices,
                status=PENDING,
                name=f"Pembaca {n}",
                email=f"pembaca{n % 5}@contoh.id",
                body=LONG_BODY if n == 1 else f"Tanggapan nomor {n} soal berita ini.",
                parent=parent if n % 14 == 3 else None,  # on the flood article
                flag=Comment.Flag.WATCH_WORD if n % 6 == 5 else Comment.Flag.NONE,
            )
        )
    return comments


def pending_in_heading(page):
    return page.locator("h1 [data-pending-count]")


def focused_id(page):
    return page.evaluate("document.activeElement.id")


def test_moderator_clears_30_comments_with_the_keyboard_alone(page, moderator):
    comments = fill_queue(30)
    problems = watch(page)
    login(page, "moderator")
    page.goto(QUEUE)
    expect(pending_in_heading(page)).to_have_text("30")
    expect(page.locator(".queue__keys")).to_contain_text("Setujui")

    keys = 0
    for done, comment in enumerate(comments, start=1):
        if done == 21:
            # The first page cleared, the queue showed the next one by itself.
            expect(page.locator("[data-queue-item]")).to_have_count(10)
            expect(page.locator("[data-queue-item]").first).to_have_id(comment.anchor)
        key = "r" if done % 3 == 0 else "a"
        page.keyboard.press(key)
        keys += 1
        expect(pending_in_heading(page)).to_have_text(str(30 - done))
        if done < 30 and done != 20:
            # Focus went on to the next comment by itself.
            assert focused_id(page) == comments[done].anchor, done

    assert keys == 30
    statuses = dict(
        Comment.objects.filter(pk__in=[c.pk for c in comments]).values_list("pk", "status")
    )
    for n, comment in enumerate(comments, start=1):
        expected = Comment.Status.REJECTED if n % 3 == 0 else Comment.Status.APPROVED
        assert statuses[comment.pk] == expected
    assert (
        Comment.objects.filter(pk__in=[c.pk for c in comments], moderated_by=moderator).count()
        == 30
    )
    expect(page.locator("[data-queue-empty]")).to_be_visible()
    expect(page.locator("#nav-sidebar a[href='/admin/comments/pendingcomment/']")).to_have_text(
        "Antrean moderasi (0 menunggu)"
    )
    assert not problems, problems


def test_keys_move_open_and_mark_spam(page, moderator):
    comments = fill_queue(4)
    problems = watch(page)
    login(page, "moderator")
    page.goto(QUEUE)
    page.keyboard.press("j")
    assert focused_id(page) == comments[1].anchor
    whole = page.locator(f"#{comments[1].anchor} details")
    expect(whole).not_to_have_attribute("open", "")
    page.keyboard.press("o")
    expect(whole).to_have_attribute("open", "")
    expect(whole).to_contain_text("Penutup komentar.")
    page.keyboard.press("k")
    assert focused_id(page) == comments[0].anchor
    page.keyboard.press("s")
    expect(page.locator(f"#{comments[0].anchor}")).to_contain_text("Spam")
    assert focused_id(page) == comments[1].anchor
    page.keyboard.press("t")
    expect(pending_in_heading(page)).to_have_text("2")
    assert focused_id(page) == comments[2].anchor
    expect(page.locator("[data-queue-status]")).to_contain_text("ditolak")
    statuses = [Comment.objects.get(pk=c.pk).status for c in comments]
    assert statuses == [Comment.Status.SPAM, Comment.Status.REJECTED, PENDING, PENDING]
    # Typing in a filter is not a shortcut.
    page.locator("#queue-flag").focus()
    page.keyboard.press("a")
    assert Comment.objects.get(pk=comments[2].pk).status == PENDING
    assert not problems, problems


def test_a_slip_of_the_key_is_taken_back_with_one_click(page, moderator):
    comments = fill_queue(3)
    problems = watch(page)
    login(page, "moderator")
    page.goto(QUEUE)
    page.keyboard.press("j")
    page.keyboard.press("k")
    page.keyboard.press("s")
    card = page.locator(f"#{comments[0].anchor}")
    expect(card).to_contain_text("Spam")
    expect(pending_in_heading(page)).to_have_text("2")
    card.get_by_role("button", name="Urungkan").click()
    # The queue again, the comment waiting in it with its buttons, the count back.
    expect(page.locator(".messagelist")).to_contain_text("diurungkan")
    expect(pending_in_heading(page)).to_have_text("3")
    expect(card.get_by_role("button", name="Setujui")).to_be_visible()
    assert Comment.objects.get(pk=comments[0].pk).status == PENDING
    assert not problems, problems


def history_counts(page, comment) -> dict[str, str]:
    card = page.locator(f"#{comment.anchor}")
    return {
        status: card.locator(f'[data-history="{status}"] strong').inner_text()
        for status in ("approved", "pending", "spam", "rejected")
    }


def test_a_decision_updates_the_history_on_the_same_authors_later_cards(page, moderator):
    article = make_article(title="Banjir Rob Genangi Pesisir Semarang")
    first, second, third = (
        make_comment(article=article, status=PENDING, email=email, body=f"Tanggapan {n}.")
        for n, email in enumerate(["sama@contoh.id", "Sama@Contoh.id", "sama@contoh.id"])
    )
    other = make_comment(article=article, status=PENDING, email="lain@contoh.id")
    problems = watch(page)
    login(page, "moderator")
    page.goto(QUEUE)
    assert history_counts(page, third) == {
        "approved": "0", "pending": "2", "spam": "0", "rejected": "0"
    }  # fmt: skip

    page.keyboard.press("a")  # approves the first
    expect(page.locator(f"#{second.anchor} [data-history='approved'] strong")).to_have_text("1")
    assert history_counts(page, second) == {
        "approved": "1", "pending": "0", "spam": "0", "rejected": "0"
    }  # fmt: skip
    page.keyboard.press("r")  # rejects the second
    expect(page.locator(f"#{third.anchor} [data-history='rejected'] strong")).to_have_text("1")
    shown = history_counts(page, third)
    assert shown == {"approved": "1", "pending": "0", "spam": "0", "rejected": "1"}
    # The first card came before them all; another author's card is not theirs.
    assert history_counts(page, first)["pending"] == "0"
    assert history_counts(page, other) == {
        "approved": "0", "pending": "0", "spam": "0", "rejected": "0"
    }  # fmt: skip
    # What the page says is what the server counts.
    page.reload()
    assert history_counts(page, third) == shown
    assert not problems, problems


def test_phone_moderator_taps_through_10_comments(phone_page, moderator):
    page = phone_page
    comments = fill_queue(10)
    problems = watch(page)
    login(page, "moderator")
    page.goto(QUEUE)
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    assert_fits(page)
    # A phone has no keyboard: the shortcuts' legend is not shown there.
    expect(page.locator(".queue__keys")).to_be_hidden()

    taps = 0
    decisions = ["Setujui", "Setujui", "Tolak", "Setujui", "Spam"] * 2
    for done, name in enumerate(decisions, start=1):
        card = page.locator("[data-queue-item]:not(.queue-item--done)").first
        button = card.get_by_role("button", name=name)
        box = button.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 360
        assert box["height"] >= 44
        button.tap()
        taps += 1
        expect(pending_in_heading(page)).to_have_text(str(10 - done))
        assert page.evaluate("document.documentElement.scrollWidth") <= 360

    assert taps == 10
    by_status = {
        "Setujui": Comment.Status.APPROVED,
        "Tolak": Comment.Status.REJECTED,
        "Spam": Comment.Status.SPAM,
    }
    for comment, name in zip(comments, decisions, strict=True):
        comment.refresh_from_db()
        assert comment.status == by_status[name] and comment.moderated_by == moderator
    assert not problems, problems


@pytest.fixture
def no_script_page(browser, live_server, moderator):
    """The moderator, logged in, in a browser with JavaScript off."""
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    page = context.new_page()
    login(page, "moderator")
    yield page
    context.close()


def test_without_javascript_a_decision_comes_back_to_the_same_place(no_script_page):
    page = no_script_page
    comments = fill_queue(30)
    page.goto(f"{QUEUE}?flag=none&p=2")
    unflagged = [c for c in comments if not c.flag]
    on_page_2 = unflagged[20:]
    page.locator(f"#{on_page_2[0].anchor}").get_by_role("button", name="Tolak").click()
    expect(page).to_have_url(re.compile(rf"\?flag=none&p=2#{on_page_2[1].anchor}$"))
    expect(page.locator(".messagelist")).to_contain_text("ditolak")
    expect(pending_in_heading(page)).to_have_text("29")
    expect(page.locator("#nav-sidebar a[href='/admin/comments/pendingcomment/']")).to_have_text(
        "Antrean moderasi (29 menunggu)"
    )
    expect(page.locator("#queue-flag")).to_have_value("none")
    assert Comment.objects.get(pk=on_page_2[0].pk).status == Comment.Status.REJECTED
    # The long comment opens without a script.
    page.goto(QUEUE)
    whole = page.locator(f"#{comments[1].anchor} details summary")
    whole.click()
    expect(page.locator(f"#{comments[1].anchor} .comment-body")).to_contain_text("Penutup")


def test_without_javascript_the_last_decision_is_taken_back_from_the_queue(no_script_page):
    page = no_script_page
    comments = fill_queue(3)
    page.goto(QUEUE)
    page.locator(f"#{comments[0].anchor}").get_by_role("button", name="Spam").click()
    expect(pending_in_heading(page)).to_have_text("2")
    undo = page.locator(".queue__undo")
    expect(undo).to_contain_text(f"komentar dari {comments[0].name}, spam")
    undo.get_by_role("button", name="Urungkan").click()
    expect(page.locator(".messagelist")).to_contain_text("diurungkan")
    expect(pending_in_heading(page)).to_have_text("3")
    expect(page.locator(".queue__undo")).to_have_count(0)
    assert Comment.objects.get(pk=comments[0].pk).status == PENDING


@pytest.mark.parametrize(
    "screen",
    [
        {"viewport": {"width": 1280, "height": 900}},
        {"viewport": {"width": 360, "height": 740}, "is_mobile": True, "has_touch": True},
    ],
    ids=["desk", "phone"],
)
def test_queue_has_no_serious_accessibility_violations(browser, live_server, moderator, screen):
    fill_queue(8)
    # axe-core is injected as an inline script, which the site's CSP forbids.
    context = browser.new_context(base_url=live_server.url, bypass_csp=True, **screen)
    page = context.new_page()
    login(page, "moderator")
    page.goto(QUEUE)
    expect(page.locator("[data-queue-item]")).to_have_count(8)
    assert axe_violations(page) == []
    # And once a comment is decided in place.
    page.keyboard.press("a")
    expect(pending_in_heading(page)).to_have_text("7")
    assert axe_violations(page) == []
    context.close()


def test_queue_html_is_valid(client, moderator, tmp_path):
    fill_queue(8)
    client.force_login(moderator)
    response = client.get(QUEUE)
    assert response.status_code == 200
    assert vnu_errors({"queue": response.content.decode()}, tmp_path) == []
