"""The classifier learns from moderators' decisions, through the transition service."""

import pytest

from comments.models import Comment, SpamFeature
from comments.screening import screen
from comments.services import comment_moderate
from tests import factories
from tests.comments.factories import make_comment

pytestmark = pytest.mark.django_db

NEW_TRADE = [
    "Jasa pembuatan ijazah asli terdaftar, proses cepat, japri admin nomor {n}",
    "Jual followers aktif murah paket {n}, garansi, japri admin",
    "Sewa rekening bank bayaran mingguan kode {n}, japri admin",
]


def _score(text):
    return screen(name="X", url="", body_html=f"<p>{text}</p>", trap_filled=False).score


def _decide(article, moderator, bodies, status):
    """Pending comments with ``bodies``, then the moderator's ``status`` for all of them."""
    comments = [
        make_comment(article=article, status=Comment.Status.PENDING, body=body) for body in bodies
    ]
    comment_moderate(
        comments=Comment.objects.filter(pk__in=[c.pk for c in comments]),
        status=status,
        moderator=moderator,
    )
    return comments


@pytest.fixture
def moderator(db):
    return factories.make_user(groups=["Moderator"], is_staff=True, username="moderator-belajar")


def test_spam_decisions_teach_a_new_trade(article, moderator):
    _decide(article, moderator, [f"Berita bagus {n}." for n in range(5)], Comment.Status.APPROVED)
    before = _score("Jasa pembuatan ijazah asli cepat, japri admin")
    spam = _decide(
        article,
        moderator,
        [t.format(n=n) for n in range(10) for t in NEW_TRADE],
        Comment.Status.SPAM,
    )
    after = _score("Jasa pembuatan ijazah asli cepat, japri admin")
    assert after > before + 3
    assert set(
        Comment.objects.filter(pk__in=[c.pk for c in spam]).values_list("spam_learned", flat=True)
    ) == {"spam"}


def test_rescuing_a_comment_moves_its_counts_instead_of_adding(article, moderator):
    comment = make_comment(article=article, status=Comment.Status.PENDING, body="unikkata")
    one = Comment.objects.filter(pk=comment.pk)
    comment_moderate(comments=one, status=Comment.Status.SPAM, moderator=moderator)
    feature = SpamFeature.objects.get(feature="w:unikkata")
    assert (feature.spam, feature.ham) == (1, 0)
    comment_moderate(comments=one, status=Comment.Status.APPROVED, moderator=moderator)
    feature.refresh_from_db()
    assert (feature.spam, feature.ham) == (0, 1)
    comment_moderate(comments=one, status=Comment.Status.REJECTED, moderator=moderator)
    feature.refresh_from_db()
    assert (feature.spam, feature.ham) == (0, 0)
    assert Comment.objects.get(pk=comment.pk).spam_learned == ""


def test_counts_are_kept_in_the_database(article, moderator):
    before = SpamFeature.objects.get(feature="#documents").spam
    comment = make_comment(article=article, status=Comment.Status.PENDING, body="katabaru")
    comment_moderate(
        comments=Comment.objects.filter(pk=comment.pk),
        status=Comment.Status.SPAM,
        moderator=moderator,
    )
    assert SpamFeature.objects.filter(feature="w:katabaru", spam=1).exists()
    assert SpamFeature.objects.get(feature="#documents").spam == before + 1


def test_a_word_seen_only_in_approved_comments_weighs_against_spam():
    from comments.spam.classifier import _weight

    # Far more approved comments than spam, as on a real site.
    assert _weight(spam=0, ham=1, spam_docs=10, ham_docs=1000) < 0
    assert _weight(spam=0, ham=50, spam_docs=10, ham_docs=1000) < 0
    assert _weight(spam=5, ham=0, spam_docs=10, ham_docs=1000) > 0
    # As common in both classes, relative to their sizes: no evidence.
    assert abs(_weight(spam=1, ham=100, spam_docs=10, ham_docs=1000)) < 0.01


HAM = [
    "Pemerintah daerah harus segera memperbaiki jalan rusak di kampung kami {n}.",
    "Semoga korban banjir cepat mendapat bantuan, kasihan warga {n}.",
    "Harga beras naik terus, pedagang pasar juga mengeluh {n}.",
    "Terima kasih atas beritanya, sangat membantu warga {n}.",
]


def test_approving_comments_never_makes_other_readers_look_like_spam(article, moderator):
    _decide(
        article,
        moderator,
        [t.format(n=n) for n in range(5) for t in NEW_TRADE],
        Comment.Status.SPAM,
    )
    held_out = [
        "Jalan di desa kami juga rusak, pemerintah harus turun tangan.",
        "Kasihan warga yang kehilangan rumah, semoga bantuan cepat datang.",
    ]
    before = [_score(text) for text in held_out]
    _decide(
        article, moderator, [t.format(n=n) for n in range(25) for t in HAM], Comment.Status.APPROVED
    )
    after = [_score(text) for text in held_out]
    assert all(a <= b for a, b in zip(after, before, strict=True)), (before, after)
