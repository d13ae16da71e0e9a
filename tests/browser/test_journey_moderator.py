"""A moderator works the comment queue in the admin; a reader sees the outcome."""

import re

import pytest
from django.contrib.auth.models import Permission
from playwright.sync_api import expect

from comments.models import Comment
from tests.browser.journeys_helpers import PASSWORD, login, newsroom_groups, watch
from tests.comments.factories import make_comment
from tests.factories import make_article, make_user

pytestmark = pytest.mark.django_db(transaction=True)

PENDING = Comment.Status.PENDING


@pytest.fixture
def queue(transactional_db):
    article = make_article(title="Banjir Rob Genangi Pesisir Semarang")
    parent = make_comment(article=article, name="Rina", body="Semoga cepat surut.")
    return {
        "article": article,
        "parent": parent,
        "old": make_comment(
            article=article, name="Lama", body="Sudah disetujui kemarin.", email="lama@contoh.id"
        ),
        "spam": make_comment(
            article=article, name="Promo", body="Obral murah!", status=Comment.Status.SPAM
        ),
        "pending": [
            make_comment(
                article=article,
                status=PENDING,
                name=name,
                email=f"{name.lower()}@contoh.id",
                body=body,
                **extra,
            )
            for name, body, extra in [
                ("Budi", "Warga butuh pompa air tambahan.", {}),
                ("Citra", "Tanggul harus segera ditinggikan.", {}),
                ("Dodi", "Betul, Rina. Air masih setinggi lutut.", {"parent": parent}),
                ("Eka", "Beli obat murah di sini!", {}),
            ]
        ],
    }


@pytest.fixture
def moderator(transactional_db):
    newsroom_groups()
    return make_user(groups=["Moderator"], is_staff=True, username="moderator", password=PASSWORD)


def _changelist(page):
    page.goto("/admin/comments/comment/")
    return page.locator("#result_list tbody tr")


def test_moderator_sees_the_queue_first_with_counts(page, moderator, queue):
    problems = watch(page)
    login(page, "moderator")
    rows = _changelist(page)
    for i in range(4):
        expect(rows.nth(i)).to_contain_text("Menunggu moderasi")
    expect(rows.nth(4)).not_to_contain_text("Menunggu moderasi")
    filters = page.locator("#changelist-filter")
    expect(filters).to_contain_text("Menunggu moderasi (4)")
    expect(filters).to_contain_text("Disetujui (2)")
    expect(filters).to_contain_text("Spam (1)")
    expect(filters).to_contain_text("Ditolak (0)")

    filters.get_by_role("link", name="Menunggu moderasi (4)").click()
    expect(page.locator("#result_list tbody tr")).to_have_count(4)

    # One pending reply, opened: its article and the comment it answers.
    reply = queue["pending"][2]
    page.locator("#result_list tbody tr", has_text="Dodi").locator("th a, td a").first.click()
    expect(page).to_have_url(re.compile(rf"/admin/comments/comment/{reply.pk}/change/"))
    content = page.locator("#content-main")
    article = queue["article"]
    expect(content.get_by_role("link", name=article.title)).to_have_attribute(
        "href", f"{article.get_absolute_url()}#komentar-{reply.pk}"
    )
    expect(content.get_by_role("link", name="Rina")).to_be_visible()
    expect(content).to_contain_text("Semoga cepat surut.")
    expect(content).to_contain_text("Betul, Rina. Air masih setinggi lutut.")
    assert not problems, problems


def test_moderator_approves_three_at_once_and_the_reader_sees_them(
    page, browser, live_server, moderator, queue
):
    problems = watch(page)
    login(page, "moderator")
    _changelist(page)
    budi, citra, dodi, eka = queue["pending"]
    for comment in (budi, citra, dodi):
        page.locator(f"input.action-select[value='{comment.pk}']").check()
    page.locator("select[name=action]").select_option("approve")
    page.locator("button[name=index]").click()
    expect(page.locator(".messagelist")).to_contain_text("3 komentar disetujui.")
    for comment in (budi, citra, dodi):
        comment.refresh_from_db()
        assert comment.status == Comment.Status.APPROVED
        assert comment.moderated_by == moderator and comment.moderated_at
    expect(page.locator("#changelist-filter")).to_contain_text("Menunggu moderasi (1)")

    # Eka's advert is spam: decided from the comment's own page.
    page.goto(f"/admin/comments/comment/{eka.pk}/change/")
    page.locator("#id_status").select_option(Comment.Status.SPAM)
    page.locator("input[name=_save]").click()
    expect(page.locator(".messagelist")).to_be_visible()
    eka.refresh_from_db()
    assert eka.status == Comment.Status.SPAM and eka.moderated_by == moderator

    reader = browser.new_context(base_url=live_server.url).new_page()
    reader.goto(queue["article"].get_absolute_url())
    comments = reader.locator("#komentar")
    for comment in (budi, citra):
        expect(reader.locator(f"#komentar-{comment.pk}")).to_contain_text(comment.body[3:20])
    expect(reader.locator(f"#komentar-{queue['parent'].pk} #komentar-{dodi.pk}")).to_be_visible()
    expect(comments).not_to_contain_text("menunggu moderasi")
    expect(comments).not_to_contain_text("Obral murah")
    expect(comments).not_to_contain_text("Beli obat murah")
    expect(comments.locator("#komentar-judul")).to_have_text("5 komentar")
    reader.context.close()
    assert not problems, problems


def test_moderator_cannot_delete(page, moderator, queue):
    login(page, "moderator")
    _changelist(page)
    actions = page.locator("select[name=action] option")
    expect(actions).not_to_contain_text(["Hapus"])
    values = actions.evaluate_all("os => os.map(o => o.value)")
    assert "delete_selected" not in values and "approve" in values
    comment = queue["pending"][0]
    page.goto(f"/admin/comments/comment/{comment.pk}/change/")
    expect(page.locator(".deletelink")).to_have_count(0)
    response = page.goto(f"/admin/comments/comment/{comment.pk}/delete/")
    assert response.status == 403
    assert Comment.objects.filter(pk=comment.pk).exists()


def test_only_the_permission_reveals_emails(page, browser, live_server, moderator, queue):
    login(page, "moderator")
    _changelist(page)
    expect(page.locator("#result_list")).to_contain_text("budi@contoh.id")
    page.goto(f"/admin/comments/comment/{queue['pending'][0].pk}/change/")
    expect(page.locator("#content-main")).to_contain_text("budi@contoh.id")

    clerk = make_user(is_staff=True, username="staf", password=PASSWORD)
    clerk.user_permissions.add(
        *Permission.objects.filter(codename__in=["view_comment", "change_comment"])
    )
    other = browser.new_context(base_url=live_server.url).new_page()
    login(other, "staf")
    _changelist(other)
    table = other.locator("#result_list")
    expect(table).to_contain_text("b•••@•••")
    expect(table).not_to_contain_text("@contoh.id")
    other.goto(f"/admin/comments/comment/{queue['pending'][0].pk}/change/")
    expect(other.locator("#content-main")).to_contain_text("b•••@•••")
    assert "budi@contoh.id" not in other.content()
    # Searching by email must not reveal who wrote what either.
    other.goto("/admin/comments/comment/?q=budi%40contoh.id")
    expect(other.locator("#result_list tbody tr")).to_have_count(0)
    other.context.close()


def test_admin_index_shows_how_many_comments_wait(page, moderator, queue):
    login(page, "moderator")
    row = page.locator("#content-main tr", has=page.locator('a[href="/admin/comments/comment/"]'))
    expect(row.first).to_contain_text(re.compile(r"\b4\b"))
