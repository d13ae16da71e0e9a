"""A commenter sees their own comment waiting from signed, path-scoped cookies: no session."""

import pytest
from django.conf import settings
from django.test import Client

from articles.page_keys import COMMENT_LISTS, comments_key
from comments.authorship import ARTICLE_COOKIE, AUTHOR_COOKIE
from comments.models import Comment
from comments.services import comment_moderate
from portal.page_cache import store
from tests.comments.factories import post_comment
from tests.factories import make_article, make_editor

pytestmark = pytest.mark.django_db

WAITING = "Komentar Anda sedang menunggu moderasi"


@pytest.fixture
def article(db):
    return make_article(title="Berita hari ini")


def _post(client, article, body="Pendapat saya yang menunggu."):
    response = post_comment(client, article, body=body)
    assert response.status_code == 303
    return response, Comment.objects.get(body__contains=body)


def test_the_cookies_are_signed_small_and_scoped_to_where_they_are_read(article):
    response, comment = _post(Client(), article)
    assert settings.SESSION_COOKIE_NAME not in response.cookies
    own = response.cookies[ARTICLE_COOKIE]
    assert own["path"] == article.get_absolute_url()
    assert own["httponly"] and own["samesite"] == "Lax"
    assert 0 < int(own["max-age"]) <= 24 * 60 * 60
    assert response.cookies[AUTHOR_COOKIE]["path"] == "/komentar/"
    assert str(comment.pk) not in own.value.split(":")[0] or len(own.value) < 200
    assert response["Location"].endswith(f"#komentar-{comment.pk}")


def test_the_author_sees_their_comment_waiting_on_the_kept_page(
    article, django_assert_max_num_queries
):
    url = article.get_absolute_url()
    Client().get(url)  # the shared page is kept before the comment
    author = Client()
    _, comment = _post(author, article)
    with django_assert_max_num_queries(1):  # their comments; the page itself is kept
        mine = author.get(url)
    text = mine.content.decode()
    assert "Pendapat saya yang menunggu." in text and WAITING in text
    assert f'id="komentar-{comment.pk}"' in text
    assert f"/komentar/{comment.pk}/sunting/" in text
    assert "private" in mine["Cache-Control"] and "no-store" in mine["Cache-Control"]
    for reader in (Client(), Client(cookies={ARTICLE_COOKIE: "palsu"})):
        shared = reader.get(url)
        assert "Pendapat saya" not in shared.content.decode()
        assert "public" in shared["Cache-Control"]


def test_another_articles_page_shows_none_of_them(article):
    # Browsers send the cookie on the article's path only; the test client
    # sends every cookie everywhere, which the page must survive too.
    author = Client()
    _post(author, article)
    other = make_article(title="Berita lain")
    page = author.get(other.get_absolute_url())
    assert "public" in page["Cache-Control"]
    assert WAITING not in page.content.decode()


def test_only_the_browser_that_sent_it_may_edit_it(article):
    author = Client()
    _, comment = _post(author, article)
    edit_url = f"/komentar/{comment.pk}/sunting/"
    assert author.get(edit_url).status_code == 200
    assert Client().get(edit_url).status_code == 403
    forged = Client(cookies={AUTHOR_COOKIE: "x", ARTICLE_COOKIE: "y"})
    assert forged.get(edit_url).status_code == 403


def test_once_approved_the_comment_is_on_the_shared_page_and_still_editable(article):
    author = Client()
    _, comment = _post(author, article)
    chosen = Comment.objects.filter(pk=comment.pk)
    comment_moderate(comments=chosen, status=Comment.Status.APPROVED, moderator=None)
    text = author.get(article.get_absolute_url()).content.decode()
    assert WAITING not in text
    assert text.count(f'id="komentar-{comment.pk}"') == 1
    assert f"/komentar/{comment.pk}/sunting/" in text


def test_readers_never_get_a_session(article):
    reader = Client()
    reader.get(article.get_absolute_url())
    _post(reader, article)
    reader.post(f"/tanggapan/{article.pk}/", {"reaction": "senang"})
    reader.get(article.get_absolute_url())
    assert settings.SESSION_COOKIE_NAME not in reader.cookies


def test_a_made_up_session_gets_the_shared_page_from_the_cache(article, django_assert_num_queries):
    url = article.get_absolute_url()
    Client().get(url)
    for value in ("apa-saja", "a" * 40, "x" * 32):
        with django_assert_num_queries(0):
            response = Client(cookies={settings.SESSION_COOKIE_NAME: value}).get(url)
        assert "public" in response["Cache-Control"], value


def test_a_staff_session_is_signed_and_gets_a_page_of_its_own(article):
    from portal.staff_session import is_signed

    staff = Client()
    staff.force_login(make_editor())
    key = staff.cookies[settings.SESSION_COOKIE_NAME].value
    assert is_signed(key) and not is_signed(key[:-1] + ("0" if key[-1] != "0" else "1"))
    response = staff.get(article.get_absolute_url())
    assert "private" in response["Cache-Control"]
    staff.logout()
    gone = Client(cookies={settings.SESSION_COOKIE_NAME: key})
    assert "public" in gone.get(article.get_absolute_url())["Cache-Control"]


def test_edits_are_rate_limited_per_client_and_announce_nothing_while_pending(article, settings):
    settings.COMMENTS_EDIT_RATE_LIMIT = "3/m"
    author = Client()
    _, comment = _post(author, article)
    keys = [comments_key(article.pk), COMMENT_LISTS]
    before = store.generations(keys)
    edit_url = f"/komentar/{comment.pk}/sunting/"
    origin = {"HTTP_ORIGIN": "http://testserver"}
    codes = [
        author.post(edit_url, {"body": f"Suntingan {n}."}, **origin).status_code for n in range(5)
    ]
    assert codes == [303, 303, 303, 429, 429]
    assert store.generations(keys) == before
