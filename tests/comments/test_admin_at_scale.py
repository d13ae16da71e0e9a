"""The admin at archive size: capped counts, no filter listing every article, fixed queries."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Permission
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from comments.models import Comment
from comments.moderation.history import commenter_key
from portal.admin_lists import CappedPaginator, capped_count, count_label
from tests import factories
from tests.comments.factories import make_comment

pytestmark = pytest.mark.django_db

CHANGELIST = "admin:comments_comment_changelist"
ARTICLES = "admin:articles_article_changelist"
QUEUE = "admin:comments_pendingcomment_changelist"
AUTOCOMPLETE = "admin:comments_comment_article_autocomplete"


@pytest.fixture
def small_cap(monkeypatch):
    monkeypatch.setattr(CappedPaginator, "cap", 3)


def _queries(client, url, params=None) -> int:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url, params)
    assert response.status_code == 200, url
    return len(ctx.captured_queries)


def test_capped_count_stops_one_past_the_cap(article):
    for _ in range(5):
        make_comment(article=article)
    everything = Comment.objects.all()
    assert capped_count(everything, cap=3) == 4
    assert capped_count(everything, cap=10) == 5
    assert count_label(4, cap=3) == "3+"
    assert count_label(5, cap=10) == "5"
    assert count_label(12_345, cap=10_000) == "10.000+"


def test_comment_list_says_more_than_the_cap(moderator_client, article, small_cap, monkeypatch):
    import comments.admin

    monkeypatch.setattr(
        comments.admin, "capped_count", lambda queryset: capped_count(queryset, cap=3)
    )
    monkeypatch.setattr(comments.admin, "count_label", lambda count: count_label(count, cap=3))
    for _ in range(5):
        make_comment(article=article)
    make_comment(article=article, status=Comment.Status.PENDING)
    response = moderator_client.get(reverse(CHANGELIST))
    html = response.content.decode()
    paginator = BeautifulSoup(html, "html.parser").select_one("p.paginator").get_text(" ")
    assert "3+ komentar" in " ".join(paginator.split())
    assert "Disetujui (3+)" in html
    assert "Menunggu moderasi (1)" in html
    # The whole table is never counted beside the list.
    assert response.context["cl"].full_result_count is None


def test_article_list_says_more_than_the_cap(editor_client, category, editor_user, small_cap):
    for _ in range(5):
        factories.make_article(category=category, editor=editor_user)
    html = editor_client.get(reverse(ARTICLES)).content.decode()
    paginator = BeautifulSoup(html, "html.parser").select_one("p.paginator").get_text(" ")
    assert "3+ artikel" in " ".join(paginator.split())


def test_no_filter_lists_the_articles(moderator_client, category, editor_user):
    articles = [
        factories.make_article(category=category, editor=editor_user, title=f"Judul unik {n}")
        for n in range(12)
    ]
    for article in articles:
        make_comment(article=article)
    html = moderator_client.get(reverse(CHANGELIST)).content.decode()
    sidebar = BeautifulSoup(html, "html.parser").select_one("#changelist-filter")
    assert "Judul unik" not in sidebar.get_text()
    # The article is searched for instead.
    box = sidebar.select_one("select#saring-artikel")
    assert box["data-ajax--url"] == reverse(AUTOCOMPLETE)
    assert box.find_all("option")[-1].get("value") == ""


def test_article_filter_by_search_box(moderator_client, category, editor_user):
    wanted = factories.make_article(category=category, editor=editor_user, title="Banjir Demak")
    other = factories.make_article(category=category, editor=editor_user, title="Pemilu Jakarta")
    mine = make_comment(article=wanted)
    make_comment(article=other)
    found = moderator_client.get(reverse(AUTOCOMPLETE), {"term": "Banjir"}).json()
    assert [row["id"] for row in found["results"]] == [str(wanted.pk)]
    assert found["results"][0]["text"].startswith("Banjir Demak (")
    by_id = moderator_client.get(reverse(AUTOCOMPLETE), {"term": str(other.pk)}).json()
    assert [row["id"] for row in by_id["results"]] == [str(other.pk)]
    response = moderator_client.get(reverse(CHANGELIST), {"article__id__exact": wanted.pk})
    assert list(response.context["cl"].result_list) == [mine]
    html = response.content.decode()
    # The chosen article stays in the box, with a way back to all of them.
    assert f'<option value="{wanted.pk}" selected>Banjir Demak' in html
    assert "Semua artikel" in html
    bad = moderator_client.get(reverse(CHANGELIST), {"article__id__exact": "x"})
    assert list(bad.context["cl"].result_list) == []


def test_article_search_box_is_for_those_who_see_comments(client, article):
    client.force_login(factories.make_user(is_staff=True, groups=["Editor"]))
    assert client.get(reverse(AUTOCOMPLETE), {"term": "a"}).status_code == 403
    client.logout()
    assert client.get(reverse(AUTOCOMPLETE), {"term": "a"}).status_code == 302


def test_comment_list_is_newest_first(moderator_client, article):
    older = make_comment(article=article, status=Comment.Status.PENDING, body="Lebih dulu")
    newer = make_comment(article=article, body="Paling baru")
    rows = list(moderator_client.get(reverse(CHANGELIST)).context["cl"].result_list)
    assert rows == [newer, older]


def test_search_by_words_of_the_name_or_text(moderator_client, article):
    by_name = make_comment(article=article, name="Siti Nurhaliza", body="Setuju.")
    by_text = make_comment(article=article, name="Anon", body="Soal harga beras naik lagi")
    make_comment(article=article, name="Budi", body="Lain hal")
    for term, expected in [("Nurhaliza", [by_name]), ("beras", [by_text]), ("siti", [by_name])]:
        response = moderator_client.get(reverse(CHANGELIST), {"q": term})
        assert list(response.context["cl"].result_list) == expected, term


def test_search_by_a_whole_email_only_with_the_permission(moderator_client, client, article):
    mine = make_comment(article=article, email="Rahasia.Pembaca@Contoh.example")
    make_comment(article=article)
    response = moderator_client.get(reverse(CHANGELIST), {"q": "rahasia.pembaca@contoh.example"})
    assert list(response.context["cl"].result_list) == [mine]
    viewer = factories.make_user(is_staff=True)
    viewer.user_permissions.add(Permission.objects.get(codename="view_comment"))
    client.force_login(viewer)
    response = client.get(reverse(CHANGELIST), {"q": "rahasia.pembaca@contoh.example"})
    assert list(response.context["cl"].result_list) == []


def _grow(category, editor_user, *, articles, comments_each):
    for n in range(articles):
        article = factories.make_article(category=category, editor=editor_user)
        for m in range(comments_each):
            status = Comment.Status.PENDING if m % 2 else Comment.Status.APPROVED
            parent = make_comment(article=article, status=status, email=f"orang{n}-{m}@contoh.id")
            make_comment(article=article, parent=parent, status=Comment.Status.PENDING)


@pytest.mark.parametrize(
    "page",
    [
        "comment list",
        "comment search",
        "comment list of one article",
        "commenter history",
        "queue",
        "article list",
        "article search",
    ],
)
def test_admin_lists_cost_the_same_queries_with_more_rows(
    page, category, editor_user, django_assert_max_num_queries
):
    """Each list's queries are counted on a small archive, then on one five times its size."""
    superuser = factories.make_user(is_staff=True, is_superuser=True, username="kepala")
    client = Client()
    client.force_login(superuser)
    _grow(category, editor_user, articles=2, comments_each=2)
    first = Comment.objects.order_by("pk").first()

    def request():
        urls = {
            "comment list": (reverse(CHANGELIST), None),
            "comment search": (reverse(CHANGELIST), {"q": "Komentar"}),
            "comment list of one article": (
                reverse(CHANGELIST),
                {"article__id__exact": first.article_id},
            ),
            "commenter history": (reverse(CHANGELIST), {"pengomentar": commenter_key(first)}),
            "queue": (reverse(QUEUE), None),
            "article list": (reverse(ARTICLES), None),
            "article search": (reverse(ARTICLES), {"q": "artikel"}),
        }
        return urls[page]

    baseline = _queries(client, *request())
    _grow(category, editor_user, articles=10, comments_each=5)
    for n in range(5):
        make_comment(article=first.article, email=first.email, body=f"Lagi {n}")
    with django_assert_max_num_queries(baseline):
        client.get(*request())


