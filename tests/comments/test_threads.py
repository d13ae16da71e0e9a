"""Threaded display: oldest first, nested to a depth, paginated by thread."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from comments.models import Comment
from tests.comments.factories import make_comment, post_comment

pytestmark = pytest.mark.django_db


def region(client, url):
    return BeautifulSoup(client.get(url).content, "html.parser").find(id="komentar")


def level_of(soup, comment):
    return soup.find(id=f"komentar-{comment.pk}")["class"][1]


def test_oldest_first_with_replies_nested(client, article):
    first = make_comment(article=article, body="Pertama")
    second = make_comment(article=article, body="Kedua")
    reply = make_comment(article=article, parent=first, body="Balasan")
    Comment.objects.filter(pk=second.pk).update(created_at=timezone.now() + timedelta(minutes=1))
    soup = region(client, article.get_absolute_url())
    top = soup.select("ol.comment-list > li.comment--level-1")
    assert [li["id"] for li in top] == [f"komentar-{first.pk}", f"komentar-{second.pk}"]
    assert soup.find(id=f"komentar-{first.pk}").find(id=f"komentar-{reply.pk}")


def test_depth_is_capped_and_deeper_replies_join_the_deepest_level(client, article, settings):
    settings.COMMENTS_MAX_DEPTH = 3
    level1 = make_comment(article=article)
    level2 = make_comment(article=article, parent=level1)
    level3 = make_comment(article=article, parent=level2)
    level4 = make_comment(article=article, parent=level3)
    level5 = make_comment(article=article, parent=level4)
    soup = region(client, article.get_absolute_url())
    assert [level_of(soup, c) for c in (level1, level2, level3, level4, level5)] == [
        "comment--level-1",
        "comment--level-2",
        "comment--level-3",
        "comment--level-3",
        "comment--level-3",
    ]
    # Shown beside the comment it answers, under the same level-2 parent.
    assert soup.find(id=f"komentar-{level4.pk}").find_parent("li")["id"] == level2.anchor
    # And naming it, linked: "membalas <name>"; nested replies name nobody.
    for reply, answered in ((level4, level3), (level5, level4)):
        link = soup.find(id=reply.anchor).find("a", class_="comment__answers")
        assert link.get_text() == f"membalas {answered.name}"
        assert link["href"] == f"#{answered.anchor}"
    for nested in (level2, level3):
        assert soup.find(id=nested.anchor).article.find(class_="comment__answers") is None


def test_depth_is_a_setting(client, article, settings):
    settings.COMMENTS_MAX_DEPTH = 2
    level1 = make_comment(article=article)
    level2 = make_comment(article=article, parent=level1)
    level3 = make_comment(article=article, parent=level2)
    assert level_of(region(client, article.get_absolute_url()), level3) == "comment--level-2"


def test_replies_to_hidden_comments_are_hidden(client, article):
    parent = make_comment(article=article)
    reply = make_comment(article=article, parent=parent)
    Comment.objects.filter(pk=parent.pk).update(status=Comment.Status.REJECTED)
    html = str(region(client, article.get_absolute_url()))
    assert reply.anchor not in html


def test_paginated_by_top_level_comment_with_links_inside_komentar(client, article, settings):
    settings.COMMENTS_PER_PAGE = 2
    threads = [make_comment(article=article) for _ in range(5)]
    replies = [make_comment(article=article, parent=threads[0]) for _ in range(3)]
    soup = region(client, article.get_absolute_url())
    shown = {li["id"] for li in soup.select("li.comment")}
    assert shown == {c.anchor for c in threads[:2] + replies}
    next_link = soup.select_one(".comment-pagination a[rel=next]")
    assert next_link["href"] == "?page=2#komentar"
    page3 = region(client, f"{article.get_absolute_url()}?page=3")
    assert {li["id"] for li in page3.select("li.comment")} == {threads[4].anchor}
    assert page3.select_one(".comment-pagination a[rel=prev]")["href"] == "?page=2#komentar"


def test_redirect_points_at_the_page_of_the_new_comment(client, article, settings):
    settings.COMMENTS_PER_PAGE = 2
    threads = [make_comment(article=article) for _ in range(4)]
    response = post_comment(client, article, parent=threads[3].pk)
    reply = Comment.objects.get(parent=threads[3])
    assert response["Location"] == f"{article.get_absolute_url()}?page=2#{reply.anchor}"
    response = post_comment(client, article)
    mine = Comment.objects.latest("id")
    assert response["Location"] == f"{article.get_absolute_url()}?page=3#{mine.anchor}"
    assert mine.anchor in str(region(client, response["Location"].split("#")[0]))


def test_count_in_the_article_header_counts_approved_only(client, article):
    make_comment(article=article)
    make_comment(article=article, parent=make_comment(article=article))
    make_comment(article=article, status=Comment.Status.PENDING)
    make_comment(article=article, status=Comment.Status.SPAM)
    soup = BeautifulSoup(client.get(article.get_absolute_url()).content, "html.parser")
    header = soup.select_one(".article__header .article__comment-count")
    assert header.get_text(" ", strip=True) == "· Komentar (3)"
    assert header.a["href"] == "#komentar"


def test_empty_article_invites_a_first_comment(client, article):
    assert "Belum ada komentar" in region(client, article.get_absolute_url()).get_text()


def test_names_link_to_websites_with_rel(client, article):
    comment = make_comment(article=article, name="Nia", url="https://nia.contoh.id/")
    link = region(client, article.get_absolute_url()).select_one(f"#{comment.anchor} a")
    assert link["href"] == "https://nia.contoh.id/"
    assert link["rel"] == ["nofollow", "ugc", "noopener"]


def test_a_shown_comment_reads_each_field_from_its_place_in_the_row():
    from comments.threads import ShownComment, ShownThread

    for kind in (ShownComment, ShownThread):
        row = tuple(f"value of {name}" for name in kind.fields)
        shown = kind(row)
        for name in kind.fields:
            assert getattr(shown, name) == f"value of {name}", (kind.__name__, name)
