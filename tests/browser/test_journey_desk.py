"""The editor's desk in Chromium: never lose a story, never misdate one, all in Indonesian.

The journey: an editor writes a draft with a photo uploaded from inside the
body's editor, waits for an autosave, closes the tab, reopens the article
and restores the text, previews it before saving, publishes the draft
(written "yesterday") so that it is dated now with today's address,
compares two revisions and sees the change marked, then restores one and
lands on the article. Every click is counted, phase by phase.
"""

import io
import re
from collections import Counter
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from PIL import Image, ImageDraw
from playwright.sync_api import expect

from articles.models import Article
from tests.browser.journeys_helpers import (
    PASSWORD,
    body_editor,
    leave,
    login,
    newsroom_groups,
    watch,
)
from tests.factories import make_category, make_user

pytestmark = pytest.mark.django_db(transaction=True)

TITLE = "Banjir Rob Rendam Pesisir Utara Jakarta"
FIRST = "Air laut masuk ke permukiman warga sejak subuh."
LATER = "Petugas menyiapkan pompa di Muara Angke."
# The most clicks each phase may take (the walk-through before this work
# counted 23, 7, 3 and 2).
MOST_CLICKS = {"draft with photo": 12, "publish": 2, "compare": 2, "restore": 2}


@pytest.fixture
def desk(transactional_db, settings, tmp_path):
    newsroom_groups()
    settings.MEDIA_ROOT = tmp_path / "media"
    # The form's autosave and heartbeat, quick enough to wait for.
    settings.DESK_AUTOSAVE_SECONDS = 2
    settings.DESK_HEARTBEAT_SECONDS = 2
    make_user(
        groups=["Editor"],
        is_staff=True,
        username="redaktur",
        password=PASSWORD,
        initials="RED",
        first_name="Rina",
        last_name="Kusuma",
    )
    return {"category": make_category(name="Nasional", slug="nasional")}


def jpeg() -> bytes:
    image = Image.new("RGB", (1600, 1000), "steelblue")
    ImageDraw.Draw(image).rectangle((100, 100, 600, 500), fill="white")
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()


class Clicks:
    """Clicks, counted per phase of the journey."""

    def __init__(self):
        self.count = Counter()
        self.phase = ""

    def __call__(self, locator, **kwargs):
        self.count[self.phase] += 1
        locator.click(**kwargs)

    def file(self, locator, files):
        """Choosing a file is one click on the picker's button."""
        self.count[self.phase] += 1
        locator.set_input_files(files)


def choose(page, click, field_id, text):
    click(page.locator(f"#{field_id} + .select2 .select2-selection"))
    page.locator(".select2-container--open .select2-search__field").fill(text)
    click(page.locator(".select2-results__option", has_text=text).first)


