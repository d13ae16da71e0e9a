"""Readers report a comment until it leaves the page; an author edits theirs, then cannot."""

import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect

from comments.models import Comment, CommentReport
from tests.browser.checkers import axe_violations, vnu_errors
from tests.browser.journeys_helpers import watch
from tests.comments.factories import make_comment
from tests.factories import make_article

pytestmark = pytest.mark.django_db(transaction=True)


def report_from(page, article, comment, *, reason="Spam") -> None:
    page.goto(article.get_absolute_url())
    page.locator(f"#komentar-{comment.pk} .comment__report").click()
    expect(page.get_by_role("heading", name="Laporkan komentar")).to_be_visible()
    page.get_by_label(reason).check()
    page.get_by_role("button", name="Kirim Laporan").click()
    expect(page.get_by_role("status")).to_contain_text("Terima kasih")


def test_readers_report_a_comment_until_it_leaves_the_page(page, browser, live_server, settings):
    settings.COMMENTS_REPORTS_TO_HIDE = 3
    # Each reader comes through the proxy from a network (/24) of their own.
    settings.TRUSTED_PROXY_COUNT = 1
    article = make_article(title="Artikel yang ramai")
    bad = make_comment(article=article, name="Pengacau", body="Komentar yang melanggar.")
    make_comment(article=article, name="Sinta", body="Komentar yang baik.")
    problems = watch(page)

    page.set_extra_http_headers({"X-Forwarded-For": "198.51.1.1"})
    report_from(page, article, bad)
    # The same browser again: thanked, counted once.
    page.goto(reverse("comments:report", args=[bad.pk]))
    expect(page.get_by_role("status")).to_contain_text("Terima kasih")
    assert CommentReport.objects.count() == 1

    others = []
    for n, options in enumerate([{}, {"java_script_enabled": False}], start=2):
        context = browser.new_context(
            base_url=live_server.url,
            extra_http_headers={"X-Forwarded-For": f"198.51.{n}.1"},
            **options,
        )
        others.append(context)
        report_from(context.new_page(), article, bad, reason="Kasar/ujaran kebencian")
    try:
        bad.refresh_from_db()
        assert (bad.status, bad.flag) == (Comment.Status.PENDING, Comment.Flag.REPORTED)
        for reader in [page, *(c.pages[0] for c in others)]:
            reader.goto(article.get_absolute_url())
            expect(reader.locator("#komentar")).to_contain_text("Komentar yang baik.")
            expect(reader.locator(f"#komentar-{bad.pk}")).to_have_count(0)
            expect(reader.locator("#komentar")).not_to_contain_text("Komentar yang melanggar.")
    finally:
        for context in others:
            context.close()
    assert problems == []


def fill_comment(page, body: str) -> None:
    form = page.locator("#form-komentar")
    form.get_by_label(re.compile("^Komentar")).fill(body)
    form.get_by_label(re.compile("^Nama")).fill("Rahmat")
    form.get_by_label(re.compile("^Email")).fill("rahmat.sunting@contoh.id")
    form.get_by_role("button", name="Kirim Komentar").click()


def approve(comment) -> None:
    # A save, as a moderator's decision is: the kept pages go.
    comment.status = Comment.Status.APPROVED
    comment.save()


