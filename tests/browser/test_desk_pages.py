"""Every admin page editors use: axe-core finds nothing serious, at 360 and 1280 px, under the CSP.

Each page is opened once per screen width with the site's Content Security
Policy in force (axe is evaluated through the browser's debugging
protocol, which the policy does not govern), so a refused inline script or
style shows as a console error and fails the test too. The counts per page
are printed (``-s``) for the record.
"""

import io
import re
from datetime import timedelta

import pytest
import reversion
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from PIL import Image
from playwright.sync_api import expect
from reversion.models import Version

from articles.desk.autosave import article_autosave
from articles.desk.locks import editing_heartbeat
from articles.models import Article
from articles.photos.models import Photo
from articles.photos.services import photo_set_image
from articles.photos.uploads import check_upload
from tests.browser.checkers import axe_results
from tests.browser.journeys_helpers import (
    PASSWORD,
    body_editor,
    icons_loaded,
    login,
    newsroom_groups,
    watch,
)
from tests.factories import make_article, make_category, make_source, make_tag, make_user

pytestmark = pytest.mark.django_db(transaction=True)


def _photo(alt: str) -> Photo:
    out = io.BytesIO()
    Image.new("RGB", (1600, 1000), "olive").save(out, "JPEG")
    checked = check_upload(SimpleUploadedFile("foto.jpg", out.getvalue(), "image/jpeg"))
    return photo_set_image(Photo(alt_text=alt, caption="Keterangan", credit="Kabar"), checked)


@pytest.fixture
def newsroom(transactional_db, settings, tmp_path):
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
    editor = make_user(
        groups=["Editor"], is_staff=True, username="redaktur", password=PASSWORD, initials="RED"
    )
    colleague = make_user(groups=["Editor"], is_staff=True, username="rina", first_name="Rina")
    category = make_category(name="Nasional", slug="nasional")
    tag = make_tag(name="Banjir", slug="banjir")
    source = make_source(name="Medcom.id", slug="medcom-id")
    photo = _photo("Warga menembus genangan")
    story = make_article(
        title="Banjir Rob Rendam Pesisir",
        category=category,
        source=source,
        featured_photo=photo,
        editor=editor,
        body=f'<p>Air laut naik.</p><figure data-photo="{photo.pk}"><img src="'
        f'{photo.url(photo.share_rendition())}" alt="Genangan"><figcaption>Genangan.'
        "</figcaption></figure>",
        tags=[tag],
    )
    for title in ("Banjir Rob Rendam Pesisir", "Banjir Rob Rendam Pesisir Utara"):
        with reversion.create_revision():
            reversion.set_user(editor)
            story.title = title
            story.save()
    edited = Article.objects.get(pk=story.pk)
    edited.body = "<p>Air laut naik lagi.</p>"
    article_autosave(article=story, edited=edited, many={}, user=editor, base_version="")
    make_article(
        title="Jadwal Mudik", category=category, published_at=timezone.now() + timedelta(days=1)
    )
    make_article(title="Masih Draf", status="draft", category=category)
    versions = list(Version.objects.get_for_object(story).order_by("pk"))
    return {
        "story": story,
        "photo": photo,
        "category": category,
        "tag": tag,
        "source": source,
        "versions": versions,
        "colleague": colleague,
    }


def _pages(newsroom) -> dict[str, str]:
    story, photo = newsroom["story"], newsroom["photo"]
    older, newer = newsroom["versions"][0], newsroom["versions"][1]

    def admin(name, *args):
        return reverse(f"admin:{name}", args=args)

    pages = {
        "beranda admin": admin("index"),
        "daftar artikel": admin("articles_article_changelist"),
        "daftar artikel: terjadwal": admin("articles_article_changelist") + "?keadaan=scheduled",
        "terjadwal": admin("articles_article_scheduled"),
        "tambah artikel": admin("articles_article_add"),
        "ubah artikel": admin("articles_article_change", story.pk),
        "riwayat": admin("articles_article_history", story.pk),
        "bandingkan": admin("articles_article_compare", story.pk)
        + f"?version_id1={older.pk}&version_id2={newer.pk}",
        "pulihkan versi (formulir)": admin("articles_article_revision", story.pk, older.pk),
        "hapus artikel": admin("articles_article_delete", story.pk),
        "artikel terhapus": admin("articles_article_recoverlist"),
        "pustaka foto (kisi)": admin("articles_photo_changelist") + "?tampilan=kisi",
        "pustaka foto (tabel)": admin("articles_photo_changelist") + "?tampilan=tabel",
        "tambah foto": admin("articles_photo_add"),
        "ubah foto": admin("articles_photo_change", photo.pk),
        "ganti sandi": admin("password_change"),
    }
    for model in ("category", "tag", "source"):
        obj = newsroom[model]
        pages[f"daftar {model}"] = admin(f"articles_{model}_changelist")
        pages[f"tambah {model}"] = admin(f"articles_{model}_add")
        pages[f"ubah {model}"] = admin(f"articles_{model}_change", obj.pk)
    return pages


