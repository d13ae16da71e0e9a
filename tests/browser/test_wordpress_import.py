"""An imported WordPress site in Chromium: the article with its threads, and /?p=ID."""

import io

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from articles.models import Article
from comments.models import Comment
from tests.wordpress import builder

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def imported(tmp_path):
    path = tmp_path / "export.xml"
    path.write_text(builder.site(), encoding="utf-8")
    call_command("import_wordpress", str(path), stdout=io.StringIO(), stderr=io.StringIO())
    return {c.wordpress_id: c for c in Comment.objects.all()}


def test_imported_article_shows_its_threads_and_old_links_land_on_it(page, imported):
    page.goto("/?p=101")
    page.wait_for_url("**/2020/05/03/banjir-melanda-jakarta/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Banjir melanda Jakarta")
    expect(page.locator("figure figcaption")).to_have_text("Banjir di Kampung Melayu, Minggu pagi.")

    first, reply, deeper = (imported[i] for i in (1001, 1002, 1003))
    thread = page.locator(f"#komentar-{first.pk}")
    expect(thread).to_contain_text("Semoga cepat surut.")
    # Replies sit inside their parent's thread.
    expect(thread.locator(f"#komentar-{reply.pk}")).to_contain_text("Terima kasih infonya.")
    expect(thread.locator(f"#komentar-{deeper.pk}")).to_contain_text("Di sini juga banjir.")
    # Deeper than the page indents: still shown, in the same thread.
    expect(thread.locator(f"#komentar-{imported[1005].pk}")).to_contain_text("Balasan keempat")
    # Pending, spam and rejected comments are not shown; private data never is.
    content = page.content()
    for hidden in ("Menunggu moderasi.", "Beli obat murah", "Komentar yang dibuang."):
        assert hidden not in content
    assert "@surel.example" not in content and "203.0.113.7" not in content

    # A link to another imported post was rewritten and opens it.
    page.get_by_role("link", name="gempa kemarin").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Gempa di Lombok")
    assert Article.objects.get(wordpress_id=102).get_absolute_url() in page.url