def test_the_editors_journey(desk, page, browser, live_server):
    problems = watch(page)
    click = Clicks()
    login(page, "redaktur")

    # -- A draft with a photo uploaded from inside the body's editor ---------------
    click.phase = "draft with photo"
    page.goto(reverse("admin:articles_article_changelist"))
    click(page.get_by_role("link", name="Tambahkan artikel"))
    click(page.get_by_label(re.compile("^Judul")))
    page.keyboard.type(TITLE)
    click(page.get_by_label(re.compile("^Ringkasan")))
    page.keyboard.type("Genangan setinggi lutut di tiga kelurahan.")
    area = body_editor(page)
    expect(area).to_have_attribute("spellcheck", "true")
    expect(area).to_have_attribute("lang", "id")
    click(area)
    page.keyboard.type(FIRST)
    click(
        page.locator(".prose-menubar").get_by_role("button", name="Sisipkan foto dari pustaka foto")
    )
    picker = page.get_by_role("dialog", name="Pilih foto")
    click.file(
        picker.locator("input[type=file]"),
        {"name": "pompa.jpg", "mimeType": "image/jpeg", "buffer": jpeg()},
    )
    alt = picker.get_by_label("Teks alternatif (wajib)")
    expect(alt).to_be_focused()
    page.keyboard.type("Warga menembus genangan setinggi lutut")
    click(picker.get_by_label("Keterangan"))
    page.keyboard.type("Genangan di Jalan Martadinata")
    click(picker.get_by_label("Kredit"))
    page.keyboard.type("Kabar/Dedi")
    click(picker.get_by_role("button", name="Unggah dan pakai"))
    expect(picker).to_be_hidden()
    figure = area.locator("figure[data-photo]")
    expect(figure.locator("figcaption")).to_have_text(
        "Genangan di Jalan Martadinata. (Foto: Kabar/Dedi)"
    )
    choose(page, click, "id_category", "Nasional")
    click(page.locator("input[name=_continue]"))
    expect(page.locator(".messagelist")).to_contain_text(TITLE)
    article = Article.objects.get(title=TITLE)
    assert article.status == "draft" and "<figure data-photo=" in article.body
    change_url = reverse("admin:articles_article_change", args=[article.pk])
    expect(page).to_have_url(re.compile(re.escape(change_url) + "$"))

    # The draft was written yesterday (its creation time, and the placeholder
    # publication time it got then).
    yesterday = timezone.now() - timedelta(days=1)
    Article.objects.filter(pk=article.pk).update(
        created_at=yesterday,
        published_at=yesterday,
        publication_date=timezone.localdate(yesterday),
    )
    article.refresh_from_db()
    preview_address = article.get_absolute_url()
    page.reload()

    # -- An autosave while typing -------------------------------------------------
    area = body_editor(page)
    click.phase = "typing"
    click(area.locator("p").last)
    page.keyboard.press("End")
    page.keyboard.type(f" {LATER}")
    status = page.locator("#desk-status")
    expect(status).to_contain_text("Disimpan otomatis pukul", timeout=20_000)
    article.refresh_from_db()
    assert LATER not in article.body  # the article itself is untouched

    # -- The tab is closed; reopened, the form offers the text back ---------------
    page.close()
    page = page.context.new_page()
    problems += watch(page)
    page.goto(change_url)
    offer = page.locator(".desk-notice--offer")
    expect(offer).to_contain_text("tersimpan otomatis")
    click(offer.get_by_role("link", name="Pulihkan teks itu"))
    expect(page.locator(".desk-notice--restored")).to_be_visible()
    expect(body_editor(page)).to_contain_text(LATER)

    # -- A preview before saving, in a new tab ---------------------------------------
    with page.context.expect_page() as opened:
        click(page.get_by_role("button", name=re.compile("^Pratinjau")))
    preview = opened.value
    expect(preview.locator("h1")).to_have_text(TITLE)
    expect(preview.locator(".article__body")).to_contain_text(LATER)
    expect(preview.locator(".preview-banner")).to_contain_text("belum disimpan")
    expect(preview.locator(".article__body figcaption")).to_have_text(
        "Genangan di Jalan Martadinata. (Foto: Kabar/Dedi)"
    )
    preview.close()
    article.refresh_from_db()
    assert LATER not in article.body  # a preview saves nothing

    # -- Publishing yesterday's draft: dated now, today's address -------------------
    click.phase = "publish"
    page.goto(reverse("admin:articles_article_changelist"))
    click(page.get_by_role("link", name=TITLE))
    expect(page.locator("#rencana-terbit")).to_have_text("Draf; terbit saat diterbitkan")
    page.locator("#id_status").select_option("published")
    expect(page.locator("#rencana-terbit")).to_have_text("Terbit sekarang")
    page.locator("#id_status").select_option("draft")
    before = timezone.now()
    click(page.locator("#desk-publish"))
    expect(page.locator(".messagelist")).to_contain_text("diterbitkan")
    article.refresh_from_db()
    assert article.is_published
    assert before - timedelta(seconds=1) <= article.published_at <= timezone.now()
    today = timezone.localdate(article.published_at)
    assert article.get_absolute_url().startswith(today.strftime("/%Y/%m/%d/"))
    reader = browser.new_context(base_url=live_server.url).new_page()
    assert reader.goto(article.get_absolute_url()).status == 200
    moved = reader.request.get(preview_address, max_redirects=0)
    assert moved.status == 301 and moved.headers["location"] == article.get_absolute_url()
    reader.context.close()

    # A correction, so that there are two versions to compare.
    click.phase = "editing"
    headline = page.get_by_label(re.compile("^Judul"))
    headline.fill(f"{TITLE} Lagi")
    click(page.locator("input[name=_continue]"))
    expect(page.locator(".messagelist")).to_contain_text("Lagi")

    # -- Compare two revisions: the change marked ------------------------------------
    click.phase = "compare"
    click(page.get_by_role("link", name="Riwayat"))
    history = page.locator("#change-history")
    expect(history.locator("tbody tr")).to_have_count(3)
    click(history.get_by_role("button", name="Bandingkan versi terpilih"))
    title_diff = page.locator(".desk-diff").first
    expect(title_diff.locator("ins")).to_contain_text("Lagi")
    expect(page.locator("pre")).to_have_count(0)
    assert page.evaluate("document.documentElement.scrollWidth <= innerWidth")

    # -- Restore, and land on the article ---------------------------------------------
    click.phase = "restore"
    page.goto(change_url)
    click(page.get_by_role("link", name="Riwayat"))
    click(page.locator("#change-history tbody tr").nth(1).get_by_role("button", name="Pulihkan"))
    expect(page).to_have_url(re.compile(re.escape(change_url) + "$"))
    expect(page.locator(".messagelist")).to_contain_text("dipulihkan")
    expect(page.get_by_label(re.compile("^Judul"))).to_have_value(TITLE)
    article.refresh_from_db()
    assert article.title == TITLE and article.is_published

    counted = {phase: click.count[phase] for phase in MOST_CLICKS}
    print(f"\nClicks: {counted}")
    assert all(counted[phase] <= most for phase, most in MOST_CLICKS.items()), counted
    leave(page)  # no heartbeat after the test's data is gone
    page.close()
    assert not problems, problems


def test_leaving_with_unsaved_changes_asks_first(desk, page):
    login(page, "redaktur")
    page.goto(reverse("admin:articles_article_add"))
    page.get_by_label(re.compile("^Judul")).press_sequentially("Belum disimpan")
    seen = []
    page.on("dialog", lambda dialog: (seen.append(dialog.type), dialog.dismiss()))
    with page.expect_event("dialog"):
        page.close(run_before_unload=True)
    assert seen == ["beforeunload"]
    assert not page.is_closed()  # the editor chose to stay
    page.close()

    # A form left as it was opened closes without a question.
    untouched = page.context.new_page()
    untouched.goto(reverse("admin:articles_article_add"))
    body_editor(untouched)
    untouched.on("dialog", lambda dialog: seen.append(dialog.type))
    with untouched.expect_event("close"):
        untouched.close(run_before_unload=True)
    assert seen == ["beforeunload"]
