"""Every public page passes the Nu Html Checker, and axe-core finds nothing serious."""

import pytest
from django.core.management import call_command

from articles.models import Article, Category, Source, Tag
from comments.models import Comment
from tests.poll.factories import default_options

from .checkers import axe_violations, vnu_errors

SEED_PATH = "/2022/10/11/nato-rusia-serang-kota-kota-ukraina-karena-kalah-di-medan-perang/"


@pytest.fixture
def demo_site(transactional_db):
    # A flush by an earlier browser test takes the migrations' reaction
    # options with it: make sure the poll has its options.
    default_options()
    call_command("load_demo", verbosity=0)


def _public_paths() -> dict[str, str]:
    tag = Tag.objects.filter(articles__isnull=False).first()
    reply_to = Comment.objects.filter(status=Comment.Status.APPROVED).first()
    assert tag and reply_to
    return {
        "home": "/",
        "seed article": SEED_PATH,
        "seed article, reply form": f"{SEED_PATH}?balas={reply_to.pk}",
        "another article": Article.objects.published()
        .exclude(slug__startswith="nato-rusia-serang")
        .first()
        .get_absolute_url(),
        "category": Category.objects.first().get_absolute_url(),
        "tag": tag.get_absolute_url(),
        "source": Source.objects.get(slug="medcom-id").get_absolute_url(),
        "source without website": Source.objects.get(slug="redaksi-kabar").get_absolute_url(),
        "search results": "/cari/?q=nato",
        "search, no result": "/cari/?q=zzzqqq",
        "search, empty": "/cari/?q=",
        "not found": "/tidak-ada-halaman-ini/",
    }


def test_every_public_page_passes_the_nu_html_checker(page, demo_site, tmp_path):
    documents = {}
    for name, path in _public_paths().items():
        response = page.request.get(path)
        assert response.status == (404 if name == "not found" else 200), name
        documents[name] = response.text()
    # The pages a refused form answers with, posted from the page as a browser
    # posts them (the browser's own validation switched off).
    page.goto(SEED_PATH)
    page.evaluate("document.querySelectorAll('form').forEach(f => f.noValidate = true)")
    page.fill("#form-komentar [name=email]", "bukan-email")
    with page.expect_response(
        lambda r: r.request.method == "POST" and "/baca/" not in r.url
    ) as refused_comment:
        page.click("#form-komentar button[type=submit]")
    assert refused_comment.value.status == 400
    documents["comment refused"] = refused_comment.value.text()
    page.goto(SEED_PATH)
    page.evaluate("document.querySelector('#tanggapan [name=reaction]').value = 'tidak-ada'")
    page.evaluate("document.querySelector('#tanggapan [name=reaction]').checked = true")
    with page.expect_response(
        lambda r: r.request.method == "POST" and "/baca/" not in r.url
    ) as refused_vote:
        page.evaluate("document.querySelector('#tanggapan form').submit()")
    assert refused_vote.value.status == 400
    documents["vote refused"] = refused_vote.value.text()
    assert vnu_errors(documents, tmp_path) == []


@pytest.mark.parametrize("width", [360, 1280])
def test_axe_finds_no_serious_violation(browser, live_server, demo_site, width):
    context = browser.new_context(
        base_url=live_server.url, viewport={"width": width, "height": 900}, bypass_csp=True
    )
    page = context.new_page()
    try:
        found = {}
        for name, path in _public_paths().items():
            page.goto(path)
            violations = axe_violations(page)
            if violations:
                found[name] = violations
        assert found == {}
    finally:
        context.close()
