"""The reader's page of a live report: badge, key events, entries newest first, pages, JSON-LD."""

import json
import re

import pytest
from django.test import Client
from django.urls import reverse

from articles.live.services import live_entry_withdraw, live_report_end
from tests import factories

pytestmark = pytest.mark.django_db


def _page(article, query="") -> str:
    response = Client().get(article.get_absolute_url() + query)
    assert response.status_code == 200
    return response.content.decode()


def _entries(html: str) -> list[int]:
    section = html.split('id="laporan-langsung"', 1)[1].split("</section>", 1)[0]
    return [
        int(n)
        for n in re.findall(r'<article class="live-entry[^"]*" id="pembaruan-(\d+)"', section)
    ]


def _jsonld(html: str) -> dict:
    return json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)[1]
    )


def test_a_running_report_shows_the_badge_and_its_entries_newest_first(report, post):
    first = post("<p>Gempa M5,6 mengguncang Cianjur.</p>")
    second = post("<p>BNPB: 62 orang meninggal.</p>", key_event=True)
    html = _page(report)
    assert 'class="live-badge">LANGSUNG<' in html
    assert _entries(html) == [second.pk, first.pk]
    entry = re.search(rf'<article[^>]*id="pembaruan-{second.pk}".*?</article>', html, re.S)[0]
    assert re.search(r"<time datetime=\"[0-9T:+-]+\">(\d+ \w+, )?\d\d\.\d\d WIB</time>", entry)
    assert f'href="#pembaruan-{second.pk}"' in entry
    assert "Peristiwa penting" in entry
    key_events = html.split('id="peristiwa-penting-judul"', 1)[1].split("</nav>", 1)[0]
    assert f'href="#pembaruan-{second.pk}"' in key_events
    assert "62 orang meninggal" in key_events
    assert f"pembaruan-{first.pk}" not in key_events
    assert "Muat pembaruan" in html and 'data-live-url="' in html
    assert 'aria-live="polite"' in html
    assert "js/live.js" in html


def test_withdrawn_entries_leave_the_page(report, post, editor_user):
    kept, withdrawn = post("<p>Tetap.</p>"), post("<p>Salah ketik.</p>")
    live_entry_withdraw(entry=withdrawn, user=editor_user)
    html = _page(report)
    assert _entries(html) == [kept.pk]
    assert "Salah ketik" not in html


def test_an_ended_report_is_a_normal_article_with_its_entries(report, post, editor_user):
    entry = post()
    live_report_end(article=report, user=editor_user)
    html = _page(report)
    assert "live-badge" not in html
    assert _entries(html) == [entry.pk]
    assert "data-live-url" not in html and "js/live.js" not in html
    assert "Laporan langsung ini berakhir" in html
    data = _jsonld(html)
    assert data["coverageEndTime"].startswith(str(report.live_ended_at.year))


def test_long_reports_paginate_and_key_events_link_to_their_page(report, post, settings):
    settings.LIVE_ENTRIES_PER_PAGE = 3
    entries = [post(f"<p>Pembaruan {n}.</p>", key_event=n == 0) for n in range(7)]
    newest_first = [e.pk for e in reversed(entries)]
    first = _page(report)
    assert _entries(first) == newest_first[:3]
    assert "Pembaruan sebelumnya" in first and 'href="?pembaruan=2#laporan-langsung"' in first
    assert f'href="?pembaruan=3#pembaruan-{entries[0].pk}"' in first
    second = _page(report, "?pembaruan=2")
    assert _entries(second) == newest_first[3:6]
    assert "data-live-url" not in second  # only the first page takes new entries
    assert _entries(_page(report, "?pembaruan=3")) == newest_first[6:]
    # A page that does not exist is the first page, never a rendering of its own.
    assert _entries(_page(report, "?pembaruan=99")) == newest_first[:3]


def test_json_ld_is_a_live_blog_posting_with_the_pages_entries(report, post):
    entry = post("<p>Hujan &amp; longsor di <b>Cugenang</b>.</p>")
    data = _jsonld(_page(report))
    assert data["@type"] == "LiveBlogPosting"
    assert data["headline"] == report.title
    assert data["coverageStartTime"] == report.published_at.isoformat()
    assert "coverageEndTime" not in data
    [update] = data["liveBlogUpdate"]
    assert update["@type"] == "BlogPosting"
    assert update["articleBody"] == "Hujan & longsor di Cugenang."
    assert update["headline"] == "Hujan & longsor di Cugenang."
    assert update["datePublished"] == entry.posted_at.isoformat()
    assert update["url"].endswith(f"{report.get_absolute_url()}#pembaruan-{entry.pk}")


def test_the_home_page_marks_live_reports(report, category):
    factories.make_article(title="Berita biasa", category=category)
    html = Client().get("/").content.decode()
    cards = re.findall(r'<article class="card.*?</article>', html, re.S)
    marked = {"Gempa Cianjur" in card for card in cards if "live-badge" in card}
    assert marked == {True}
    assert not any("live-badge" in card for card in cards if "Berita biasa" in card)


def test_a_normal_article_has_no_live_parts(article):
    html = _page(article)
    assert "laporan-langsung" not in html and "live-badge" not in html
    assert _jsonld(html)["@type"] == "NewsArticle"


def test_the_feed_item_of_a_live_report_carries_its_newest_entry(report, post, editor_user):
    post("<p>Gempa susulan M4,2.</p>")
    newest = post("<p>Pengungsi &amp; relawan di Cugenang.</p>")
    feed = Client().get("/feed/").content.decode()
    item = feed.split(report.title, 1)[1].split("</item>", 1)[0]
    assert "Laporan langsung (" in item and "Pengungsi &amp; relawan di Cugenang." in item
    assert "susulan" not in item
    live_entry_withdraw(entry=newest, user=editor_user)
    feed = Client().get("/feed/").content.decode()
    item = feed.split(report.title, 1)[1].split("</item>", 1)[0]
    assert "Gempa susulan M4,2." in item and "Pengungsi" not in item


def test_comments_and_the_poll_work_on_a_live_report(report, post):
    from tests.poll.factories import default_options

    default_options()
    post()
    html = _page(report)
    assert "Bagaimana tanggapan anda mengenai artikel ini?" in html
    assert "Tinggalkan Balasan" in html
    # The report's entries come before them.
    assert html.index('id="laporan-langsung"') < html.index("Tinggalkan Balasan")
    # A reader comments and votes on it as on any article.
    from comments.models import Comment
    from tests.comments.factories import post_comment

    reader = Client()
    assert post_comment(reader, report, body="Turut berduka.").status_code == 303
    assert list(Comment.objects.filter(article=report).values_list("body", flat=True)) == [
        "<p>Turut berduka.</p>"
    ]
    vote = reader.post(
        reverse("poll:vote", kwargs={"article_id": report.pk}),
        {"reaction": "sedih"},
        HTTP_ACCEPT="application/json",
    )
    assert vote.status_code == 200
    assert (vote.json()["total"], vote.json()["choice"]) == (1, "sedih")
