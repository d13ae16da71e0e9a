"""Hostile query strings and ids in the admin get an answer, never a server error.

A number too big for the database, a digit that is not ASCII ("²"), a NUL
byte or a page far past the end: each admin list and page answers 200,
302, 400 or 404, on SQLite and on PostgreSQL.
"""

import pytest
from django.contrib import admin
from django.urls import NoReverseMatch, reverse

from portal.ids import MAX_ID, parse_id
from tests.comments.factories import make_comment

pytestmark = pytest.mark.django_db

HOSTILE = ["99999999999999999999", "²", "1\x00", "1e5"]
PARAMETERS = ["p", "q", "artikel", "article__id__exact", "id__exact", "status__exact"]


@pytest.fixture
def superuser_client(client, django_user_model, article):
    make_comment(article=article)
    user = django_user_model.objects.create_superuser("hostile-admin", "", "x")
    client.force_login(user)
    client.raise_request_exception = False
    return client


def _url(name: str, value: str) -> str | None:
    try:
        return reverse(name, args=["1"]).replace("/1/", f"/{value}/", 1)
    except NoReverseMatch:
        return None  # a list without pages of its own


@pytest.mark.parametrize("value", HOSTILE)
def test_every_admin_list_and_page_survives_hostile_values(superuser_client, value):
    failed = []
    for model in admin.site._registry:
        base = f"admin:{model._meta.app_label}_{model._meta.model_name}"
        changelist = reverse(f"{base}_changelist")
        for name in PARAMETERS:
            status = superuser_client.get(changelist, {name: value}).status_code
            if status not in (200, 302, 400):
                failed.append((changelist, name, status))
        for suffix in ("change", "history", "delete"):
            url = _url(f"{base}_{suffix}", value)
            if url and superuser_client.get(url).status_code not in (200, 302, 400, 403, 404):
                failed.append((url, superuser_client.get(url).status_code))
    for name in ("comments_comment_newsroom_reply", "comments_comment_rescue"):
        url = _url(f"admin:{name}", value)
        if superuser_client.get(url).status_code not in (302, 400, 403, 404, 405):
            failed.append((url, superuser_client.get(url).status_code))
    assert failed == []


def test_an_id_is_ascii_digits_within_the_databases_range():
    assert parse_id("42") == 42
    assert parse_id(str(MAX_ID)) == MAX_ID
    for value in (str(MAX_ID + 1), "0", "-1", "²", " 1", "1e5", "1\x00", "9" * 5000, "", None):
        assert parse_id(value) is None, value
