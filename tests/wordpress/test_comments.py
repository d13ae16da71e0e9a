"""Comments: threads, states, times, private data, pingbacks."""

import datetime

import pytest
from django.conf import settings

from articles.models import Article
from comments.models import Comment
from tests.wordpress import builder
from wordpress.comments_import import comment_html
from wordpress.importer import run_import

pytestmark = pytest.mark.django_db


@pytest.fixture
def comments(site_export):
    report = run_import(site_export)
    return report, {c.wordpress_id: c for c in Comment.objects.all()}


def test_states_map_to_kabar_states(comments):
    _, by_id = comments
    assert by_id[1001].status == "approved"
    assert by_id[1006].status == "pending"
    assert by_id[1007].status == "spam"
    assert by_id[1008].status == "rejected"


def test_pingbacks_and_trackbacks_are_counted_and_skipped(comments):
    report, by_id = comments
    assert 1009 not in by_id and 1010 not in by_id
    assert report.get("pingbacks", "skipped") == 1
    assert report.get("trackbacks", "skipped") == 1
    # A reply to the pingback hangs from the pingback's own parent: the article.
    assert by_id[1011].parent is None and by_id[1011].depth == 0


def test_threads_keep_their_parents_root_and_depth(comments):
    _, by_id = comments
    first = by_id[1001]
    assert (by_id[1002].parent, by_id[1002].root, by_id[1002].depth) == (first, first, 1)
    assert (by_id[1003].parent, by_id[1003].root, by_id[1003].depth) == (by_id[1002], first, 2)
    # Deeper than the page shows: still under its real parent.
    deepest = by_id[1005]
    assert deepest.depth == 4 > settings.COMMENTS_MAX_DEPTH
    assert (deepest.parent, deepest.root) == (by_id[1004], first)
    assert all(c.article.wordpress_id == 101 for c in by_id.values())


def test_a_reply_listed_before_its_parent_is_still_threaded(write_export):
    post = builder.item(
        10,
        "Urutan",
        slug="urutan",
        content="Isi.",
        comments=[builder.comment(21, "Balasan", parent=20), builder.comment(20, "Induk")],
    )
    run_import(write_export(builder.export([post])))
    reply = Comment.objects.get(wordpress_id=21)
    assert reply.parent.wordpress_id == 20 and reply.depth == 1


def test_times_and_private_data_are_kept(comments):
    _, by_id = comments
    comment = by_id[1001]
    assert comment.created_at == datetime.datetime(2020, 5, 3, 8, 0, tzinfo=datetime.UTC)
    assert comment.email == "pembaca1001@surel.example"
    assert comment.ip_address == "203.0.113.7"
    assert comment.user_agent == "Mozilla/5.0 (X11; Linux x86_64)"
    assert comment.name == "Pembaca 1001"


def test_bodies_get_paragraphs_and_the_comment_allowlist():
    assert comment_html("Satu\n\nDua\ntiga") == "<p>Satu</p><p>Dua<br>tiga</p>"
    html = comment_html('<script>alert(1)</script>Halo <a href="javascript:x">a</a>')
    assert "script" not in html and "javascript" not in html and "Halo" in html


def test_odd_commenter_data_is_cleaned(write_export):
    post = builder.item(
        11,
        "Data",
        slug="data",
        content="Isi.",
        comments=[
            builder.comment(
                30, "Isi", author="", email="bukan-email", ip="999.1.1.1", url="ftp://x"
            ),
        ],
    )
    run_import(write_export(builder.export([post])))
    comment = Comment.objects.get(wordpress_id=30)
    assert (comment.name, comment.email, comment.ip_address, comment.url) == (
        "Anonim",
        "",
        None,
        "",
    )


@pytest.mark.parametrize(
    ("given", "kept"),
    [
        ("https://blog.example/tentang", "https://blog.example/tentang"),
        ("http://blog.example/a b", ""),
        ("https://x.example/\x7fdel", ""),
        ("https://x.example/\ttab", ""),
        ("https://", ""),
        ("javascript:alert(1)//https://x.example", ""),
    ],
)
def test_a_commenters_website_is_kept_only_as_the_comment_form_would_accept_it(
    write_export, given, kept
):
    post = builder.item(
        12, "Situs", slug="situs", content="Isi.", comments=[builder.comment(31, "Isi", url=given)]
    )
    run_import(write_export(builder.export([post])))
    assert Comment.objects.get(wordpress_id=31).url == kept


def test_a_moderators_decision_in_kabar_is_kept_on_the_next_run(write_export, comments):
    pending = Comment.objects.get(wordpress_id=1006)
    pending.status = "approved"
    pending.moderated_at = pending.created_at
    pending.save()
    run_import(write_export(builder.site()))
    pending.refresh_from_db()
    assert pending.status == "approved"


def test_comments_on_pages_are_skipped(comments):
    report, by_id = comments
    assert 3001 not in by_id
    assert Article.objects.filter(wordpress_id=301).count() == 0


def test_an_address_in_a_commenters_name_keeps_its_name_part_only(write_export):
    post = builder.item(
        13,
        "Nama",
        slug="nama",
        content="Isi.",
        comments=[builder.comment(32, "Isi", author="budi.s@mail.example", email="b@x.example")],
    )
    run_import(write_export(builder.export([post])))
    comment = Comment.objects.get(wordpress_id=32)
    assert (comment.name, comment.email) == ("budi.s", "b@x.example")
