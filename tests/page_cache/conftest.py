"""A published article with comments, votes and taxonomy, for the page cache tests."""

import pytest

from comments.models import Comment
from tests import factories
from tests.comments.factories import make_comment
from tests.poll.factories import cast_votes, default_options


@pytest.fixture
def story(db):
    category = factories.make_category(name="Internasional", slug="internasional")
    tag = factories.make_tag(name="NATO", slug="nato")
    source = factories.make_source(name="Medcom.id", slug="medcom-id")
    article = factories.make_article(
        title="NATO bertemu di Brussels",
        category=category,
        tags=[tag],
        source=source,
    )
    make_comment(article=article, body="Komentar yang sudah disetujui.")
    options = {option.slug: option for option in default_options()}
    cast_votes(article=article, option=options["senang"], count=3)
    return article


@pytest.fixture
def public_paths(story):
    return [
        "/",
        story.get_absolute_url(),
        story.category.get_absolute_url(),
        story.tags.get().get_absolute_url(),
        story.source.get_absolute_url(),
        "/cari/?q=NATO",
        "/feed/",
        "/sitemap.xml",
    ]


def pending_comment(article, body="Menunggu moderator."):
    return make_comment(article=article, body=body, status=Comment.Status.PENDING)
