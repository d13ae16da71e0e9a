"""The comment POST: 303 when accepted, 400 with the form when not, 429 when too many."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from comments.models import Comment
from tests.comments.factories import form_data, make_comment, post_comment
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_valid_post_redirects_303_to_the_comment(client, article):
    response = post_comment(client, article, body="Tanggapan pertama.")
    comment = Comment.objects.get()
    assert response.status_code == 303
    assert response["Location"] == f"{article.get_absolute_url()}#komentar-{comment.pk}"
    assert comment.status == Comment.Status.PENDING


def test_author_sees_the_pending_comment_without_email(client, article):
    post_comment(client, article, name="Wati", email="wati.rahasia@contoh.example", body="Sip.")
    html = client.get(article.get_absolute_url()).content.decode()
    region = BeautifulSoup(html, "html.parser").find(id="komentar")
    assert "Komentar Anda sedang menunggu moderasi" in region.get_text()
    assert "Sip." in region.get_text()
    assert "wati.rahasia" not in html


def test_nobody_else_sees_a_pending_comment(client, reader_client, article):
    post_comment(client, article, body="Masih menunggu.")
    html = reader_client.get(article.get_absolute_url()).content.decode()
    assert "Masih menunggu." not in html
    assert "menunggu moderasi" not in html


def test_the_pending_notice_goes_once_approved(client, article):
    post_comment(client, article, body="Disetujui nanti.")
    Comment.objects.update(status=Comment.Status.APPROVED)
    html = client.get(article.get_absolute_url()).content.decode()
    assert "Disetujui nanti." in html
    assert "menunggu moderasi" not in html


def test_invalid_post_is_400_with_indonesian_errors_and_typed_text(client, article):
    response = post_comment(
        client, article, name="", email="bukan-email", url="ftp://x.id", body="Teks saya"
    )
    assert response.status_code == 400
    soup = BeautifulSoup(response.content, "html.parser")
    form = soup.find(id="form-komentar")
    errors = form.get_text()
    assert "Tuliskan nama Anda." in errors
    assert "Tuliskan alamat email yang benar" in errors
    assert "diawali http:// atau https://" in errors
    assert form.find("textarea", {"name": "body"}).get_text().strip() == "Teks saya"
    assert form.find("input", {"name": "email"})["value"] == "bukan-email"
    assert not Comment.objects.exists()


@pytest.mark.parametrize(
    ("field", "typed", "message"),
    [
        ("body", "\u200b\u200b\u200b", "Tuliskan komentar Anda."),
        ("body", "\u3164 \u2800 \ufeff", "Tuliskan komentar Anda."),
        ("body", "<b></b> <i> </i>", "Tuliskan komentar Anda."),
        # What is dropped on publishing shows nothing either.
        ("body", "<b></b><script>x</script>", "Tuliskan komentar Anda."),
        ("body", "<i> </i><style>p{}</style>", "Tuliskan komentar Anda."),
        ("body", "&nbsp;&#8203;", "Tuliskan komentar Anda."),
        ("name", "\u3164", "Tuliskan nama Anda."),
        ("name", "\u200b \u200d", "Tuliskan nama Anda."),
        ("name", "\u034f\ufe0f", "Tuliskan nama Anda."),
        ("body", "\u034f \U000e0100 \u17b4", "Tuliskan komentar Anda."),
        ("body", "\ue000\u0301", "Tuliskan komentar Anda."),
    ],
)
def test_a_comment_or_name_that_would_show_nothing_is_refused(
    client, article, field, typed, message
):
    fields = {"name": "Budi", "body": "Komentar saya.", field: typed}
    response = post_comment(client, article, **fields)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Comment.objects.exists()


def test_a_website_without_its_scheme_is_taken_as_https(client, article):
    html = client.get(article.get_absolute_url()).content.decode()
    field = BeautifulSoup(html, "html.parser").find("input", {"name": "url"})
    # The browser does not refuse what the form takes.
    assert field["type"] == "text"
    assert field["inputmode"] == "url"
    response = post_comment(client, article, name="Budi", url="contoh.id", body="Komentar saya.")
    assert response.status_code in (302, 303)
    assert Comment.objects.get().url == "https://contoh.id"


def test_a_comment_of_emoji_alone_is_kept(client, article):
    response = post_comment(client, article, name="Budi", body="👍❤️")
    assert response.status_code in (302, 303)
    assert Comment.objects.count() == 1


@pytest.mark.parametrize(
    ("field", "limit"), [("name", 100), ("email", 254), ("url", 200), ("body", 5000)]
)
def test_length_limits(client, article, field, limit):
    too_long = {
        "name": "n" * (limit + 1),
        "email": "e" * 10 + "@" + ".".join(["d" * 60] * 4) + ".id",
        "url": "https://contoh.id/" + "u" * limit,
        "body": "b" * (limit + 1),
    }[field]
    response = post_comment(client, article, **{field: too_long})
    assert response.status_code == 400
    assert "Paling banyak" in response.content.decode()
    assert not Comment.objects.exists()


def test_a_comment_too_long_comes_back_whole_to_be_shortened_but_a_flood_does_not(client, article):
    typed = "kalimat panjang " * 375 + "akhir tulisan saya."
    response = post_comment(client, article, body=typed)
    assert response.status_code == 400
    assert "akhir tulisan saya." in response.content.decode()
    flood = post_comment(client, article, body="x" * 1_000_000)
    assert flood.status_code == 400 and len(flood.content) < 60_000


def test_limits_are_inclusive(client, article):
    response = post_comment(client, article, name="n" * 100, body="b" * 5000)
    assert response.status_code == 303


@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,x", "ftp://contoh.id/"])
def test_website_must_be_http(client, article, url):
    assert post_comment(client, article, url=url).status_code == 400


def test_website_without_scheme_gets_https(client, article):
    post_comment(client, article, url="contoh.id")
    assert Comment.objects.get().url == "https://contoh.id"


def test_reply_through_parent(client, article):
    parent = make_comment(article=article)
    response = post_comment(client, article, parent=parent.pk)
    reply = Comment.objects.get(parent=parent)
    assert response.status_code == 303
    assert response["Location"].endswith(f"#komentar-{reply.pk}")


def test_reply_to_unknown_parent_is_400(client, article):
    other = make_comment(article=make_article())
    response = post_comment(client, article, parent=other.pk)
    assert response.status_code == 400
    assert "sudah tidak ada" in response.content.decode()


def test_a_reply_to_a_comment_gone_meanwhile_can_be_sent_again_as_a_comment(client, article):
    parent = make_comment(article=article)
    parent.status = Comment.Status.REJECTED
    parent.save()
    response = post_comment(client, article, parent=parent.pk, body="Balasan yang saya ketik.")
    assert response.status_code == 400
    form = BeautifulSoup(response.content, "html.parser").select_one("form#form-komentar")
    assert form.select_one('[name="parent"]').get("value", "") == ""
    assert "Balasan yang saya ketik." in form.select_one('[name="body"]').get_text()
    kept = {name: form.select_one(f'[name="{name}"]') for name in ("name", "email", "parent")}
    again = {name: field.get("value", "") for name, field in kept.items()}
    again["body"] = form.select_one('[name="body"]').get_text().strip()
    response = post_comment(client, article, **again)
    assert response.status_code == 303
    assert Comment.objects.get(body__contains="Balasan yang saya ketik.").parent is None


def test_reply_link_works_without_javascript(client, article):
    parent = make_comment(article=article, name="Andi")
    html = client.get(article.get_absolute_url()).content.decode()
    soup = BeautifulSoup(html, "html.parser")
    link = soup.select_one(f"#komentar-{parent.pk} .comment-reply-link")
    assert link["href"] == f"?balas={parent.pk}#form-komentar"
    reply_page = client.get(f"{article.get_absolute_url()}{link['href'].split('#')[0]}")
    form = BeautifulSoup(reply_page.content, "html.parser").find(id="form-komentar")
    assert form.find("input", {"name": "parent"})["value"] == str(parent.pk)
    assert "Membalas Andi" in form.get_text()


def test_form_markup(client, article):
    soup = BeautifulSoup(client.get(article.get_absolute_url()).content, "html.parser")
    form = soup.find(id="form-komentar")
    assert form.name == "form" and form["method"] == "post"
    assert form["action"] == reverse("comments:post", args=[article.pk])
    assert "Tinggalkan Balasan" in form.get_text()
    assert (
        "Alamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *" in form.get_text()
    )
    # No per-reader token: the page is shared. The form's ticket comes from
    # a stylesheet, and forgeries are refused by origin.
    assert not form.find("input", {"name": "csrfmiddlewaretoken"})
    assert not form.find("input", {"name": "timestamp"})
    assert form.find("link", {"rel": "stylesheet", "href": reverse("comments:ticket")})
    for name in ("name", "email", "body"):
        field = form.find(attrs={"name": name})
        assert field.has_attr("required")
        label = form.find("label", {"for": field["id"]})
        assert "*" in label.get_text()
    assert not form.find(attrs={"name": "url"}).has_attr("required")
    # The browser leaves the checks to the site, whose messages are Indonesian
    # whatever the browser's language, with what was typed kept.
    assert form.has_attr("novalidate")


def test_closing_and_reopening_a_discussion_shows_at_once_on_the_kept_page(client, article):
    url = article.get_absolute_url()
    assert 'id="form-komentar"' in client.get(url).content.decode()  # kept now
    article.comments_open = False
    article.save()
    html = client.get(url).content.decode()
    assert "Komentar ditutup" in html
    assert 'id="form-komentar"' not in html
    article.comments_open = True
    article.save()
    html = client.get(url).content.decode()
    assert 'id="form-komentar"' in html
    assert "Komentar ditutup" not in html


def test_closed_article_shows_komentar_ditutup_and_refuses_posts(client, article):
    article.comments_open = False
    article.save()
    html = client.get(article.get_absolute_url()).content.decode()
    assert "Komentar ditutup" in html
    assert 'id="form-komentar"' not in html
    # Nobody is invited to be the first to answer a closed discussion.
    assert "Belum ada komentar." in html
    assert "Jadilah yang pertama" not in html
    response = post_comment(client, article, body="Pendapat saya yang panjang <b>soal</b> ini")
    assert response.status_code == 400
    page = BeautifulSoup(response.content, "html.parser")
    assert "Komentar ditutup" in page.h1.get_text()
    assert page.title.get_text().startswith("Komentar ditutup")
    assert "sudah ditutup" in page.get_text()
    # No form to fix and send again; what was typed is there to copy.
    assert not page.find(id="form-komentar")
    assert "Perbaiki yang ditandai" not in page.get_text()
    # A browser drops the line break that opens a textarea's text.
    assert page.find("textarea", readonly=True).get_text().removeprefix("\n") == (
        "Pendapat saya yang panjang <b>soal</b> ini"
    )
    assert "pembaca@" not in response.content.decode()
    assert not Comment.objects.exists()


def test_discussion_closes_after_the_configured_days(client, settings):
    from datetime import timedelta

    from django.utils import timezone

    old = make_article(published_at=timezone.now() - timedelta(days=10))
    settings.COMMENTS_CLOSE_AFTER_DAYS = 7
    assert "Komentar ditutup" in client.get(old.get_absolute_url()).content.decode()
    assert post_comment(client, old).status_code == 400
    settings.COMMENTS_CLOSE_AFTER_DAYS = 0
    assert post_comment(client, old).status_code == 303


def test_unpublished_article_is_404(client, article):
    article.status = article.Status.DRAFT
    article.save()
    assert post_comment(client, article).status_code == 404


def test_get_is_not_allowed(client, article):
    assert client.get(reverse("comments:post", args=[article.pk])).status_code == 405


def test_csrf_is_required(article):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    response = strict.post(reverse("comments:post", args=[article.pk]), form_data(article))
    assert response.status_code == 403


@pytest.mark.parametrize("days", [0, 3])
def test_a_draft_s_preview_shows_the_discussion_as_readers_will_find_it(
    client, editor_user, category, settings, days
):
    from tests.factories import make_draft_created

    settings.COMMENTS_CLOSE_AFTER_DAYS = days
    # Written a week ago: its time a placeholder, the clock starts when it goes live.
    draft = make_draft_created(days_ago=7, category=category, editor=editor_user)
    client.force_login(editor_user)
    html = client.get(draft.get_absolute_url()).content.decode()
    assert 'id="form-komentar"' in html
    assert "Komentar ditutup" not in html
    draft.comments_open = False
    draft.save()
    html = client.get(draft.get_absolute_url()).content.decode()
    assert "Komentar ditutup" in html
    assert 'id="form-komentar"' not in html
