"""Which articles show a photo in their body: recorded on each save, never read from every body."""

import importlib

import pytest
from django.apps import apps
from django.urls import reverse

from articles.photos.models import BodyPhoto
from articles.photos.services import articles_showing
from articles.sanitize import sanitize_article_html
from tests.factories import make_article
from tests.photos.conftest import make_photo
from tests.photos.test_body import figure

pytestmark = pytest.mark.django_db


def _shown(article) -> set[int]:
    return set(BodyPhoto.objects.filter(article=article).values_list("photo_id", flat=True))


def test_a_save_records_the_photos_of_the_body_and_forgets_those_taken_out():
    first, second = make_photo((400, 300)), make_photo((400, 300))
    body = sanitize_article_html(f"<p>a</p>{figure(first)}<p>b</p>{figure(second)}")
    article = make_article(body=body)
    assert _shown(article) == {first.pk, second.pk}
    assert set(articles_showing(second)) == {article}

    article.body = sanitize_article_html(f"<p>a</p>{figure(first)}")
    article.save()
    assert _shown(article) == {first.pk}
    assert not articles_showing(second).exists()

    article.title = "Judul baru"
    article.save(update_fields=["title"])  # the body did not change: nothing to read
    assert _shown(article) == {first.pk}


def test_a_figure_of_a_deleted_photo_is_not_recorded_and_a_deleted_photo_takes_its_rows():
    kept, gone = make_photo((400, 300)), make_photo((400, 300))
    body = sanitize_article_html(f"{figure(kept)}{figure(gone)}")
    gone_pk = gone.pk
    gone.delete()
    article = make_article(body=body)
    assert _shown(article) == {kept.pk}
    kept.delete()
    assert _shown(article) == set()
    assert gone_pk not in _shown(article)


def test_featured_and_inline_photos_are_found_together_for_several_photos():
    photos = [make_photo((400, 300)) for _ in range(3)]
    featured = make_article(featured_photo=photos[0])
    inline = make_article(body=sanitize_article_html(figure(photos[1])))
    make_article(body=sanitize_article_html(figure(photos[2])))
    assert set(articles_showing(photos[0], photos[1])) == {featured, inline}


def test_the_migration_fills_the_rows_from_the_bodies_already_stored():
    photo = make_photo((400, 300))
    article = make_article(body=sanitize_article_html(f"<p>x</p>{figure(photo)}"))
    plain = make_article()
    BodyPhoto.objects.all().delete()
    migration = importlib.import_module("articles.migrations.0021_body_photos")
    migration.fill(apps, None)
    assert _shown(article) == {photo.pk}
    assert _shown(plain) == set()


def test_deleting_an_article_drops_its_rows_and_the_confirmation_pages_do_not_name_them(
    admin_client,
):
    photo = make_photo((400, 300))
    article = make_article(title="Gempa Cianjur", body=sanitize_article_html(figure(photo)))
    for url in (
        reverse("admin:articles_photo_delete", args=[photo.pk]),
        reverse("admin:articles_article_delete", args=[article.pk]),
    ):
        page = admin_client.get(url).content.decode()
        assert "Body photo" not in page and "1: " not in page
    admin_client.post(reverse("admin:articles_article_delete", args=[article.pk]), {"post": "yes"})
    assert not BodyPhoto.objects.exists()
