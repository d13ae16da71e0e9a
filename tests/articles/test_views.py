"""Reading pages: visibility of drafts, previews, listings and the seed page."""

import json
from datetime import timedelta

import pytest
from django.contrib.auth.models import Permission
from django.utils import timezone

from articles.models import Article
from tests.factories import make_article, make_tag, make_user

SEED_URL = "/2022/10/11/nato-rusia-serang-kota-kota-ukraina-karena-kalah-di-medan-perang/"


@pytest.fixture
def draft(category, editor_user):
    return make_article(category=category, editor=editor_user, status=Article.Status.DRAFT)


@pytest.fixture
def scheduled(category, editor_user):
    return make_article(
        category=category, editor=editor_user, published_at=timezone.now() + timedelta(days=1)
    )


@pytest.mark.django_db
def test_published_article_is_shown(client, article):
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    assert article.title in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("kind", ["draft", "scheduled"])
def test_unpublished_article_is_404_for_readers(client, kind, request):
    article = request.getfixturevalue(kind)
    assert client.get(article.get_absolute_url()).status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize("kind", ["draft", "scheduled"])
def test_staff_who_edit_articles_get_a_preview(editor_client, kind, request):
    article = request.getfixturevalue(kind)
    response = editor_client.get(article.get_absolute_url())
    assert response.status_code == 200
    assert "Pratinjau" in response.content.decode()


@pytest.mark.django_db
def test_staff_without_change_permission_get_404(client, draft):
    user = make_user(is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="view_article"))
    client.force_login(user)
    assert client.get(draft.get_absolute_url()).status_code == 404


@pytest.mark.django_db
def test_unpublished_articles_stay_out_of_listings(client, article, draft, scheduled):
    tag = make_tag(name="Rahasia", slug="rahasia")
    for item in (article, draft, scheduled):
        item.tags.add(tag)
    for url in ["/", article.category.get_absolute_url(), tag.get_absolute_url()]:
        body = client.get(url).content.decode()
        assert article.title in body
        assert draft.title not in body
        assert scheduled.title not in body


@pytest.mark.django_db
def test_wrong_date_in_url_is_404(client, article):
    url = article.get_absolute_url().replace(str(article.publication_date.year), "1999")
    assert client.get(url).status_code == 404
    assert client.get("/2022/02/31/apa-saja/").status_code == 404


@pytest.mark.django_db
def test_category_pages_paginate(client, category, editor_user, settings):
    settings.ARTICLES_PER_PAGE = 5
    for _ in range(12):
        make_article(category=category, editor=editor_user)
    first = client.get(category.get_absolute_url())
    third = client.get(category.get_absolute_url() + "?page=3")
    assert first.context["page_obj"].paginator.num_pages == 3
    assert len(first.context["articles"]) == 5
    assert len(third.context["articles"]) == 2
    assert "Halaman 1 dari 3" in first.content.decode()


@pytest.mark.django_db
def test_unknown_taxonomy_is_404(client):
    for url in ["/kategori/tidak-ada/", "/tag/tidak-ada/", "/sumber/tidak-ada/"]:
        response = client.get(url)
        assert response.status_code == 404
        assert "Halaman tidak ditemukan" in response.content.decode()


@pytest.mark.django_db
def test_seed_article_shows_every_element(client, demo):
    response = client.get(SEED_URL)
    html = response.content.decode()
    assert response.status_code == 200
    for expected in [
        "NATO: Rusia Serang Kota-Kota Ukraina karena Kalah di Medan Perang",
        '<strong class="dateline">Brussels:</strong>',
        "Selasa, 11 Oktober 2022 14:05 WIB",
        ">Internasional</a>",
        ">NATO</a>",
        ">Rusia</a>",
        ">Ukraina</a>",
        "Baca: <a href=",
        "Artikel ini bersumber dari www.medcom.id.",
        "(WIL)",
        "Baca juga",
    ]:
        assert expected in html, expected


@pytest.mark.django_db
def test_seed_baca_link_leads_to_a_published_article(client, demo):
    seed = demo["seed"]
    baca = demo["articles"]["baca"]
    assert f'Baca: <a href="{baca.get_absolute_url()}">' in seed.body
    response = client.get(baca.get_absolute_url())
    assert response.status_code == 200
    assert "Ukraina Langsung Daftar NATO" in response.content.decode()


@pytest.mark.django_db
def test_rate_limited_view_answers_429_in_indonesian(rf):
    from portal.rate_limit import rate_limited

    html = rate_limited(rf.get("/"), None)
    as_json = rate_limited(rf.get("/", HTTP_ACCEPT="application/json"), None)
    assert html.status_code == as_json.status_code == 429
    assert "Terlalu banyak permintaan" in html.content.decode()
    assert "Terlalu banyak permintaan" in json.loads(as_json.content)["error"]


@pytest.mark.django_db
def test_dates_stay_indonesian_for_an_english_browser(client, demo):
    response = client.get(SEED_URL, HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    assert "Selasa, 11 Oktober 2022 14:05 WIB" in response.content.decode()
