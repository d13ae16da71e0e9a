"""An imported comment is held to the site's own comment limit."""

import pytest

from comments.models import BODY_MAX_LENGTH, Comment
from tests.wordpress import builder
from wordpress.importer import run_import

pytestmark = pytest.mark.django_db


def test_imported_comments_are_capped_at_the_sites_own_limit(write_export):
    huge = "Kata panjang sekali. " * 250_000  # about 5 MB
    post = builder.item(
        10,
        "Komentar raksasa",
        slug="komentar-raksasa",
        content="Isi.",
        comments=[builder.comment(20, huge)],
    )
    report = run_import(write_export(builder.export([post])))
    comment = Comment.objects.get(wordpress_id=20)
    assert len(comment.body) < BODY_MAX_LENGTH + 200
    assert comment.body.endswith("…</p>")
    assert any("longer than" in note for note in report.notes)
