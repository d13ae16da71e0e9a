"""The database itself refuses a reply whose parent (or thread root) is on
another article.

PostgreSQL: composite foreign keys onto the (id, article_id) pair made unique
in 0001. SQLite cannot add constraints to an existing table, so triggers do
the same check there; a later migration that makes Django rebuild this table
on SQLite must create them again (tests/comments/test_models.py notices).
"""

from django.db import migrations

PG_FORWARD = [
    """ALTER TABLE comments_comment ADD CONSTRAINT comment_parent_same_article
       FOREIGN KEY (parent_id, article_id) REFERENCES comments_comment (id, article_id)
       ON DELETE CASCADE""",
    """ALTER TABLE comments_comment ADD CONSTRAINT comment_root_same_article
       FOREIGN KEY (root_id, article_id) REFERENCES comments_comment (id, article_id)
       ON DELETE CASCADE""",
]
PG_BACKWARD = [
    "ALTER TABLE comments_comment DROP CONSTRAINT comment_parent_same_article",
    "ALTER TABLE comments_comment DROP CONSTRAINT comment_root_same_article",
]

_SQLITE_CHECK = """
    WHEN (NEW.parent_id IS NOT NULL AND NEW.article_id IS NOT
          (SELECT article_id FROM comments_comment WHERE id = NEW.parent_id))
      OR (NEW.root_id IS NOT NULL AND NEW.article_id IS NOT
          (SELECT article_id FROM comments_comment WHERE id = NEW.root_id))
    BEGIN
        SELECT RAISE(ABORT, 'comment_parent_same_article');
    END"""
SQLITE_FORWARD = [
    "CREATE TRIGGER comment_parent_same_article_insert BEFORE INSERT ON comments_comment"
    + _SQLITE_CHECK,
    "CREATE TRIGGER comment_parent_same_article_update BEFORE UPDATE ON comments_comment"
    + _SQLITE_CHECK,
]
SQLITE_BACKWARD = [
    "DROP TRIGGER IF EXISTS comment_parent_same_article_insert",
    "DROP TRIGGER IF EXISTS comment_parent_same_article_update",
]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        statements = statements_by_vendor.get(schema_editor.connection.vendor, [])
        for statement in statements:
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("comments", "0001_initial")]

    operations = [
        migrations.RunPython(
            _run({"postgresql": PG_FORWARD, "sqlite": SQLITE_FORWARD}),
            _run({"postgresql": PG_BACKWARD, "sqlite": SQLITE_BACKWARD}),
        ),
    ]
