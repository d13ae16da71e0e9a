"""A reader asks to hear of replies, confirms, hears of one, and unsubscribes in Chromium."""

import re
from urllib.parse import urlsplit

import pytest
from django.core import mail
from playwright.sync_api import expect

from comments.models import Comment, NotificationAddress
from comments.services import comment_moderate
from tests.comments.factories import make_comment
from tests.factories import make_article

pytestmark = pytest.mark.django_db(transaction=True)

CONFIRM_LINK = re.compile(r"https?://\S+/komentar/langganan/konfirmasi/[^/\s]+/")
UNSUBSCRIBE_LINK = re.compile(r"https?://\S+/komentar/langganan/berhenti/[^/\s]+/")
READER = "sari.pembaca@contoh.id"


def _path(url: str) -> str:
    return urlsplit(url).path


def _approve(comment):
    comment_moderate(
        comments=Comment.objects.filter(pk=comment.pk),
        status=Comment.Status.APPROVED,
        moderator=None,
    )


def test_reader_confirms_gets_a_reply_notice_and_unsubscribes_in_one_click(
    page, live_server, settings
):
    settings.SITE_URL = live_server.url
    settings.MODERATOR_EMAILS = []
    article = make_article(title="Artikel yang ramai dibalas")

    # The reader comments with the box ticked.
    page.goto(article.get_absolute_url())
    form = page.locator("#form-komentar")
    box = form.get_by_label("Beri tahu saya lewat email jika ada balasan")
    expect(box).not_to_be_checked()
    form.get_by_label(re.compile("^Komentar")).fill("Semoga ada yang menjawab.")
    form.get_by_label(re.compile("^Nama")).fill("Sari")
    form.get_by_label(re.compile("^Email")).fill(READER)
    box.check()
    form.get_by_role("button", name="Kirim Komentar").click()
    comment = Comment.objects.get()
    expect(page).to_have_url(re.compile(rf"#komentar-{comment.pk}$"))
    assert READER not in page.content()

    # One email: the confirmation. Its link works without logging in.
    [confirmation] = mail.outbox
    assert confirmation.to == [READER]
    page.goto(_path(CONFIRM_LINK.search(confirmation.body).group()))
    expect(page.get_by_role("heading", level=1)).to_have_text("Aktifkan pemberitahuan balasan?")
    assert not NotificationAddress.objects.get().is_active
    page.get_by_role("button", name="Ya, aktifkan pemberitahuan balasan").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Pemberitahuan balasan aktif")
    assert NotificationAddress.objects.get().is_active

    # A moderator approves the comment and then a reply to it.
    _approve(comment)
    reply = make_comment(
        article=article,
        parent=comment,
        status=Comment.Status.PENDING,
        name="Budi",
        email="budi.penjawab@contoh.id",
        body="Saya menjawab Anda.",
    )
    _approve(reply)
    [_, notice] = mail.outbox
    assert notice.to == [READER]
    assert "budi.penjawab" not in notice.message().as_string()
    reply_link = re.search(r"https?://\S+#komentar-\d+", notice.body).group()
    link = urlsplit(reply_link)
    assert link.fragment == f"komentar-{reply.pk}"
    page.goto(f"{link.path}#{link.fragment}")
    expect(page.locator(f"#komentar-{reply.pk}")).to_contain_text("Saya menjawab Anda.")

    # The link at the bottom of the email: one click on the button.
    stop = UNSUBSCRIBE_LINK.search(notice.body).group()
    assert notice.extra_headers["List-Unsubscribe"] == f"<{stop}>"
    page.goto(_path(stop))
    page.get_by_role("button", name="Ya, berhenti berlangganan").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Anda sudah berhenti berlangganan")
    assert READER not in page.content()
    assert NotificationAddress.objects.get().unsubscribed_at is not None

    # No more notices.
    another = make_comment(
        article=article, parent=comment, status=Comment.Status.PENDING, email="lain@contoh.id"
    )
    _approve(another)
    assert len(mail.outbox) == 2