def _ready(page) -> None:
    """The page as an editor sees it: the body's editor started and its icons loaded."""
    if page.locator("[data-django-prose-editor-article]").count():
        body_editor(page)
    icons_loaded(page)


def checked(page, problems: list[str]) -> tuple[list[str], list[str]]:
    """axe's findings on the page; what axe itself makes the page report is not the page's.

    axe sets style attributes while it measures (the CSP refuses them):
    those console lines are dropped, the page's own are kept.
    """
    before = len(problems)
    found = axe_results(page)
    del problems[before:]
    return found


@pytest.mark.parametrize("width", [360, 1280])
def test_every_page_editors_use_is_accessible_and_obeys_the_csp(
    newsroom, browser, live_server, width
):
    context = browser.new_context(
        base_url=live_server.url, viewport={"width": width, "height": 800}
    )
    page = context.new_page()
    problems = watch(page)
    login(page, "redaktur")
    # A colleague has the story open: its form shows who.
    editing_heartbeat(article=newsroom["story"], user=newsroom["colleague"])
    found, counts = {}, {}
    try:
        for name, path in _pages(newsroom).items():
            response = page.goto(path)
            assert response.status == 200, (name, response.status)
            _ready(page)
            if name in ("riwayat", "bandingkan"):
                # A wide table scrolls within itself; the page never scrolls sideways.
                overflow = page.evaluate(
                    "document.documentElement.scrollWidth - document.documentElement.clientWidth"
                )
                assert overflow <= 0, (name, overflow)
            serious, others = checked(page, problems)
            counts[name] = (len(serious), len(others))
            if serious:
                found[name] = serious
        # The dialogs editors open from the article form.
        page.goto(reverse("admin:articles_article_change", args=[newsroom["story"].pk]))
        _ready(page)
        page.locator(".prose-menubar").get_by_role(
            "button", name="Sisipkan foto dari pustaka foto"
        ).click()
        picker = page.get_by_role("dialog", name="Pilih foto")
        expect(picker.get_by_role("listitem")).to_have_count(1)
        serious, others = checked(page, problems)
        counts["pemilih foto (isi)"] = (len(serious), len(others))
        if serious:
            found["pemilih foto (isi)"] = serious
        picker.get_by_role("button", name="Batal", exact=True).click()
        page.get_by_role("button", name="Pilih dari pustaka").click()
        featured = page.get_by_role("dialog", name="Pilih foto utama")
        expect(featured.get_by_role("listitem")).to_have_count(1)
        # The dialog fits the screen, and its "Batal" is in view without scrolling.
        box = featured.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= width, box
        expect(featured.get_by_role("button", name="Batal", exact=True)).to_be_in_viewport()
        serious, others = checked(page, problems)
        counts["pemilih foto utama"] = (len(serious), len(others))
        if serious:
            found["pemilih foto utama"] = serious
    finally:
        context.close()
    print(f"\naxe at {width} px (serious or critical, other rules failed):")
    for name, (serious, others) in counts.items():
        print(f"  {name}: {serious} / {others}")
    for name, lines in found.items():
        print(f"  !! {name}: {lines}")
    assert found == {}, found
    csp = [p for p in problems if re.search("Content Security Policy|Refused to", p)]
    assert not csp, csp
    assert not problems, problems
