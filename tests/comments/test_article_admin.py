"""Editors see how many comments wait on each article."""

import pytest
from django.contrib import admin
from django.urls import reverse

from articles.admin import ArticleAdmin
from articles.models import Article
from comments.models import Comment
from tests.comments.factories import make_comment
from tests.factories import make_article


@pytest.mark.django_db
def test_article_changelist_counts_pending_comments(
    editor_client, article, category, editor_user, django_assert_max_num_queries
):
    quiet = make_article(category=category, editor=editor_user)
    for _ in range(3):
        make_comment(article=article, status=Comment.Status.PENDING)
    make_comment(article=article, status=Comment.Status.APPROVED)
    make_comment(article=quiet, status=Comment.Status.SPAM)

    # 12 and the savepoint django-reversion opens around the changelist,
    # and the editors named in the "editor" filter.
    with django_assert_max_num_queries(14):
        response = editor_client.get(reverse("admin:articles_article_changelist"))
    assert response.status_code == 200
    counts = {a.pk: a.pending_comment_count for a in response.context["cl"].result_list}
    assert counts == {article.pk: 3, quiet.pk: 0}
    assert "komentar menunggu" in response.content.decode().lower()


def test_the_article_admin_is_defined_once_in_the_articles_app():
    """Comments add a column through the articles app's hook; no app re-registers Article."""
    registered = admin.site._registry[Article]
    assert type(registered) is ArticleAdmin
    for model, model_admin in admin.site._registry.items():
        if model._meta.app_label in {"articles", "comments"}:
            owner = type(model_admin).__module__.split(".")[0]
            assert owner == model._meta.app_label, (model, type(model_admin))
