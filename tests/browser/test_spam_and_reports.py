"""A moderator rescues a comment from Spam and reviews a reported one, in Chromium;
the admin pages this touches have no serious accessibility violations at 360 and 1280 px."""

import pytest
from django.test import Client
from playwright.sync_api import expect

from comments.models import Comment, CommentTransition
from tests.browser.checkers import axe_violations
from tests.browser.journeys_helpers import PASSWORD, login, newsroom_groups, watch
from tests.comments.factories import make_comment
from tests.comments.test_reports import report
from tests.factories import make_article, make_user

pytestmark = pytest.mark.django_db(transaction=True)

CHANGELIST = "/admin/comments/comment/"
SCREENS = [
    {"viewport": {"width": 1280, "height": 900}},
    {"viewport": {"width": 360, "height": 740}, "is_mobile": True, "has_touch": True},
]


@pytest.fixture
def moderator(transactional_db):
    newsroom_groups()
    return make_user(groups=["Moderator"], is_staff=True, username="moderator", password=PASSWORD)


def _comments():
    article = make_article(title="Satgas Blokir Ribuan Situs Judi Online")
    trapped = make_comment(
        article=article,
        status=Comment.Status.SPAM,
        flag=Comment.Flag.SPAM_FILTER,
        spam_score=9.1,
        spam_reasons=["judol: slot", 'dipelajari: "gacor" +2.0'],
        name="Rudi",
        body="Situs slot gacor makin marak, pemerintah harus tegas memblokirnya.",
    )
    reported = make_comment(
        article=article, name="Bambang", body="Komentar yang dilaporkan seorang pembaca."
    )
    report(Client(), reported, reason="abusive", note="Menghina.", address="198.51.100.4")
    return article, trapped, reported


def test_moderator_rescues_from_spam_and_reviews_a_reported_comment(page, moderator):
    article, trapped, reported = _comments()
    problems = watch(page)
    login(page, "moderator")

    # Spam: the comment the filter trapped, its score, one click back.
    page.goto(f"{CHANGELIST}?status=spam")
    row = page.locator("#result_list tbody tr", has_text="Situs slot gacor makin marak")
    expect(row).to_contain_text("9.1")
    row.get_by_role("button", name="Bukan spam").click()
    expect(page.locator(".messagelist")).to_contain_text("dipulihkan dari spam")
    trapped.refresh_from_db()
    assert trapped.status == Comment.Status.APPROVED
    assert trapped.spam_learned == "ham"
    page.goto(article.get_absolute_url())
    expect(page.locator("#komentar")).to_contain_text("Situs slot gacor makin marak")

    # Dilaporkan: one report is enough to be listed, with its reason.
    page.goto(CHANGELIST)
    page.get_by_role("link", name="Dilaporkan (1)").click()
    row = page.locator("#result_list tbody tr", has_text="Komentar yang dilaporkan")
    expect(row).to_contain_text("1 laporan")
    expect(row).to_contain_text("Kasar/ujaran kebencian")
    row.locator("th a, td a").first.click()
    expect(page.locator(".comment-reports")).to_contain_text("Menghina.")
    # The moderator finds it acceptable: decided, it leaves the list.
    page.select_option("select[name=status]", "rejected")
    page.get_by_role("button", name="Simpan", exact=True).click()
    page.goto(f"{CHANGELIST}?laporan=dilaporkan")
    expect(page.locator("#result_list")).to_have_count(0)
    reported.refresh_from_db()
    assert reported.status == Comment.Status.REJECTED and reported.moderated_by == moderator
    assert CommentTransition.objects.filter(comment=reported, by=moderator).exists()
    assert problems == []


@pytest.mark.parametrize("screen", SCREENS, ids=["desk", "phone"])
def test_spam_and_reported_lists_have_no_serious_violations(
    browser, live_server, moderator, screen
):
    article, trapped, _reported = _comments()
    make_comment(
        article=article,
        status=Comment.Status.PENDING,
        flag=Comment.Flag.LIKELY_SPAM,
        spam_score=4.2,
        spam_reasons=["pinjol: cair cepat", "tautan"],
        body="Butuh dana cepat? Hubungi kami.",
    )
    # axe-core is injected as an inline script, which the site's CSP forbids.
    context = browser.new_context(base_url=live_server.url, bypass_csp=True, **screen)
    page = context.new_page()
    login(page, "moderator")
    for path in [
        f"{CHANGELIST}?status=spam",
        f"{CHANGELIST}?laporan=dilaporkan",
        f"{CHANGELIST}{trapped.pk}/change/",
        "/admin/comments/spamphrase/",
        "/admin/comments/spamphrase/add/",
        "/admin/comments/pendingcomment/",
    ]:
        page.goto(path)
        assert axe_violations(page) == [], path
    context.close()
