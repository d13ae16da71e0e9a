"""The Comment model: its database constraints and its querysets."""

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from comments.models import Comment
from tests.comments.factories import make_comment
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_str_and_anchor(article):
    comment = make_comment(article=article, name="Budi", body="Tulisan yang bagus.")
    assert str(comment) == "Budi: Tulisan yang bagus."
    assert comment.get_absolute_url() == f"{article.get_absolute_url()}#komentar-{comment.pk}"


def test_reply_on_another_article_fails_full_clean(article):
    parent = make_comment(article=article)
    other = make_article()
    reply = Comment(
        article=other, parent=parent, root=parent, depth=1, name="A", email="a@b.id", body="x"
    )
    with pytest.raises(ValidationError) as excinfo:
        reply.full_clean()
    assert "parent" in excinfo.value.message_dict


def test_reply_on_another_article_is_refused_by_the_database(article):
    parent = make_comment(article=article)
    other = make_article()
    with pytest.raises(IntegrityError), transaction.atomic():
        Comment.objects.create(
            article=other, parent=parent, root=parent, depth=1, name="A", email="a@b.id", body="x"
        )


def test_moving_a_reply_to_another_article_is_refused_by_the_database(article):
    reply = make_comment(article=article, parent=make_comment(article=article))
    other = make_article()
    with pytest.raises(IntegrityError), transaction.atomic():
        Comment.objects.filter(pk=reply.pk).update(article=other)


def test_reply_on_same_article_is_stored(article):
    parent = make_comment(article=article)
    reply = make_comment(article=article, parent=parent)
    assert (reply.root, reply.depth) == (parent, 1)


@pytest.mark.parametrize(
    "fields",
    [
        {"status": "published"},
        {"url": "javascript:alert(1)"},
        {"depth": 2},  # a top-level comment has depth 0
    ],
)
def test_database_checks(article, fields):
    values = {"article": article, "name": "A", "email": "a@b.id", "body": "x", **fields}
    with pytest.raises(IntegrityError), transaction.atomic():
        Comment.objects.create(**values)


def test_full_clean_refuses_what_the_database_refuses(article):
    comment = Comment(article=article, name="A", email="a@b.id", body="x", url="ftp://x.id/")
    with pytest.raises(ValidationError):
        comment.full_clean()


def test_reply_needs_a_root(article):
    parent = make_comment(article=article)
    with pytest.raises(IntegrityError), transaction.atomic():
        Comment.objects.create(
            article=article, parent=parent, depth=1, name="A", email="a@b.id", body="x"
        )


def test_visible_to_shows_own_waiting_comments_only(article):
    approved = make_comment(article=article)
    mine = make_comment(article=article, status=Comment.Status.PENDING)
    theirs = make_comment(article=article, status=Comment.Status.PENDING)
    rejected_mine = make_comment(article=article, status=Comment.Status.REJECTED)
    assert set(Comment.objects.visible_to(set())) == {approved}
    assert set(Comment.objects.visible_to({mine.pk, rejected_mine.pk})) == {approved, mine}
    assert theirs not in Comment.objects.visible_to({mine.pk})


def test_private_data_permission_exists():
    from django.contrib.auth.models import Permission

    assert Permission.objects.filter(
        content_type__app_label="comments", codename="view_commenter_private_data"
    ).exists()


def test_an_excerpt_keeps_a_space_where_a_line_or_paragraph_ended(article):
    from comments.plain_text import body_plain_text

    comment = make_comment(article=article, body="<p>Halo<br>semua</p><p>Salam</p>")
    assert comment.excerpt == "Halo semua Salam"
    assert body_plain_text("<p>Satu<br/>dua</p><blockquote><p>tiga</p></blockquote>") == (
        "Satu dua tiga"
    )


def test_an_excerpt_reads_character_references_and_is_escaped_where_shown(article):
    from django.template import Context, Template

    comment = make_comment(article=article, body='<p>Dia bilang "gratis" &amp; 5 &lt; 6</p>')
    assert comment.excerpt == 'Dia bilang "gratis" & 5 < 6'
    shown = Template("{{ comment.excerpt }}").render(Context({"comment": comment}))
    assert shown == "Dia bilang &quot;gratis&quot; &amp; 5 &lt; 6"
