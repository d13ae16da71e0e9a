"""The queue page: what each row shows, its filters and pages, what it costs."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from comments.models import Comment
from comments.moderation.queue import PER_PAGE
from tests import factories
from tests.comments.factories import make_comment
from tests.moderation.conftest import PENDING, queue_url, waiting

pytestmark = pytest.mark.django_db

LONG_BODY = "Awal komentar yang panjang. " + "Kalimat tengah yang panjang. " * 40 + "Akhir kalimat."


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def row(page, comment):
    return page.select_one(f"#{comment.anchor}")


def test_row_shows_comment_article_parent_flag_and_time(moderator_client, article):
    parent = make_comment(article=article, name="Rina", body="Semoga banjir cepat surut.")
    reply = make_comment(
        article=article,
        parent=parent,
        status=PENDING,
        name="Dodi",
        body="Betul, air masih setinggi lutut.",
        flag=Comment.Flag.WATCH_WORD,
    )
    page = soup(moderator_client.get(queue_url()))
    item = row(page, reply)
    assert item is not None
    assert "Dodi" in item.select_one("h2").get_text()
    assert "Betul, air masih setinggi lutut." in item.get_text()
    link = item.select_one(".queue-item__article a")
    assert link["href"] == article.get_absolute_url() and link.get_text() == article.title
    assert "Membalas Rina:" in item.select_one(".queue-item__parent").get_text()
    assert "Semoga banjir cepat surut." in item.select_one(".queue-item__parent").get_text()
    assert "Kata yang diawasi" in item.select_one(".queue-item__flag").get_text()
    assert item.select_one("time")["datetime"].startswith(str(reply.created_at.year))
    # Approved comments are not in the queue.
    assert row(page, parent) is None


def test_a_row_writes_out_where_the_name_and_the_links_lead(moderator_client, article):
    comment = make_comment(
        article=article,
        status=PENDING,
        name="Sari",
        url="https://sari.contoh.id",
        body='<p>Baca <a href="http://x.contoh.id/?a=1&amp;b=2">tautan</a> ini.</p>',
    )
    plain = make_comment(article=article, status=PENDING, body="<p>Tanpa tautan.</p>")
    page = soup(moderator_client.get(queue_url()))
    targets = [t.get_text() for t in row(page, comment).select(".queue-item__target")]
    assert targets == ["https://sari.contoh.id", "http://x.contoh.id/?a=1&b=2"]
    assert row(page, plain).select_one(".queue-item__links") is None


def test_long_comment_opens_without_script(moderator_client, article):
    comment = make_comment(article=article, status=PENDING, body=LONG_BODY)
    item = row(soup(moderator_client.get(queue_url())), comment)
    whole = item.select_one("details[data-whole]")
    assert whole is not None
    assert "Awal komentar" in whole.select_one("summary").get_text()
    assert "Akhir kalimat." in whole.select_one(".comment-body").get_text()
    assert "Akhir kalimat." not in whole.select_one("summary").get_text()


def test_each_row_has_three_plain_forms_with_csrf(moderator_client, article):
    comment = make_comment(article=article, status=PENDING)
    form = row(soup(moderator_client.get(queue_url("?p=1"))), comment).select_one("form")
    assert form["method"] == "post"
    assert form["action"] == reverse(
        "admin:comments_pendingcomment_decide", args=[comment.pk]
    )  # page 1 is the default: nothing to carry
    assert form.select_one("input[name=csrfmiddlewaretoken]")
    buttons = {b["value"]: b.get_text(strip=True) for b in form.select("button[name=status]")}
    assert buttons == {"approved": "Setujui", "spam": "Spam", "rejected": "Tolak"}
    keys = {b["value"]: b["aria-keyshortcuts"] for b in form.select("button")}
    assert keys == {"approved": "a", "spam": "s", "rejected": "r t"}


def test_shortcuts_are_listed_on_the_page(moderator_client, article):
    waiting(article, 1)
    page = soup(moderator_client.get(queue_url()))
    listed = {li["data-shortcut"]: li["data-keys"] for li in page.select("[data-shortcut]")}
    assert listed == {
        "next": "j",
        "previous": "k",
        "open": "o",
        "approved": "a",
        "spam": "s",
        "rejected": "r t",
    }
    assert "Pintasan papan ketik" in page.get_text()


def test_page_loads_its_script_and_styles_from_the_site_and_no_inline_script(
    moderator_client, article
):
    waiting(article, 1)
    response = moderator_client.get(queue_url())
    page = soup(response)
    assert page.select_one('script[src$="js/moderation.js"]')
    assert page.select_one('link[href$="css/moderation.css"]')
    inline = [s for s in page.select("script") if not s.get("src") and s.get_text(strip=True)]
    assert all(s.get("type") == "application/json" for s in inline)
    assert "script-src 'self'" in response["Content-Security-Policy"]


def test_oldest_first_and_pages_of_twenty(moderator_client, article):
    comments = waiting(article, PER_PAGE + 3)
    first = soup(moderator_client.get(queue_url()))
    ids = [li["id"] for li in first.select("[data-queue-item]")]
    assert ids == [c.anchor for c in comments[:PER_PAGE]]
    assert first.select_one("a[rel=next]")["href"] == queue_url("?p=2")
    second = soup(moderator_client.get(queue_url("?p=2")))
    assert [li["id"] for li in second.select("[data-queue-item]")] == [
        c.anchor for c in comments[PER_PAGE:]
    ]
    # A page past the end shows the last one.
    assert soup(moderator_client.get(queue_url("?p=9"))).select("[data-queue-item]")


def test_filters_by_flag_and_article(moderator_client, article):
    other = factories.make_article(title="Harga Cabai Naik")
    plain = make_comment(article=article, status=PENDING)
    linked = make_comment(article=article, status=PENDING, flag=Comment.Flag.LINKS)
    elsewhere = make_comment(article=other, status=PENDING)

    def shown(query):
        page = soup(moderator_client.get(queue_url(query)))
        return {li["id"] for li in page.select("[data-queue-item]")}

    assert shown("") == {plain.anchor, linked.anchor, elsewhere.anchor}
    assert shown("?flag=links") == {linked.anchor}
    assert shown("?flag=none") == {plain.anchor, elsewhere.anchor}
    assert shown(f"?artikel={other.pk}") == {elsewhere.anchor}
    assert shown("?flag=bogus&artikel=x") == shown("")
    options = soup(moderator_client.get(queue_url())).select("#queue-article option")
    assert [o.get_text() for o in options] == [
        "Semua artikel",
        f"{article.title} (2)",
        "Harga Cabai Naik (1)",
    ]
    # The filters travel with each decision.
    form = soup(moderator_client.get(queue_url("?flag=links"))).select_one("form[data-decide]")
    assert form["action"].endswith("?flag=links")


def test_heading_says_how_many_wait(moderator_client, article):
    waiting(article, 3)
    make_comment(article=article)
    page = soup(moderator_client.get(queue_url()))
    assert page.select_one("h1 [data-pending-count]").get_text() == "3"
    assert "3 menunggu" in page.select_one("h1").get_text()


def test_empty_queue_says_so(moderator_client):
    page = soup(moderator_client.get(queue_url()))
    assert not page.select("[data-queue-item]")
    empty = page.select_one("[data-queue-empty]")
    assert empty is not None and not empty.has_attr("hidden")


def test_viewer_sees_the_queue_without_decisions(viewer_client, article):
    waiting(article, 2)
    page = soup(viewer_client.get(queue_url()))
    assert len(page.select("[data-queue-item]")) == 2
    assert not page.select("form[data-decide]")
    assert {li["data-shortcut"] for li in page.select("[data-shortcut]")} == {
        "next",
        "previous",
        "open",
    }


def test_staff_without_comment_permissions_is_refused(editor_client):
    assert editor_client.get(queue_url()).status_code == 403


def test_anonymous_is_sent_to_login(client):
    response = client.get(queue_url())
    assert response.status_code == 302 and "/login/" in response["Location"]


def queries_for_queue(client) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(queue_url())
    assert response.status_code == 200
    return len(captured)


def fill_queue(article, count):
    """``count`` pending comments by few commenters, some replies, some history."""
    for n in range(count):
        email = f"pembaca{n % 4}@contoh.example"
        make_comment(article=article, email=email.upper() if n % 2 else email)
        make_comment(
            article=article,
            status=PENDING,
            email=email,
            parent=make_comment(article=article) if n % 3 == 0 else None,
        )


def test_query_count_is_the_same_for_5_and_50_comments(moderator_client, article):
    fill_queue(article, 5)
    with_5 = queries_for_queue(moderator_client)
    fill_queue(factories.make_article(), 45)
    assert Comment.objects.filter(status=PENDING).count() == 50
    assert queries_for_queue(moderator_client) == with_5
