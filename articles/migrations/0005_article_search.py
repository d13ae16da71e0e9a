"""A GIN index for full-text search of articles, on PostgreSQL only.

The indexed expression is exactly the weighted vector that
``articles.discovery.search.search_vector()`` builds (title A, lead B, body C, the
"indonesian" configuration), so the planner can use the index for its
``@@`` match. Other databases search without it.

``fastupdate`` is off: a newsroom writes a few articles an hour, so each
goes straight into the index rather than into a pending list that every
search would have to scan until the next vacuum (and that makes the planner
shy away from the index).
"""

from django.db import migrations

INDEX_NAME = "article_search_vector_idx"

VECTOR = (
    "((setweight(to_tsvector('indonesian'::regconfig, COALESCE(\"title\", '')), 'A')"
    " || setweight(to_tsvector('indonesian'::regconfig, COALESCE(\"lead\", '')), 'B'))"
    " || setweight(to_tsvector('indonesian'::regconfig, COALESCE(\"body\", '')), 'C'))"
)


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        f'CREATE INDEX IF NOT EXISTS "{INDEX_NAME}" ON "articles_article" '
        f"USING gin ({VECTOR}) WITH (fastupdate = off)"
    )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f'DROP INDEX IF EXISTS "{INDEX_NAME}"')


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0004_default_reactions"),
    ]

    operations = [
        migrations.RunPython(create_index, drop_index),
    ]
