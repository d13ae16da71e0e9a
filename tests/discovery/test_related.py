""" "Baca juga" under the body and "Baca:" links inside it: published articles only."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles.discovery.related import related_articles, with_published_links
from articles.models import Article
from tests.factories import make_article, make_tag


def _related_titles(client, article) -> list[str]:
    soup = BeautifulSoup(client.get(article.get_absolute_url()).content, "html.parser")
    section = soup.find("section", attrs={"aria-labelledby": "baca-juga"})
    return [a.get_text() for a in section.find_all("a")] if section else []


def _body(client, article):
    soup = BeautifulSoup(client.get(article.get_absolute_url()).content, "html.parser")
    return soup.find("div", class_="article__body")


@pytest.mark.django_db
def test_chosen_related_first_then_latest_sharing_tags(client, category):
    tag = make_tag()
    now = timezone.now()
    article = make_article(category=category, tags=[tag])
    chosen_old = make_article(category=category, published_at=now - timedelta(days=30))
    sharing = [
        make_article(category=category, tags=[tag], published_at=now - timedelta(hours=h))
        for h in (5, 1, 9, 3, 7)
    ]
    make_article(category=category, title="Tanpa tag yang sama")
    article.related.set([chosen_old])
    titles = _related_titles(client, article)
    newest_sharing = sorted(sharing, key=lambda a: a.published_at, reverse=True)
    assert titles == [chosen_old.title, *(a.title for a in newest_sharing[:4])]


@pytest.mark.django_db
def test_at_most_five_and_never_itself(category):
    tag = make_tag()
    article = make_article(category=category, tags=[tag])
    others = [make_article(category=category, tags=[tag]) for _ in range(8)]
    article.related.set([article, *others[:6]])
    result = related_articles(article)
    assert len(result) == 5
    assert article not in result


@pytest.mark.django_db
def test_seed_reads_on_with_its_chosen_article(client, demo):
    titles = _related_titles(client, demo["seed"])
    assert titles[0] == demo["articles"]["baca"].title
    assert 1 < len(titles) <= 5


@pytest.mark.django_db
def test_unpublished_articles_are_never_related(client, seed, hidden):
    seed.related.add(hidden["draft"], hidden["scheduled"])
    titles = _related_titles(client, seed)
    assert hidden["draft"].title not in titles
    assert hidden["scheduled"].title not in titles
    assert titles


@pytest.mark.django_db
def test_scheduled_article_becomes_related_once_its_time_comes(client, seed, hidden):
    seed.related.add(hidden["scheduled"])
    later = timezone.now() + timedelta(hours=2)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(timezone, "now", lambda: later)
        assert _related_titles(client, seed)[0] == hidden["scheduled"].title


@pytest.mark.django_db
def test_baca_paragraph_disappears_when_its_article_is_unpublished(client, demo):
    seed, baca = demo["seed"], demo["articles"]["baca"]
    assert _body(client, seed).find("a", href=baca.get_absolute_url())
    baca.status = Article.Status.DRAFT
    baca.save()
    body = _body(client, seed)
    assert body.find("a", href=baca.get_absolute_url()) is None
    assert "Baca:" not in body.get_text()
    assert "perang nuklir" in body.get_text()
    assert baca.title not in _related_titles(client, seed)


@pytest.mark.django_db
def test_inline_link_to_a_scheduled_article_keeps_only_its_text(client, category, hidden):
    target = hidden["scheduled"].get_absolute_url()
    article = make_article(
        category=category,
        body=f'<p>Menurut <a href="{target}">laporan terjadwal</a>, dan '
        f'<a href="https://www.medcom.id/x">Medcom</a>.</p>',
    )
    body = _body(client, article)
    assert body.find("a", href=target) is None
    assert "Menurut laporan terjadwal, dan" in body.get_text()
    assert body.find("a", href="https://www.medcom.id/x")


def test_links_elsewhere_are_left_alone_without_a_query():
    # No django_db mark: any query would raise.
    body = (
        '<p><a href="https://example.com/2022/10/11/x/">luar</a> '
        '<a href="/kategori/nasional/">kategori</a> <a href="mailto:r@x.id">surel</a></p>'
    )
    assert with_published_links(body, host="testserver") == body


@pytest.mark.django_db
def test_absolute_links_to_this_site_are_checked_too(seed, hidden):
    url = "http://testserver" + hidden["draft"].get_absolute_url()
    live = "http://testserver" + seed.get_absolute_url()
    body = f'<p>A <a href="{url}">draf</a> B <a href="{live}">terbit</a></p>'
    assert with_published_links(body, host="testserver") == (
        f'<p>A draf B <a href="{live}">terbit</a></p>'
    )


def _article_page(n: int, category):
    tag = make_tag()
    targets = [make_article(category=category, tags=[tag]) for _ in range(n)]
    links = "".join(f'<p>Baca: <a href="{t.get_absolute_url()}">{t.title}</a></p>' for t in targets)
    article = make_article(category=category, tags=[tag], body=f"<p>Isi.</p>{links}")
    article.related.set(targets)
    return article.get_absolute_url()


@pytest.mark.django_db
def test_article_page_query_count_is_fixed(client, category, django_assert_max_num_queries):
    small = _article_page(1, category)
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(small).status_code == 200
    large = _article_page(12, category)
    with django_assert_max_num_queries(len(ctx.captured_queries)):
        response = client.get(large)
    assert response.content.decode().count("Baca:") == 12


@pytest.mark.django_db
def test_a_link_to_a_day_that_cannot_exist_is_unwrapped():
    from articles.discovery.related import with_published_links

    body = (
        '<p>Lihat <a href="/99999999999999999999/01/01/x/">ini</a>, '
        '<a href="/2022/02/31/y/">itu</a> dan <a href="https://contoh.id/">situs</a></p>'
    )
    assert with_published_links(body) == (
        '<p>Lihat ini, itu dan <a href="https://contoh.id/">situs</a></p>'
    )
