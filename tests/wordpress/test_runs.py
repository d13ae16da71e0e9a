"""Safe to run: again (nothing changes), on a newer export (updates and adds), dry."""

import pytest
from django.contrib.auth import get_user_model
from reversion.models import Version

from articles.models import Article, Category, Source, Tag
from comments.models import Comment
from tests.wordpress import builder
from wordpress.importer import Options, run_import

pytestmark = pytest.mark.django_db


def _snapshot():
    return {
        "articles": sorted(Article.objects.values_list("wordpress_id", "updated_at", "body")),
        "comments": sorted(Comment.objects.values_list("wordpress_id", "updated_at", "body")),
        "tags": Tag.objects.count(),
        "categories": Category.objects.count(),
        "sources": Source.objects.count(),
        "users": get_user_model().objects.count(),
    }


def test_a_second_run_changes_nothing(site_export):
    first = run_import(site_export)
    before = _snapshot()
    second = run_import(site_export)
    assert _snapshot() == before
    assert not second.changed
    for kind in ("articles", "comments", "categories", "tags", "sources", "authors"):
        assert second.get(kind, "unchanged") == first.get(kind, "created"), kind
        assert second.get(kind, "created") == second.get(kind, "updated") == 0, kind
    assert second.get("pingbacks", "skipped") == 1


def test_a_newer_export_updates_what_changed_and_adds_what_is_new(write_export):
    run_import(write_export(builder.site()))
    untouched = Article.objects.get(wordpress_id=102).updated_at
    newer_comments = [
        builder.comment(1001, "Semoga cepat surut.\n\nTetap waspada ya."),
        builder.comment(1002, "Amin.\nTerima kasih infonya.", parent=1001),
        builder.comment(1006, "Menunggu moderasi.", approved="1"),  # approved since
        builder.comment(1012, "Komentar baru.", parent=1002),
    ]
    new_post = builder.item(120, "Berita baru", slug="berita-baru", content="Isi baru.")
    report = run_import(
        write_export(
            builder.site(
                banjir_title="Banjir besar melanda Jakarta",
                banjir_comments=newer_comments,
                extra_items=[new_post],
            ),
            "newer.xml",
        )
    )
    assert report.get("articles", "created") == 1
    assert report.get("articles", "updated") == 1
    assert report.get("articles", "unchanged") == 5
    banjir = Article.objects.get(wordpress_id=101)
    assert banjir.title == "Banjir besar melanda Jakarta"
    # The update is in the article's history, which can restore what was there.
    (version,) = Version.objects.get_for_object(banjir)
    assert version.revision.get_comment() == "Diperbarui dari impor WordPress."
    assert Article.objects.get(wordpress_id=102).updated_at == untouched
    assert Article.objects.filter(wordpress_id=120).count() == 1
    assert Article.objects.count() == 7
    assert report.get("comments", "created") == 1
    assert report.get("comments", "updated") == 1
    assert Comment.objects.get(wordpress_id=1006).status == "approved"
    reply = Comment.objects.get(wordpress_id=1012)
    assert reply.parent.wordpress_id == 1002 and reply.depth == 2
    # Comments no longer in the export are left as they are.
    assert Comment.objects.filter(wordpress_id=1005).exists()
    assert Comment.objects.filter(wordpress_id__isnull=False).count() == 10


def test_dry_run_reports_and_writes_nothing(site_export):
    before = _snapshot()
    report = run_import(site_export, Options(dry_run=True))
    assert _snapshot() == before
    assert report.get("articles", "created") == 6
    assert report.get("comments", "created") == 9


def test_dry_run_after_an_import_reports_unchanged(site_export):
    run_import(site_export)
    report = run_import(site_export, Options(dry_run=True))
    assert report.get("articles", "unchanged") == 6 and not report.changed
