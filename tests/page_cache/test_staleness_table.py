"""The staleness rule, enumerated: every kind of change against every kind of page.

Each page is rendered and kept, one change is made, and the kept entries
are asked whether they are still fresh. ``STALE`` says which pages the
change must make stale; every other page must stay fresh (a change that
shows nowhere costs no rendering anywhere). Time (poll counts, a scheduled
article going live) is the other mechanism; it is tested in test_stale.py
and test_invalidation.py.
"""

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from articles.live.services import (
    live_entry_edit,
    live_entry_post,
    live_entry_withdraw,
    live_report_end,
)
from articles.models import EditorProfile
from comments.editing.services import comment_edit
from comments.models import Comment
from comments.reports.services import report_submit
from comments.services import comment_moderate
from portal.page_cache import middleware, store
from tests import factories
from tests.comments.factories import make_comment
from tests.poll.factories import cast_votes, default_options

pytestmark = pytest.mark.django_db

PAGES = (
    "home",
    "article",
    "other article",
    "category",
    "tag",
    "source",
    "search",
    "feed",
    "category feed",
    "sitemap",
    "sitemap index",
    "robots.txt",
    "live report",
    "live updates",
)
LISTS = {
    "home",
    "category",
    "tag",
    "source",
    "search",
    "feed",
    "category feed",
    "sitemap",
    "sitemap index",
}
HTML = set(PAGES) - {
    "feed",
    "category feed",
    "sitemap",
    "sitemap index",
    "robots.txt",
    "live updates",
}
# What a change to a live report's entries shows on: its page, its "what's
# new" answer, and the feed listing it (article-<id>; its category's feed
# is another category's here).
LIVE = {"live report", "live updates", "feed"}

STALE = {
    "the article edited": {"article"} | LISTS,
    "an article published with its tag": {"article"} | LISTS,
    "the article unpublished": {"article"} | LISTS,
    # Lists are kept again no later than its time (PAGE_CACHE_DEADLINE).
    "an article scheduled with its tag": {"article"} | LISTS,
    "a draft edited": set(),
    "a category saved": HTML | {"feed", "category feed", "sitemap"},
    "the article's tag saved": {"article", "tag", "feed", "category feed", "sitemap"},
    "a tag on no article saved": set(),
    "the article's source saved": {"article"} | LISTS,
    # The feeds name the article's editor (its byline) too.
    "the article's editor's initials saved": {"article", "feed", "category feed"},
    "a poll option saved": {"article", "other article", "live report"},
    "a comment approved": {"article", "home"},
    "an approved comment rejected": {"article", "home"},
    "a comment posted, waiting for moderation": set(),
    "a waiting comment edited by its author": set(),
    "a comment reported once (below the hiding threshold)": set(),
    "a vote cast": set(),
    "a live entry posted": LIVE,
    "a live entry edited": LIVE,
    "a live entry withdrawn": LIVE,
    "the live report ended": LIVE | LISTS,
}


@pytest.fixture
def site(db):
    category = factories.make_category(name="Internasional", slug="internasional")
    tag = factories.make_tag(name="NATO", slug="nato")
    source = factories.make_source(name="Medcom.id", slug="medcom-id")
    editor = factories.make_editor(initials="WIL")
    article = factories.make_article(
        title="NATO bertemu di Brussels",
        category=category,
        tags=[tag],
        source=source,
        editor=editor,
    )
    other = factories.make_article(
        title="Cuaca hari ini",
        category=category,
        tags=[factories.make_tag(name="Cuaca", slug="cuaca")],
    )
    live = factories.make_article(title="Banjir Jakarta: laporan langsung", is_live=True)
    live_entry = live_entry_post(article=live, body="<p>Air naik.</p>", user=live.editor)
    approved = make_comment(article=article, body="Komentar yang disetujui.")
    waiting = make_comment(article=article, body="Menunggu.", status=Comment.Status.PENDING)
    options = default_options()
    paths = {
        "home": "/",
        "article": article.get_absolute_url(),
        "other article": other.get_absolute_url(),
        "category": category.get_absolute_url(),
        "tag": tag.get_absolute_url(),
        "source": source.get_absolute_url(),
        "search": "/cari/?q=NATO",
        "feed": "/feed/",
        "category feed": f"/kategori/{category.slug}/feed/",
        # The part listing tags; the index names the parts.
        "sitemap": "/sitemap-tag.xml",
        "sitemap index": "/sitemap.xml",
        "robots.txt": "/robots.txt",
        "live report": live.get_absolute_url(),
        "live updates": f"{live.get_absolute_url()}pembaruan/?sejak={live_entry.pk}",
    }
    return locals()


