"""A GIN index for finding comments by words of their name and text, on PostgreSQL only.

The indexed expression is exactly the document ``comments.search.search_vector()``
builds (name and body, the "simple" configuration), so the planner can
use the index for the admin's search. Other databases search without it.
"""

from django.db import migrations

INDEX_NAME = "comment_search_vector_idx"

VECTOR = (
    "to_tsvector('simple'::regconfig,"
    " ((COALESCE(\"name\", '') || ' ') || COALESCE(\"body\", '')))"
)


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        f'CREATE INDEX IF NOT EXISTS "{INDEX_NAME}" ON "comments_comment" USING gin ({VECTOR})'
    )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f'DROP INDEX IF EXISTS "{INDEX_NAME}"')


class Migration(migrations.Migration):
    dependencies = [
        ("comments", "0009_spam_filter_transitions_reports"),
    ]

    operations = [
        migrations.RunPython(create_index, drop_index),
    ]
