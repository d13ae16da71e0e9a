"""A change shows to every reader at once; vote counts within PAGE_CACHE_SECONDS."""

from datetime import timedelta

import pytest
import time_machine
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from articles import views
from articles.page_keys import comments_key
from comments.models import Comment
from comments.services import comment_moderate
from portal.page_cache import middleware, store
from tests import factories
from tests.poll.factories import cast_votes

from .conftest import pending_comment

pytestmark = pytest.mark.django_db


def _shown(path: str) -> str:
    return Client().get(path).content.decode()


@pytest.fixture
def moderator(db):
    user = factories.make_user(is_staff=True, username="moderator")
    user.groups.add(Group.objects.get(name="Moderator"))
    return user


def test_publishing_shows_the_article_everywhere(story, editor_client):
    draft = factories.make_article(
        title="Berita yang baru terbit", category=story.category, status="draft"
    )
    for path in ("/", story.category.get_absolute_url(), "/feed/"):
        assert "Berita yang baru terbit" not in _shown(path)
    assert Client().get(draft.get_absolute_url()).status_code == 404
    editor_client.post(
        reverse("admin:articles_article_changelist"),
        {"action": "publish", "_selected_action": [draft.pk]},
    )
    draft.refresh_from_db()
    for path in ("/", story.category.get_absolute_url(), "/feed/", draft.get_absolute_url()):
        assert "Berita yang baru terbit" in _shown(path), path


def test_editing_shows_the_new_title(story):
    assert "NATO bertemu di Brussels" in _shown(story.get_absolute_url())
    story.title = "NATO bertemu lagi di Brussels"
    story.save()
    for path in (story.get_absolute_url(), "/", story.category.get_absolute_url()):
        assert "NATO bertemu lagi di Brussels" in _shown(path), path


def test_unpublishing_takes_the_article_away(story, editor_client):
    assert Client().get(story.get_absolute_url()).status_code == 200
    assert "NATO bertemu" in _shown("/")
    editor_client.post(
        reverse("admin:articles_article_changelist"),
        {"action": "unpublish", "_selected_action": [story.pk]},
    )
    assert Client().get(story.get_absolute_url()).status_code == 404
    assert "NATO bertemu" not in _shown("/")


def test_approving_and_rejecting_a_comment_show_at_once(story, moderator):
    waiting = pending_comment(story, body="Komentar yang ditunggu.")
    url = story.get_absolute_url()
    assert "Komentar yang ditunggu." not in _shown(url)
    comment_moderate(
        comments=Comment.objects.filter(pk=waiting.pk),
        status=Comment.Status.APPROVED,
        moderator=moderator,
    )
    assert "Komentar yang ditunggu." in _shown(url)
    comment_moderate(
        comments=Comment.objects.filter(pk=waiting.pk),
        status=Comment.Status.REJECTED,
        moderator=moderator,
    )
    assert "Komentar yang ditunggu." not in _shown(url)


def test_editing_a_comment_in_the_admin_shows_at_once(story):
    comment = story.comments.get()
    url = story.get_absolute_url()
    assert "Komentar yang sudah disetujui." in _shown(url)
    comment.body = "<p>Isi yang disunting moderator.</p>"
    comment.save()
    assert "Isi yang disunting moderator." in _shown(url)


def test_vote_counts_catch_up_within_the_kept_time(story, settings):
    url = story.get_absolute_url()
    assert "data-poll-total>3<" in _shown(url)
    cast_votes(article=story, option=story.reaction_tallies.get().option, count=2)
    # Votes announce nothing: the page may show the old count until it expires.
    assert "data-poll-total>3<" in _shown(url)
    with time_machine.travel(store.clock() + settings.PAGE_CACHE_SECONDS + 1):
        assert "data-poll-total>5<" in _shown(url)


def test_a_scheduled_article_appears_when_its_time_comes(story):
    soon = factories.make_article(
        title="Berita terjadwal",
        category=story.category,
        published_at=timezone.now() + timedelta(seconds=5),
    )
    assert "Berita terjadwal" not in _shown("/")
    with time_machine.travel(store.clock() + 6):
        assert "Berita terjadwal" in _shown("/")
        assert Client().get(soon.get_absolute_url()).status_code == 200


def test_a_page_rendered_across_a_change_is_shared_only_for_a_moment(story, monkeypatch):
    """A rendering that began before a change may show what the change replaced.

    The change's CDN purge may reach the CDN before this answer does: the
    answer must not be kept, here or there, for the usual time.
    """
    url = story.get_absolute_url()
    real_render = views.render

    def change_meanwhile(*args, **kwargs):
        # A moderator's decision committed after the page read the database.
        store.announce([comments_key(story.pk)])
        return real_render(*args, **kwargs)

    monkeypatch.setattr(views, "render", change_meanwhile)
    across = Client().get(url)
    assert across.status_code == 200
    assert "s-maxage=1" in across["Cache-Control"]
    assert "stale-while-revalidate=0" in across["Cache-Control"]
    assert "public" in across["Cache-Control"]
    # Not kept here either: nothing is stored under the page's name.
    assert store.lookup(middleware._name("http://testserver", url, {})) == (None, False)

    monkeypatch.setattr(views, "render", real_render)
    # Not kept: the next reader gets a rendering of its own, shared as usual.
    after = Client().get(url)
    assert "s-maxage=20" in after["Cache-Control"]
