"""400 and 403 answer in Indonesian, as the other error pages do, and never in Django's words."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from tests import factories

pytestmark = pytest.mark.django_db


def _page(response) -> BeautifulSoup:
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == "id"
    return soup


def test_a_request_for_an_unknown_host_gets_the_indonesian_400(client):
    response = client.get("/", HTTP_HOST="bukan-kabar.example")
    assert response.status_code == 400
    assert _page(response).h1.string == "Permintaan tidak valid"
    assert "bukan-kabar" not in response.content.decode()


def test_a_query_string_with_a_nul_byte_gets_the_indonesian_400_in_the_admin(client):
    client.force_login(factories.make_user(is_staff=True, is_superuser=True, username="nul"))
    response = client.get(reverse("admin:articles_article_changelist"), {"q": "a\x00"})
    assert response.status_code == 400
    assert _page(response).h1.string == "Permintaan tidak valid"


def test_a_page_refused_to_staff_gets_the_indonesian_403(client):
    client.force_login(factories.make_user(is_staff=True, username="tanpa-izin"))
    response = client.get(reverse("admin:comments_comment_changelist"))
    assert response.status_code == 403
    assert _page(response).h1.string == "Akses ditolak"


def test_json_clients_get_json(client):
    response = client.get("/", HTTP_HOST="bukan-kabar.example", HTTP_ACCEPT="application/json")
    assert response.status_code == 400
    assert response.json() == {"error": "Permintaan tidak valid."}


@pytest.mark.parametrize(("method", "path"), [("get", "/baca/"), ("put", "/baca/")])
def test_a_method_an_address_does_not_take_gets_the_indonesian_405(client, method, path):
    response = getattr(client, method)(path)
    assert response.status_code == 405
    assert "POST" in response["Allow"]
    assert _page(response).h1.string == "Cara membuka alamat ini tidak didukung"
    assert response["Cache-Control"] == "no-store"
    assert response["Content-Length"] == str(len(response.content))


@pytest.mark.parametrize("method", ["TRACE", "CONNECT"])
def test_methods_no_address_takes_get_405_not_the_page(client, method):
    response = client.generic(method, "/")
    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD"
    assert _page(response).h1.string == "Cara membuka alamat ini tidak didukung"
