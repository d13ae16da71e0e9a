"""Shared steps for the end-to-end journeys: a watchful browser and a real login."""

import re

from playwright.sync_api import Page, expect

SEED_PATH = "/2022/10/11/nato-rusia-serang-kota-kota-ukraina-karena-kalah-di-medan-perang/"
SEED_TITLE = "NATO: Rusia Serang Kota-Kota Ukraina karena Kalah di Medan Perang"
PASSWORD = "sandi-redaksi-2024"


def watch(page: Page) -> list[str]:
    """Collect console errors, uncaught exceptions and server errors seen by ``page``."""
    problems: list[str] = []

    def on_console(msg):
        # The missing /favicon.ico on admin pages is reported by its own test.
        if msg.type == "error" and not msg.location.get("url", "").endswith("/favicon.ico"):
            problems.append(f"console: {msg.text} ({msg.location.get('url') or page.url})")

    page.on("console", on_console)
    page.on("pageerror", lambda exc: problems.append(f"pageerror: {exc} ({page.url})"))
    page.on(
        "response",
        lambda resp: resp.status >= 500 and problems.append(f"{resp.status}: {resp.url}"),
    )
    return problems


def assert_fits(page: Page) -> None:
    """The page never makes a reader scroll sideways."""
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0, f"{page.url} scrolls sideways by {overflow}px"


def leave(page: Page) -> None:
    """Stop the page's timers (heartbeat, autosave), then give a request already
    sent time to finish: the test's database is emptied next, and a request
    still running then can deadlock with it on PostgreSQL."""
    page.goto("about:blank")
    page.wait_for_timeout(300)


def login(page: Page, username: str, password: str = PASSWORD) -> None:
    """Sign in through the admin's own login form."""
    page.goto("/admin/")
    expect(page).to_have_url(re.compile(r"/admin/login/"))
    page.get_by_label(re.compile("Nama pengguna|Username", re.I)).fill(username)
    page.get_by_label(re.compile("Sandi|Password", re.I)).fill(password)
    page.get_by_role("button", name=re.compile("Masuk|Log in", re.I)).click()
    expect(page).to_have_url(re.compile(r"/admin/$"))


def focus_ring(page: Page) -> dict:
    """What the focused element is and whether its focus can be seen."""
    return page.evaluate(
        """() => {
          const el = document.activeElement;
          const s = getComputedStyle(el);
          const labels = el.labels ? Array.from(el.labels).map(l => l.textContent.trim()) : [];
          return {tag: el.tagName, name: el.name || '', type: el.type || '', labels,
                  visible: (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0)
                           || s.boxShadow !== 'none'};
        }"""
    )


ENGLISH = re.compile(
    r"\b(Next|Previous|Page \d|Search|Submit|Reply|Comments?|Read more|Home|Results?|"
    r"January|February|March|April|May|June|July|August|October|December|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|This field|Enter a valid|"
    r"Not Found|Server Error|Loading|Share|Tags?:|minutes? ago)\b"
)


def assert_indonesian(page: Page) -> None:
    """No stock English string a reader would notice on the page."""
    text = page.locator("body").inner_text()
    found = ENGLISH.findall(text)
    assert not found, f"{page.url} shows English: {found}"


def newsroom_groups() -> None:
    """The Editor and Moderator groups exactly as the data migrations define them.

    Transactional tests flush the database between tests, which drops rows
    made by migrations; permissions come back after a flush, groups do not.
    """
    import importlib

    from django.contrib.auth.models import Group, Permission

    editor_migration = importlib.import_module("articles.migrations.0002_newsroom_groups")
    moderator_migration = importlib.import_module("comments.migrations.0003_moderator_permissions")
    editor, _ = Group.objects.get_or_create(name="Editor")
    codenames = [
        f"{action}_{model}"
        for model in editor_migration.EDITOR_MODELS
        for action in editor_migration.ACTIONS
    ]
    photo_migration = importlib.import_module("articles.migrations.0009_photo_library")
    live_migration = importlib.import_module("articles.migrations.0015_live_reports")
    editor.permissions.set(
        Permission.objects.filter(
            content_type__app_label="articles",
            codename__in=[
                *codenames,
                *photo_migration.PHOTO_CODENAMES,
                *live_migration.ENTRY_CODENAMES,
            ],
        )
    )
    moderator, _ = Group.objects.get_or_create(name="Moderator")
    moderator.permissions.set(
        Permission.objects.filter(
            content_type__app_label="comments",
            codename__in=moderator_migration.MODERATOR_CODENAMES,
        )
    )


def icons_loaded(page) -> None:
    """Wait for the toolbar's icon font: axe reads an icon's name as text until it has loaded."""
    page.evaluate(
        """async () => {
            await document.fonts.load('24px "Material Icons"')
            await document.fonts.ready
        }"""
    )


def body_editor(page):
    """The body's writing area, once the editor has started."""
    area = page.locator(".prose-editor > .ProseMirror")
    expect(area).to_be_visible()
    expect(area).to_have_role("textbox")
    expect(area).to_have_accessible_name("Isi")
    return area


def paste(page, html):
    """Paste ``html`` into the body's editor as a browser pastes a clipboard."""
    body_editor(page).click()
    page.evaluate(
        """html => {
            const data = new DataTransfer()
            data.setData("text/html", html)
            document.activeElement.dispatchEvent(new ClipboardEvent("paste", {
                clipboardData: data, bubbles: true, cancelable: true,
            }))
        }""",
        html,
    )
