"""A reader comments through the real form in Chromium."""

import re

import pytest
from playwright.sync_api import expect

from comments.models import Comment
from tests.comments.factories import make_comment
from tests.factories import make_article

pytestmark = pytest.mark.django_db(transaction=True)


def fill_form(form, *, name, email, body):
    form.get_by_label(re.compile("^Komentar")).fill(body)
    form.get_by_label(re.compile("^Nama")).fill(name)
    form.get_by_label(re.compile("^Email")).fill(email)


def test_reader_posts_and_sees_the_moderation_notice(page):
    article = make_article(title="Artikel untuk dikomentari")
    page.goto(article.get_absolute_url())
    form = page.locator("#form-komentar")
    expect(form.get_by_role("heading", name="Tinggalkan Balasan")).to_be_visible()
    fill_form(form, name="Rahmat", email="rahmat.browser@contoh.id", body="Dari peramban.")
    form.get_by_role("button", name="Kirim Komentar").click()

    comment = Comment.objects.get()
    expect(page).to_have_url(re.compile(rf"#komentar-{comment.pk}$"))
    mine = page.locator(f"#komentar-{comment.pk}")
    expect(mine).to_contain_text("Dari peramban.")
    expect(mine).to_contain_text("Komentar Anda sedang menunggu moderasi")
    assert "rahmat.browser" not in page.content()
    assert comment.status == Comment.Status.PENDING


def test_reply_link_moves_the_form_and_posts_a_reply(page):
    article = make_article()
    parent = make_comment(article=article, name="Sinta", body="Komentar induk.")
    page.goto(article.get_absolute_url())
    page.locator(f"#komentar-{parent.pk} .comment-reply-link").click()
    form = page.locator(f"#komentar-{parent.pk} #form-komentar")
    expect(form).to_be_visible()
    expect(form).to_contain_text("Membalas Sinta")
    fill_form(form, name="Joko", email="joko@contoh.id", body="Balasan saya.")
    form.get_by_role("button", name="Kirim Komentar").click()
    reply = Comment.objects.get(parent=parent)
    expect(page.locator(f"#komentar-{parent.pk} #komentar-{reply.pk}")).to_contain_text(
        "Balasan saya."
    )


def test_the_form_fits_a_phone(phone_page):
    article = make_article()
    phone_page.goto(article.get_absolute_url())
    width = phone_page.evaluate("document.documentElement.scrollWidth")
    assert width <= 360
    button = phone_page.locator("#form-komentar button[type=submit]").bounding_box()
    assert button["height"] >= 44


def test_reply_without_javascript(browser, live_server):
    article = make_article()
    parent = make_comment(article=article, name="Sinta", body="Komentar induk.")
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(article.get_absolute_url())
        page.locator(f"#komentar-{parent.pk} .comment-reply-link").click()
        expect(page).to_have_url(re.compile(rf"\?balas={parent.pk}#form-komentar$"))
        form = page.locator("#form-komentar")
        expect(form).to_contain_text("Membalas Sinta")
        fill_form(form, name="Tanpa JS", email="tanpajs@contoh.id", body="Balasan polos.")
        form.get_by_role("button", name="Kirim Komentar").click()
        reply = Comment.objects.get(parent=parent)
        expect(page.locator(f"#komentar-{reply.pk}")).to_contain_text("menunggu moderasi")
    finally:
        context.close()
