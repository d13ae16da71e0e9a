"""Moderators see why the filter scored a comment: in the queue and on the comment's page."""

import pytest
from django.urls import reverse

from comments.models import Comment, SpamPhrase
from tests import factories
from tests.comments.factories import make_comment

pytestmark = pytest.mark.django_db


@pytest.fixture
def moderator_client(client):
    user = factories.make_user(groups=["Moderator"], is_staff=True, username="moderator-skor")
    client.force_login(user)
    return client


def _likely_spam(article):
    return make_comment(
        article=article,
        status=Comment.Status.PENDING,
        flag=Comment.Flag.LIKELY_SPAM,
        spam_score=5.5,
        spam_reasons=["judol: gacor", 'dipelajari: "maxwin" +2.1'],
        body="Komentar mencurigakan.",
    )


def test_the_queue_shows_the_flag_score_and_reasons(moderator_client, article):
    _likely_spam(article)
    page = moderator_client.get(reverse("admin:comments_pendingcomment_changelist")).content
    page = page.decode()
    assert "Kemungkinan spam" in page and "skor spam 5.5" in page
    assert "judol: gacor" in page and "maxwin" in page


def test_the_comment_page_shows_score_thresholds_and_reasons(moderator_client, article):
    comment = _likely_spam(article)
    page = moderator_client.get(reverse("admin:comments_comment_change", args=[comment.pk]))
    text = page.content.decode()
    assert "Skor 5.5 (ditahan dari 3.0; spam dari 8.0 bila tanda bawaan saja mencapai 3.0)" in text
    assert "judol: gacor" in text


def test_moderators_add_a_phrase_in_the_admin(moderator_client):
    response = moderator_client.post(
        reverse("admin:comments_spamphrase_add"),
        {"phrase": "Jasa Joki Skripsi", "kind": "block", "note": ""},
    )
    assert response.status_code == 302
    assert SpamPhrase.objects.get(phrase="Jasa Joki Skripsi").normalized == "jasa joki skripsi"


def test_every_mark_the_filter_learns_has_an_indonesian_label():
    from comments.spam.features import extract
    from comments.spam.scoring import _MARKS

    _, features = extract(
        "Chat WA 0812 3456 7890, modal Rp 50.000 jadi 5 juta: https://a.example https://b.example"
    )
    marks = {feature for feature in features if feature.startswith("!")}
    assert {"!chat", "!money", "!phone", "!links"} <= marks
    assert marks <= set(_MARKS)
