"""The comment form never loses what a reader typed, and its address leads back to it."""

import re

import pytest
from django.urls import reverse

from comments.models import Comment
from tests.comments.factories import post_comment

pytestmark = pytest.mark.django_db


def test_a_reader_over_the_rate_limit_gets_the_form_back_as_typed(client, article, settings):
    settings.COMMENTS_RATE_LIMIT = "2/m"
    for n in range(2):
        assert post_comment(client, article, body=f"Komentar ke-{n}.").status_code == 303
    typed = "Tanggapan panjang yang sudah saya tulis dengan hati-hati soal banjir Demak."
    response = post_comment(client, article, name="Sari", email="sari@contoh.id", body=typed)
    assert response.status_code == 429
    assert response["Retry-After"] == "60"
    html = response.content.decode()
    assert "Terlalu banyak permintaan" in html
    assert typed in html
    assert 'value="Sari"' in html
    assert 'id="form-komentar"' in html
    assert Comment.objects.count() == 2


def test_the_form_s_address_opened_in_a_browser_leads_back_to_the_form(client, article):
    response = client.get(reverse("comments:post", args=[article.pk]))
    assert response.status_code == 405
    assert response["Allow"] == "POST"
    html = response.content.decode()
    assert f'href="{article.get_absolute_url()}#form-komentar"' in html
    assert "Komentar dikirim dari halaman artikel" in html


def test_the_error_summary_follows_the_order_of_the_form(client, article):
    response = post_comment(client, article, name="", email="", body="")
    assert response.status_code == 400
    summary = response.content.decode().split('class="error-summary"')[1].split("</ul>")[0]
    labels = re.findall(r'href="#id_(\w+)"', summary)
    assert labels == ["body", "name", "email"]