def _change(kind: str, site: dict) -> None:
    article, other = site["article"], site["other"]
    if kind == "the article edited":
        article.title = "NATO bertemu lagi di Brussels"
        article.save()
    elif kind == "an article published with its tag":
        factories.make_article(category=site["category"], tags=[site["tag"]])
    elif kind == "an article scheduled with its tag":
        later = timezone.now() + timedelta(hours=1)
        factories.make_article(category=site["category"], tags=[site["tag"]], published_at=later)
    elif kind == "the article unpublished":
        article.status = article.Status.DRAFT
        article.save()
    elif kind == "a draft edited":
        draft = factories.make_article(category=site["category"], status="draft")
        draft.title = "Masih draf"
        draft.save()
    elif kind == "a category saved":
        site["category"].description = "Berita dunia."
        site["category"].save()
    elif kind == "the article's tag saved":
        site["tag"].name = "Pakta Atlantik Utara"
        site["tag"].save()
    elif kind == "a tag on no article saved":
        factories.make_tag(name="Lain")
    elif kind == "the article's source saved":
        site["source"].name = "Medcom"
        site["source"].save()
    elif kind == "the article's editor's initials saved":
        EditorProfile.objects.filter(user=site["editor"]).update(initials="WLM")
        EditorProfile.objects.get(user=site["editor"]).save()
    elif kind == "a poll option saved":
        option = site["options"][0]
        option.label = "Gembira"
        option.save()
    elif kind in ("a comment approved", "an approved comment rejected"):
        comment = site["waiting" if kind == "a comment approved" else "approved"]
        status = Comment.Status.APPROVED if kind == "a comment approved" else "rejected"
        comment_moderate(
            comments=Comment.objects.filter(pk=comment.pk), status=status, moderator=None
        )
    elif kind == "a comment posted, waiting for moderation":
        make_comment(article=article, body="Baru.", status=Comment.Status.PENDING)
    elif kind == "a waiting comment edited by its author":
        comment_edit(comment=site["waiting"], body="Menunggu, disunting.")
    elif kind == "a comment reported once (below the hiding threshold)":
        report = dict(reason="spam", note="", reader_hash="pembaca-1", address_bucket="aaaaa")
        assert report_submit(comment=site["approved"], **report) is not None
    elif kind == "a vote cast":
        cast_votes(article=other, option=site["options"][1], count=1)
    elif kind == "a live entry posted":
        live_entry_post(article=site["live"], body="<p>Air surut.</p>", user=site["editor"])
    elif kind == "a live entry edited":
        live_entry_edit(entry=site["live_entry"], body="<p>Air naik lagi.</p>", user=site["editor"])
    elif kind == "a live entry withdrawn":
        live_entry_withdraw(entry=site["live_entry"], user=site["editor"])
    elif kind == "the live report ended":
        live_report_end(article=site["live"], user=site["editor"])
    else:
        raise AssertionError(kind)


def _name(path: str) -> str:
    base, _, query = path.partition("?")
    parameters = dict(part.split("=") for part in query.split("&")) if query else {}
    return middleware._name("http://testserver", base, parameters)


def _fresh(paths: dict) -> dict[str, bool]:
    return {page: store.lookup(_name(path))[1] for page, path in paths.items()}


@pytest.mark.parametrize("kind", list(STALE))
def test_a_change_makes_exactly_the_pages_that_show_it_stale(site, kind):
    assert set(STALE[kind]) <= set(PAGES)
    for page, path in site["paths"].items():
        assert Client().get(path).status_code == 200, page
    assert all(_fresh(site["paths"]).values()), _fresh(site["paths"])
    _change(kind, site)
    stale = {page for page, fresh in _fresh(site["paths"]).items() if not fresh}
    assert stale == STALE[kind]
