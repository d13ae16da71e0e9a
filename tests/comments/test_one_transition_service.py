"""Every change of a comment's status goes through ``comments.transitions``.

The source is read: an ``update(status=...)``, an assignment to
``.status``, ``"status"`` in ``update_fields``/``bulk_update`` anywhere in
code that handles comments fails this test, except in the service itself.
A comment's first status, given when it is created, is no change.
"""

import ast
from pathlib import Path

import pytest
from django.contrib.admin.sites import site
from django.test import RequestFactory

from comments.models import Comment, CommentTransition
from comments.transitions import Reason, TransitionNotAllowed, comment_transition
from tests.comments.factories import make_comment

ROOT = Path(__file__).resolve().parents[2]
SERVICE = ROOT / "comments" / "transitions.py"


def _comment_code():
    for package in ("comments", "articles", "portal"):
        for path in sorted((ROOT / package).rglob("*.py")):
            if "migrations" in path.parts or path == SERVICE:
                continue
            source = path.read_text(encoding="utf-8")
            if package == "comments" or "Comment" in source:
                yield path, source


def _status_writes(tree: ast.AST) -> list[int]:
    lines = []
    for node in ast.walk(tree):
        targets = []
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, ast.AugAssign | ast.AnnAssign):
            targets = [node.target]
        for target in targets:
            for part in ast.walk(target):
                # ``self.status``: a display object filling its own slots.
                if (
                    isinstance(part, ast.Attribute)
                    and part.attr == "status"
                    and getattr(part.value, "id", "") != "self"
                ):
                    lines.append(node.lineno)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            if node.func.attr == "update" and any(k.arg == "status" for k in node.keywords):
                lines.append(node.lineno)
            if node.func.attr == "bulk_update" or node.func.attr == "save":
                for value in [*node.args, *(k.value for k in node.keywords)]:
                    if any(
                        isinstance(c, ast.Constant) and c.value == "status" for c in ast.walk(value)
                    ):
                        lines.append(node.lineno)
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "setattr":
            if any(isinstance(a, ast.Constant) and a.value == "status" for a in node.args):
                lines.append(node.lineno)
    return lines


def test_no_status_write_outside_the_transition_service():
    found = []
    for path, source in _comment_code():
        # Articles have a status of their own, written by their admin.
        if (
            path.parts[-3:-1] == ("articles", "admin.py")
            or "Article.Status" in source
            and ("Comment" not in source)
        ):
            continue
        for line in _status_writes(ast.parse(source)):
            text = source.splitlines()[line - 1].strip()
            if "Article.Status" in text or "article.status" in text:
                continue
            found.append(f"{path.relative_to(ROOT)}:{line}: {text}")
    assert found == []


def test_the_scan_finds_each_kind_of_write():
    source = "\n".join(
        [
            "Comment.objects.filter(pk=1).update(status='spam')",
            "comment.status = 'approved'",
            "comment.status, comment.flag = 'spam', ''",
            "comment.save(update_fields=['status'])",
            "Comment.objects.bulk_update(rows, ['status', 'flag'])",
            "setattr(comment, 'status', 'spam')",
        ]
    )
    assert sorted(_status_writes(ast.parse(source))) == [1, 2, 3, 4, 5, 6]


@pytest.mark.django_db
def test_every_change_is_audited_with_who_and_why(article, moderator):
    comment = make_comment(article=article, status=Comment.Status.PENDING)
    changed = comment_transition(
        comments=Comment.objects.filter(pk=comment.pk),
        to=Comment.Status.SPAM,
        by=moderator,
        reason=Reason.MODERATOR,
    )
    assert changed == 1
    entry = CommentTransition.objects.get(comment=comment)
    assert (entry.from_status, entry.to_status, entry.reason, entry.by) == (
        "pending",
        "spam",
        "moderator",
        moderator,
    )
    comment.refresh_from_db()
    assert comment.moderated_by == moderator and comment.moderated_at is not None


@pytest.mark.django_db
def test_the_policy_refuses_what_a_reason_does_not_allow(article):
    comment = make_comment(article=article, status=Comment.Status.SPAM)
    with pytest.raises(TransitionNotAllowed):
        comment_transition(
            comments=comment, to=Comment.Status.PENDING, reason=Reason.REPORTS, strict=True
        )
    assert comment_transition(comments=comment, to=Comment.Status.APPROVED, reason="trusted") == 0
    comment.refresh_from_db()
    assert comment.status == Comment.Status.SPAM
    assert not CommentTransition.objects.filter(comment=comment).exists()


@pytest.mark.django_db
def test_the_change_form_goes_through_the_service(article, moderator_client):
    comment = make_comment(article=article, status=Comment.Status.SPAM)
    url = f"/admin/comments/comment/{comment.pk}/change/"
    response = moderator_client.post(url, {"status": "approved"})
    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.status == Comment.Status.APPROVED
    entry = CommentTransition.objects.get(comment=comment)
    assert (entry.from_status, entry.reason) == ("spam", "moderator")


@pytest.mark.django_db
def test_bulk_actions_and_the_queue_go_through_the_service(article, moderator, moderator_client):
    comments = [make_comment(article=article, status=Comment.Status.PENDING) for _ in range(3)]
    moderator_client.post(
        "/admin/comments/comment/",
        {"action": "mark_spam", "_selected_action": [c.pk for c in comments[:2]]},
    )
    moderator_client.post(
        f"/admin/comments/pendingcomment/{comments[2].pk}/putuskan/", {"status": "approved"}
    )
    reasons = list(CommentTransition.objects.values_list("to_status", "reason", "by"))
    assert sorted(reasons) == sorted(
        [("spam", "moderator", moderator.pk)] * 2 + [("approved", "moderator", moderator.pk)]
    )


def test_admin_site_is_loaded():
    # The admin used above is the site's own.
    assert Comment in site._registry
    assert RequestFactory
