"""The author edits or withdraws their comment: same browser, within the window only."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from comments.editing.text import editable_text
from comments.models import Comment
from comments.sanitize import sanitize_comment
from tests.comments.factories import post_comment

pytestmark = pytest.mark.django_db

ORIGIN = "http://testserver"


def edit_url(comment):
    return reverse("comments:edit", args=[comment.pk])


def posted(client, article, *, approve=True, body="Tulisan pertama saya.") -> Comment:
    post_comment(client, article, body=body)
    comment = Comment.objects.latest("id")
    if approve:
        Comment.objects.filter(pk=comment.pk).update(status=Comment.Status.APPROVED)
        comment.refresh_from_db()
    return comment


def page_text(client, article) -> str:
    html = client.get(article.get_absolute_url()).content.decode()
    return str(BeautifulSoup(html, "html.parser").find(id="komentar"))


def test_the_author_alone_sees_the_edit_link(client, reader_client, article):
    comment = posted(client, article)
    assert f'href="{edit_url(comment)}"' in page_text(client, article)
    assert edit_url(comment) not in page_text(reader_client, article)
    assert edit_url(comment) not in page_text(Client(), article)


def test_the_edit_page_is_private_and_prefilled(client, article):
    comment = posted(client, article, body="Baris satu.\n\nParagraf dua, lihat https://contoh.id")
    response = client.get(edit_url(comment))
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.find("textarea", {"name": "body"}).get_text().strip() == (
        "Baris satu.\n\nParagraf dua, lihat https://contoh.id"
    )
    assert soup.find("button", string="Tarik komentar")
    assert soup.find("input", {"name": "csrfmiddlewaretoken"})


def test_an_edit_within_the_window_shows_disunting(client, reader_client, article):
    comment = posted(client, article)
    assert "Tulisan pertama saya." in page_text(reader_client, article)  # kept now
    response = client.post(edit_url(comment), {"body": "Tulisan pertama <em>saya</em>!"})
    assert response.status_code == 303
    assert response["Location"].endswith(f"#komentar-{comment.pk}")
    comment.refresh_from_db()
    assert comment.body == "<p>Tulisan pertama <em>saya</em>!</p>"
    assert comment.edited_at is not None
    assert comment.status == Comment.Status.APPROVED
    for browser in (client, reader_client):
        region = page_text(browser, article)
        assert "Tulisan pertama <em>saya</em>!" in region
        assert "Tulisan pertama saya." not in region
        assert "(disunting)" in region


def test_an_edit_is_sanitized(client, article):
    comment = posted(client, article)
    client.post(edit_url(comment), {"body": '<script>alert(1)</script><b onclick="x()">Tebal</b>'})
    comment.refresh_from_db()
    assert "<script" not in comment.body and "onclick" not in comment.body
    assert "<b>Tebal</b>" in comment.body


def test_an_edit_the_screening_flags_goes_back_to_pending(
    client, reader_client, article, settings, mailoutbox
):
    settings.COMMENTS_WATCH_WORDS = ["judi"]
    settings.MODERATOR_EMAILS = ["moderator@redaksi.example"]
    comment = posted(client, article)
    page_text(reader_client, article)
    client.post(edit_url(comment), {"body": "Ayo main judi di sini."})
    comment.refresh_from_db()
    assert (comment.status, comment.flag) == (Comment.Status.PENDING, Comment.Flag.WATCH_WORD)
    assert "Ayo main judi" not in page_text(reader_client, article)
    mine = page_text(client, article)
    assert "Ayo main judi" in mine and "menunggu moderasi" in mine


LONG = (
    "Pemerintah harus segera memperbaiki tanggul di Kampung Melayu sebelum musim hujan tiba,"
    " karena warga sudah tiga kali mengungsi tahun ini."
)


@pytest.mark.parametrize(
    "typo",
    [
        LONG.replace("tanggul", "tangul"),
        LONG.replace(",", "").replace("Pemerintah", "pemerintah"),
        LONG.replace("hujan tiba", "hujan  tiba").replace("mengungsi", "mengugsi"),
    ],
)
def test_a_typo_fixed_in_an_approved_comment_stays_on_the_page(
    client, reader_client, article, typo
):
    comment = posted(client, article, body=typo)
    assert "perubahan yang lebih besar menunggu" in client.get(edit_url(comment)).content.decode()
    client.post(edit_url(comment), {"body": LONG})
    comment.refresh_from_db()
    assert comment.status == Comment.Status.APPROVED
    assert "tanggul di Kampung Melayu" in page_text(reader_client, article)


@pytest.mark.parametrize(
    "rewritten",
    [
        # Bait and switch: approved, then replaced by anything.
        "Tetangga saya Siti sering menipu warga, jangan percaya dia sama sekali.",
        # One word more or another, however it is written: a number, an address, an insult.
        LONG + " Hubungi 0812-3456-7890",
        LONG + " WA 0812/3456/7890",
        LONG + " WA 0&#56;1&#50;3&#52;5&#54;7&#56;9",
        LONG + " DM ＠siti_rahayu",
        LONG.replace("warga", "siti.rahayu@contoh.id"),
        LONG.replace("segera", "jangan"),
        LONG.replace("harus", "tidak harus"),
        LONG.replace("tiga", "30"),
    ],
)
def test_an_approved_comment_rewritten_waits_for_a_moderator_again(
    client, reader_client, article, rewritten
):
    comment = posted(client, article, body=LONG)
    response = client.post(edit_url(comment), {"body": rewritten})
    assert response.status_code == 303
    comment.refresh_from_db()
    assert (comment.status, comment.flag) == (Comment.Status.PENDING, Comment.Flag.EDITED)
    assert "Kampung Melayu" not in page_text(reader_client, article)
    assert "menunggu moderasi" in page_text(client, article)


def test_a_pending_comment_can_be_edited_and_stays_pending(client, article):
    comment = posted(client, article, approve=False)
    client.post(edit_url(comment), {"body": "Masih menunggu, sudah diperbaiki."})
    comment.refresh_from_db()
    assert comment.status == Comment.Status.PENDING
    assert "sudah diperbaiki" in comment.body


def test_an_empty_edit_is_refused(client, article):
    comment = posted(client, article)
    response = client.post(edit_url(comment), {"body": "   "})
    assert response.status_code == 400
    assert "Tuliskan komentar Anda." in response.content.decode()
    response = client.post(edit_url(comment), {"body": "<script>x</script>"})
    assert response.status_code == 400
    comment.refresh_from_db()
    assert comment.body == "<p>Tulisan pertama saya.</p>"


def test_an_edit_sent_after_the_window_gives_back_what_was_typed(client, article, settings):
    settings.COMMENTS_EDIT_MINUTES = 10
    comment = posted(client, article)
    Comment.objects.filter(pk=comment.pk).update(created_at=timezone.now() - timedelta(minutes=11))
    typed = "Koreksi saya yang panjang <b>soal</b> angka korban & lokasinya"
    response = client.post(edit_url(comment), {"body": typed})
    assert response.status_code == 403
    page = BeautifulSoup(response.content, "html.parser")
    assert "tidak dapat disunting lagi" in page.get_text()
    kept = page.find("textarea", readonly=True)
    assert kept.get_text().removeprefix("\n") == typed
    assert "no-store" in response["Cache-Control"]
    # Asked for, the refusal has nothing to give back.
    assert (
        BeautifulSoup(client.get(edit_url(comment)).content, "html.parser").find("textarea") is None
    )
    comment.refresh_from_db()
    assert comment.body == "<p>Tulisan pertama saya.</p>"


def test_after_the_window_the_link_goes_and_the_endpoints_refuse(client, article, settings):
    settings.COMMENTS_EDIT_MINUTES = 10
    comment = posted(client, article)
    Comment.objects.filter(pk=comment.pk).update(created_at=timezone.now() - timedelta(minutes=11))
    assert edit_url(comment) not in page_text(client, article)
    refused = client.get(edit_url(comment))
    assert refused.status_code == 403
    assert "tidak dapat disunting lagi" in refused.content.decode()
    assert "10 menit" in refused.content.decode()
    assert client.post(edit_url(comment), {"body": "Terlambat."}).status_code == 403
    assert client.post(edit_url(comment), {"aksi": "tarik"}).status_code == 403
    comment.refresh_from_db()
    assert (comment.status, comment.edited_at) == (Comment.Status.APPROVED, None)


def test_another_browser_can_never_edit(client, reader_client, article):
    comment = posted(client, article)
    assert reader_client.get(edit_url(comment)).status_code == 403
    assert reader_client.post(edit_url(comment), {"body": "Bukan milik saya."}).status_code == 403
    assert reader_client.post(edit_url(comment), {"aksi": "tarik"}).status_code == 403
    post_comment(reader_client, article)  # a session of its own
    assert reader_client.post(edit_url(comment), {"body": "Bukan milik saya."}).status_code == 403
    comment.refresh_from_db()
    assert comment.body == "<p>Tulisan pertama saya.</p>"
    assert comment.status == Comment.Status.APPROVED


def test_withdrawing_removes_the_comment(client, reader_client, article):
    comment = posted(client, article)
    page_text(reader_client, article)
    # Asked first, on a page of its own (the edit page's button is a GET), so
    # Back after withdrawing finds no form to send again.
    edit_page = BeautifulSoup(client.get(edit_url(comment)).content, "html.parser")
    assert edit_page.select_one("form.comment-edit__withdraw")["method"] == "get"
    asked = client.get(edit_url(comment), {"aksi": "tarik"})
    assert asked.status_code == 200
    assert "Tarik komentar ini?" in asked.content.decode()
    assert "menit lagi" in asked.content.decode()
    comment.refresh_from_db()
    assert comment.status == Comment.Status.APPROVED
    response = client.post(edit_url(comment), {"aksi": "tarik", "yakin": "1"})
    assert response.status_code == 303
    comment.refresh_from_db()
    assert (comment.status, comment.flag) == (Comment.Status.REJECTED, Comment.Flag.WITHDRAWN)
    for browser in (client, reader_client):
        assert "Tulisan pertama saya." not in page_text(browser, article)
    assert client.get(edit_url(comment)).status_code == 403


def test_an_edit_must_come_from_this_site(article):
    browser = Client(enforce_csrf_checks=True)
    post_comment(browser, article, HTTP_ORIGIN=ORIGIN, body="Dari situs sendiri.")
    comment = Comment.objects.get()
    token = browser.get(edit_url(comment)).cookies["csrftoken"].value
    data = {"body": "Diubah.", "csrfmiddlewaretoken": token}
    assert (
        browser.post(edit_url(comment), data, HTTP_ORIGIN="https://jahat.example").status_code
        == 403
    )
    assert (
        browser.post(edit_url(comment), {"body": "Diubah."}, HTTP_ORIGIN=ORIGIN).status_code == 403
    )
    assert browser.post(edit_url(comment), data, HTTP_ORIGIN=ORIGIN).status_code == 303


@pytest.mark.parametrize(
    "typed",
    [
        "Satu baris saja.",
        "Paragraf satu.\n\nParagraf dua\ndengan baris baru.",
        "Lihat https://contoh.id/berita?a=1&b=2 ya.",
        'Tautan <a href="https://contoh.id">ini</a> dan <em>miring</em>, a < b & c.',
        "<blockquote>Kutipan.</blockquote>\n\nTanggapan saya.",
    ],
)
def test_the_prefilled_text_gives_the_same_comment_back(typed):
    stored = sanitize_comment(typed)
    assert sanitize_comment(editable_text(stored)) == stored


@pytest.mark.parametrize("approve", [True, False])
def test_own_comment_shows_the_minutes_left_to_edit(client, article, settings, approve):
    settings.COMMENTS_EDIT_MINUTES = 15
    comment = posted(client, article, approve=approve)
    Comment.objects.filter(pk=comment.pk).update(
        created_at=timezone.now() - timedelta(minutes=5, seconds=30)
    )
    soup = BeautifulSoup(client.get(article.get_absolute_url()).content, "html.parser")
    card = soup.select_one(f"#komentar-{comment.pk}")
    assert card.select_one(".comment__edit")["href"] == edit_url(comment)
    assert card.select_one(".comment__edit-left").get_text() == "(10 menit lagi)"
    edit_page = client.get(edit_url(comment)).content.decode()
    assert "selama 10 menit lagi" in edit_page
    assert Client().get(article.get_absolute_url()).content.decode().count("menit lagi") == 0


@pytest.mark.parametrize(
    ("at", "dot"),
    [("&#64;", "."), ("<b></b>@", "."), ("\uff20", "."), ("@", "\u00b7"), (" et ", "\u2219")],
)
def test_an_edit_may_not_write_the_own_email_in_disguise(client, article, at, dot):
    comment = posted(client, article)
    local, _, domain = comment.email.partition("@")
    typed = f"{local}{at}{domain.replace('.', dot)}"
    response = client.post(edit_url(comment), {"body": f"Hubungi {typed}"})
    assert response.status_code == 400
    assert "Alamat email Anda tidak akan dipublikasikan" in response.content.decode()
    comment.refresh_from_db()
    assert comment.body == "<p>Tulisan pertama saya.</p>"


def test_an_edit_may_not_write_the_commenter_s_own_email_into_the_text(client, article):
    comment = posted(client, article)
    typed = f"Hubungi saya di {comment.email.upper()} ya"
    response = client.post(edit_url(comment), {"body": typed})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Alamat email Anda tidak akan dipublikasikan" in html
    assert typed in html  # what they typed stays in the form, for them alone
    assert (
        response["Cache-Control"].startswith("private") or "no-store" in response["Cache-Control"]
    )
    comment.refresh_from_db()
    assert comment.body == "<p>Tulisan pertama saya.</p>"
