"""In Chromium: the shared page works without JavaScript, and a forged post is refused."""

import re

import pytest
from playwright.sync_api import expect

from comments.models import Comment
from tests.factories import make_article
from tests.poll.factories import default_options


@pytest.fixture
def story(transactional_db):
    default_options()
    return make_article(title="Banjir Rob Melanda Pesisir Utara")


@pytest.fixture
def no_js(browser, live_server):
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    yield context.new_page()
    context.close()


def test_without_javascript_a_reader_comments_from_the_shared_page(no_js, story, live_server):
    page = no_js
    first = page.goto(story.get_absolute_url())
    assert "public" in first.headers["cache-control"]
    form = page.locator("#form-komentar")
    form.get_by_label(re.compile("^Komentar")).fill("Semoga warga pesisir segera aman.")
    form.get_by_label(re.compile("^Nama")).fill("Rina")
    form.get_by_label(re.compile("^Email")).fill("rina@contoh.example")
    with page.expect_response(
        lambda r: r.request.method == "POST" and "/baca/" not in r.url
    ) as posted:
        form.get_by_role("button", name="Kirim Komentar").click()
    assert posted.value.status == 303
    page.wait_for_load_state()
    comment = Comment.objects.get()
    expect(page).to_have_url(re.compile(rf"#komentar-{comment.pk}$"))
    expect(page.locator(f"#komentar-{comment.pk}")).to_contain_text(
        "Komentar Anda sedang menunggu moderasi"
    )
    # The author's own page is theirs alone.
    mine = page.request.get(story.get_absolute_url())
    assert "no-store" in mine.headers["cache-control"]


def test_a_form_posted_from_another_page_is_refused(page, story, live_server):
    action = f"{live_server.url}/komentar/{story.pk}/"
    page.set_content(
        f'<form method="post" action="{action}">'
        '<input name="name" value="Penipu"><input name="email" value="a@b.example">'
        '<input name="body" value="Dikirim dari situs lain."><button>Kirim</button></form>'
    )
    with page.expect_response(
        lambda r: r.request.method == "POST" and "/baca/" not in r.url
    ) as posted:
        page.get_by_role("button", name="Kirim").click()
    assert posted.value.status == 403
    assert "pemeriksaan keamanannya gagal" in posted.value.text()
    assert not Comment.objects.exists()
