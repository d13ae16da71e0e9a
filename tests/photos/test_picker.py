"""The body editor's photo picker: a JSON list in the photo admin."""

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from tests.factories import make_editor, make_user
from tests.photos.conftest import make_photo

PICKER = "admin:articles_photo_picker"


@pytest.fixture
def photos(db):
    return [
        make_photo((1600, 900), alt_text="Banjir di Jakarta", credit="Foto: Antara/Rina"),
        make_photo((800, 600), alt_text="Pertandingan bulu tangkis", caption="Final di Istora"),
    ]


@pytest.mark.django_db
def test_editors_get_the_newest_photos_first(client, photos):
    client.force_login(make_editor())
    response = client.get(reverse(PICKER))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    items = response.json()["photos"]
    assert [item["id"] for item in items] == [photos[1].pk, photos[0].pk]
    first = items[1]
    share = photos[0].share_rendition()
    assert first == {
        "id": photos[0].pk,
        "thumbnail": "/media/" + photos[0].widths("jpeg")[0]["path"],
        "src": "/media/" + share["path"],
        "width": 1200,
        "height": 675,
        "alt": "Banjir di Jakarta",
        "caption": "",
        "credit": "Foto: Antara/Rina",
        "figcaption": "(Foto: Antara/Rina)",
        "label": "Banjir di Jakarta",
    }
    assert items[0]["figcaption"] == "Final di Istora."
    assert first["src"].endswith("-1200.jpg")
    # A narrow photo's 1200 px share image is there too, enlarged.
    assert items[0]["src"].endswith("-1200.jpg") and items[0]["width"] == 1200


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "expected"), [("banjir", [0]), ("ISTORA", [1]), ("rina jakarta", [0]), ("x", [])]
)
def test_search_looks_in_alt_text_caption_and_credit(admin_client, photos, query, expected):
    items = admin_client.get(reverse(PICKER), {"q": query}).json()["photos"]
    assert [item["id"] for item in items] == [photos[i].pk for i in expected]


@pytest.mark.django_db
def test_only_staff_who_may_view_photos(client, photos):
    url = reverse(PICKER)
    assert client.get(url).status_code == 302  # to the admin login
    staff = make_user(is_staff=True)
    client.force_login(staff)
    assert client.get(url).status_code == 403
    staff.user_permissions.add(Permission.objects.get(codename="view_photo"))
    assert client.get(url).status_code == 200


@pytest.mark.django_db
def test_editors_may_manage_the_library(client):
    editor = make_editor()
    for action in ("add", "change", "delete", "view"):
        assert editor.has_perm(f"articles.{action}_photo"), action
    client.force_login(editor)
    assert client.get(reverse("admin:articles_photo_add")).status_code == 200
    photo = make_photo((400, 300))
    assert client.get(reverse("admin:articles_photo_change", args=[photo.pk])).status_code == 200
    assert client.get(reverse("admin:articles_photo_changelist")).status_code == 200


@pytest.mark.django_db
def test_the_article_form_picks_a_featured_photo_by_autocomplete(client, article):
    photo = make_photo((400, 300), alt_text="Foto utama uji")
    client.force_login(article.editor)
    page = client.get(reverse("admin:articles_article_change", args=[article.pk]))
    assert page.status_code == 200
    assert 'name="featured_photo"' in page.content.decode()
    response = client.get(
        reverse("admin:autocomplete"),
        {
            "term": "utama",
            "app_label": "articles",
            "model_name": "article",
            "field_name": "featured_photo",
        },
    )
    assert response.status_code == 200
    assert response.json()["results"] == [{"id": str(photo.pk), "text": "Foto utama uji"}]
