"""A live report with an editor who posts to it."""

import pytest

from articles.live.services import live_entry_post
from tests import factories


@pytest.fixture
def report(db, category, editor_user):
    """A published live report, still running, without entries."""
    return factories.make_article(
        title="Gempa Cianjur: laporan langsung",
        slug="gempa-cianjur-laporan-langsung",
        category=category,
        editor=editor_user,
        is_live=True,
    )


@pytest.fixture
def post(report, editor_user):
    """Post entries to the report: ``post("text", key_event=True)``."""

    def post(text="<p>Pembaruan.</p>", *, article=None, user=None, **kwargs):
        return live_entry_post(
            article=article or report, body=text, user=user or editor_user, **kwargs
        )

    return post


def updates_url(article) -> str:
    return f"{article.get_absolute_url()}pembaruan/"
