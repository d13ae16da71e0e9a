"""The newsroom dashboard at /admin/statistik/: Editors and superusers only; figures, plots
with their tables; the figures on each article's change page."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from articles.readership.fold import fold_reads
from tests import factories

from .conftest import FIREFOX, beacon

pytestmark = pytest.mark.django_db
URL = "/admin/statistik/"


@pytest.fixture
def read_article(client, article):
    beacon(client, article, utm="whatsapp")
    beacon(client, article, utm="whatsapp")
    beacon(client, article, agent=FIREFOX, referrer="https://www.google.com/")
    fold_reads()  # with Redis as the cache; nothing to do without
    return article


def _soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_editor_sees_todays_top_articles_referrers_and_the_hourly_plot(editor_client, read_article):
    soup = _soup(editor_client.get(URL))
    row = soup.select_one(".stats__top tbody tr")
    assert row.th.get_text(strip=True) == read_article.title
    assert [td.get_text(strip=True) for td in row.select("td")] == ["3", "2", "0", "0"]
    referrers = {
        tr.th.get_text(strip=True): [td.get_text(strip=True) for td in tr.select("td")]
        for tr in soup.select(".stats__referrers tbody tr")
    }
    assert referrers == {"WhatsApp": ["2", "1"], "Google": ["1", "1"]}
    chart = soup.select_one("svg.chart")
    assert chart["role"] == "img"
    assert chart.title.get_text() and chart.desc.get_text()
    assert len(chart.select("rect.chart__bar")) == 48
    assert len(soup.select(".stats__table tbody tr")) == 48
    assert soup.find("script", src=lambda s: s and "//" in s) is None


def test_one_articles_page_has_its_own_curve(editor_client, read_article):
    other = factories.make_article()
    url = reverse("statistik:article", args=[read_article.pk])
    soup = _soup(editor_client.get(url))
    assert "Dibaca 3 kali, 2 pembaca." in soup.select_one(".stats__summary").get_text(
        " ", strip=True
    )
    bars = [float(r["height"]) for r in soup.select("rect.chart__bar")]
    assert len(bars) == 48 and bars[-1] > 0 and sum(bars[:-1]) == 0
    other_page = _soup(editor_client.get(reverse("statistik:article", args=[other.pk])))
    assert "Dibaca 0 kali, 0 pembaca." in other_page.get_text(" ", strip=True)


def test_change_page_shows_the_articles_figures(editor_client, read_article):
    url = reverse("admin:articles_article_change", args=[read_article.pk])
    soup = _soup(editor_client.get(url))
    figures = soup.select_one(".read-figures a")
    assert figures.get_text(strip=True) == "Dibaca 3 kali, 2 pembaca"
    assert figures["href"] == reverse("statistik:article", args=[read_article.pk])


def test_superuser_sees_it(client, read_article):
    client.force_login(factories.make_user(is_staff=True, is_superuser=True))
    assert client.get(URL).status_code == 200


def test_moderators_are_refused_and_readers_sent_to_log_in(client, read_article):
    assert client.get(URL).status_code == 302
    client.force_login(factories.make_user(is_staff=True, groups=["Moderator"]))
    assert client.get(URL).status_code == 403
    assert client.get(reverse("statistik:article", args=[read_article.pk])).status_code == 403


def test_dashboard_queries_do_not_grow_with_articles(
    editor_client, client, django_assert_max_num_queries
):
    for _ in range(3):
        beacon(client, factories.make_article())
    fold_reads()
    with django_assert_max_num_queries(20) as few:
        assert editor_client.get(URL).status_code == 200
    count = len(few.captured_queries)
    assert count > 3
    for _ in range(15):
        article = factories.make_article()
        beacon(client, article)
        beacon(client, article, agent=FIREFOX, utm="x")
    fold_reads()
    with django_assert_max_num_queries(count):
        assert editor_client.get(URL).status_code == 200


def test_the_admin_links_to_the_dashboard_for_those_who_may_see_it(editor_client, client):
    assert 'href="/admin/statistik/"' in editor_client.get("/admin/").content.decode()
    client.force_login(factories.make_user(is_staff=True, groups=["Moderator"]))
    assert 'href="/admin/statistik/"' not in client.get("/admin/").content.decode()