def test_a_reader_edits_within_the_window_and_cannot_after(page, settings):
    settings.COMMENTS_EDIT_MINUTES = 10
    article = make_article(title="Artikel untuk disunting")
    problems = watch(page)
    page.goto(article.get_absolute_url())
    fill_comment(page, "Tulisan dengan salah ketk, sudah dibetulkn.")
    comment = Comment.objects.get()
    approve(comment)

    page.goto(article.get_absolute_url())
    mine = page.locator(f"#komentar-{comment.pk}")
    mine.get_by_role("link", name="Sunting komentar Anda").click()
    body = page.get_by_label(re.compile("^Komentar"))
    expect(body).to_have_value("Tulisan dengan salah ketk, sudah dibetulkn.")
    # Typos fixed: it stays published (a rewrite would wait for a moderator).
    body.fill("Tulisan dengan salah ketik, sudah dibetulkan.")
    page.get_by_role("button", name="Simpan Perubahan").click()
    expect(page).to_have_url(re.compile(rf"#komentar-{comment.pk}$"))
    mine = page.locator(f"#komentar-{comment.pk}")
    expect(mine).to_contain_text("Tulisan dengan salah ketik, sudah dibetulkan.")
    expect(mine.locator(".comment__edited")).to_have_text("(disunting)")

    # Eleven minutes later, the link is gone and the page refuses.
    Comment.objects.filter(pk=comment.pk).update(created_at=timezone.now() - timedelta(minutes=11))
    page.reload()
    expect(page.locator(f"#komentar-{comment.pk}")).to_contain_text("dibetulkan")
    expect(page.locator(f"#komentar-{comment.pk} .comment__edit")).to_have_count(0)
    response = page.goto(reverse("comments:edit", args=[comment.pk]))
    assert response.status == 403
    expect(page.locator("body")).to_contain_text("tidak dapat disunting lagi")
    # The browser logs the refusal it was expected to get; nothing else.
    assert [p for p in problems if "403 (Forbidden)" not in p] == []


def test_a_reader_withdraws_a_comment_on_a_phone(phone_page, browser, live_server):
    article = make_article()
    phone_page.goto(article.get_absolute_url())
    fill_comment(phone_page, "Sebaiknya tidak jadi saya kirim.")
    comment = Comment.objects.get()
    approve(comment)
    stranger = browser.new_context(base_url=live_server.url)
    try:
        other = stranger.new_page()
        other.goto(article.get_absolute_url())
        expect(other.locator(f"#komentar-{comment.pk}")).to_be_visible()
        expect(other.locator(f"#komentar-{comment.pk} .comment__edit")).to_have_count(0)
        assert other.goto(reverse("comments:edit", args=[comment.pk])).status == 403

        phone_page.goto(article.get_absolute_url())
        phone_page.locator(f"#komentar-{comment.pk} .comment__edit").click()
        expect(phone_page.get_by_text("menit lagi")).to_be_visible()
        button = phone_page.get_by_role("button", name="Tarik komentar")
        assert button.bounding_box()["height"] >= 44
        button.click()
        # Asked first, with the time left to change one's mind.
        expect(phone_page.get_by_role("heading", name="Tarik komentar ini?")).to_be_visible()
        expect(phone_page.get_by_text("menit lagi")).to_be_visible()
        assert Comment.objects.get(pk=comment.pk).status == Comment.Status.APPROVED
        phone_page.get_by_role("button", name="Ya, tarik komentar").click()
        expect(phone_page).to_have_url(re.compile(r"#komentar$"))
        expect(phone_page.locator(f"#komentar-{comment.pk}")).to_have_count(0)
        other.goto(article.get_absolute_url())
        expect(other.locator(f"#komentar-{comment.pk}")).to_have_count(0)
    finally:
        stranger.close()
    width = phone_page.evaluate("document.documentElement.scrollWidth")
    assert width <= 360


def test_the_report_and_edit_pages_are_valid_and_accessible(client, browser, live_server, tmp_path):
    article = make_article()
    comment = make_comment(article=article, body="Komentar untuk diperiksa.")
    report_page = client.get(reverse("comments:report", args=[comment.pk])).content.decode()
    client.get(article.get_absolute_url())
    from tests.comments.factories import post_comment

    post_comment(client, article, body="Milik saya.")
    own = Comment.objects.latest("id")
    edit_page = client.get(reverse("comments:edit", args=[own.pk])).content.decode()
    assert vnu_errors({"report": report_page, "edit": edit_page}, tmp_path) == []

    # axe-core is injected as an inline script, which the site's CSP forbids.
    context = browser.new_context(base_url=live_server.url, bypass_csp=True)
    try:
        page = context.new_page()
        page.goto(reverse("comments:report", args=[comment.pk]))
        assert axe_violations(page) == []
    finally:
        context.close()
