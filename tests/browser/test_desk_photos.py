"""Photos without leaving the article: pasted into the featured field, dropped on the body."""

import base64
import io
import re

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from PIL import Image
from playwright.sync_api import expect

from articles.photos.models import Photo
from tests.browser.journeys_helpers import PASSWORD, body_editor, login, newsroom_groups, watch
from tests.factories import make_user

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def editor(transactional_db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    newsroom_groups()
    photo_migration = __import__(
        "articles.migrations.0009_photo_library", fromlist=["PHOTO_CODENAMES"]
    )
    Group.objects.get(name="Editor").permissions.add(
        *Permission.objects.filter(
            content_type__app_label="articles", codename__in=photo_migration.PHOTO_CODENAMES
        )
    )
    return make_user(groups=["Editor"], is_staff=True, username="redaktur", password=PASSWORD)


def png(colour: str) -> str:
    out = io.BytesIO()
    Image.new("RGB", (1400, 900), colour).save(out, "PNG")
    return base64.b64encode(out.getvalue()).decode()


# An image in the clipboard or under the mouse, as the browser hands it over.
def hand_over(page, selector: str, event: str, data: str) -> None:
    page.evaluate(
        """([selector, event, b64]) => {
            const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))
            const transfer = new DataTransfer()
            transfer.items.add(new File([bytes], "layar.png", {type: "image/png"}))
            const target = document.querySelector(selector)
            const box = target.getBoundingClientRect()
            const init = {
                bubbles: true,
                cancelable: true,
                clientX: box.left + 20,
                clientY: box.top + 10,
            }
            target.dispatchEvent(event === "paste"
                ? new ClipboardEvent("paste", {...init, clipboardData: transfer})
                : new DragEvent("drop", {...init, dataTransfer: transfer}))
        }""",
        [selector, event, data],
    )


def test_a_pasted_photo_becomes_the_featured_one_and_a_dropped_one_goes_in_the_body(editor, page):
    problems = watch(page)
    login(page, "redaktur")
    page.goto(reverse("admin:articles_article_add"))
    body_editor(page)
    field = page.locator("[data-photo-field]")
    expect(field.locator(".photo-field__none")).to_have_text("Belum ada foto utama.")

    hand_over(page, "[data-photo-field]", "paste", png("orange"))
    dialog = page.get_by_role("dialog", name="Pilih foto utama")
    alt = dialog.get_by_label("Teks alternatif (wajib)")
    expect(alt).to_be_focused()
    # The alternative text is asked for before anything is sent.
    dialog.get_by_role("button", name="Unggah dan pakai").click()
    expect(dialog.get_by_role("alert")).to_contain_text("Isi teks alternatif")
    alt.fill("Antrean warga di posko")
    dialog.get_by_label("Kredit").fill("Foto: Kabar/Rina")
    dialog.get_by_role("button", name="Unggah dan pakai").click()
    expect(dialog).to_be_hidden()
    featured = Photo.objects.get(alt_text="Antrean warga di posko")
    expect(page.locator("#id_featured_photo")).to_have_value(str(featured.pk))
    expect(field.locator(".photo-field__current img")).to_be_visible()
    expect(field.locator(".photo-field__current")).to_contain_text("(Foto: Kabar/Rina)")

    area = body_editor(page)
    area.click()
    hand_over(page, ".prose-editor > .ProseMirror", "drop", png("purple"))
    picker = page.get_by_role("dialog", name="Pilih foto")
    picker.get_by_label("Teks alternatif (wajib)").fill("Tenda pengungsian")
    picker.get_by_role("button", name="Unggah dan pakai").click()
    expect(picker).to_be_hidden()
    inline = Photo.objects.get(alt_text="Tenda pengungsian")
    expect(area.locator(f"figure[data-photo='{inline.pk}'] img")).to_be_visible()
    expect(page.locator("#id_body")).to_have_value(re.compile(f'data-photo="{inline.pk}"'))
    assert not problems, problems