def test_queue_offers_the_articles_where_most_wait(
    moderator_client, category, editor_user, monkeypatch
):
    from comments.moderation import queue

    monkeypatch.setattr(queue, "ARTICLES_SHOWN", 2)
    articles = [
        factories.make_article(category=category, editor=editor_user, title=f"Antre {n}")
        for n in range(4)
    ]
    for n, article in enumerate(articles):
        for _ in range(n + 1):
            make_comment(article=article, status=Comment.Status.PENDING)
    html = moderator_client.get(reverse(QUEUE)).content.decode()
    options = BeautifulSoup(html, "html.parser").select("#queue-article option")
    assert [o.get_text() for o in options[1:]] == ["Antre 3 (4)", "Antre 2 (3)"]
    # The article chosen stays offered, however few wait on it.
    html = moderator_client.get(reverse(QUEUE), {"artikel": articles[0].pk}).content.decode()
    options = BeautifulSoup(html, "html.parser").select("#queue-article option")
    assert [o.get_text() for o in options[1:]] == ["Antre 3 (4)", "Antre 2 (3)", "Antre 0 (1)"]
    assert options[-1].has_attr("selected")


@pytest.mark.postgresql
@pytest.mark.parametrize("candidates", [5, 2], ids=["few matches", "a common word"])
def test_search_is_newest_first_with_few_or_many_matches(
    moderator_client, article, monkeypatch, candidates
):
    """A few matches are read through the word index, more through the date order: same list."""
    from datetime import timedelta

    from django.utils import timezone

    from comments import search

    monkeypatch.setattr(search, "CANDIDATES", candidates)
    now = timezone.now()
    matches = []
    for n in range(3):
        comment = make_comment(article=article, name=f"Warga {n}", body="Soal harga beras")
        Comment.objects.filter(pk=comment.pk).update(created_at=now - timedelta(hours=5 - n))
        matches.append(comment)
    make_comment(article=article, name="Budi", body="Lain hal")
    with CaptureQueriesContext(connection) as ctx:
        response = moderator_client.get(reverse(CHANGELIST), {"q": "beras"})
    assert list(response.context["cl"].result_list) == matches[::-1]
    read = [q["sql"] for q in ctx.captured_queries if 'FROM "comments_comment"' in q["sql"]]
    by_id = any('"comments_comment"."id" IN (' in sql for sql in read)
    assert by_id == (candidates >= len(matches))
