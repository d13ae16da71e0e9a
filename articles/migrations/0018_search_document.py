"""A stored full-text document for each article, on PostgreSQL only.

Migration 0005 indexed the weighted vector as an expression: the index
finds matches, but ordering or ranking them computed the vector again from
the body for every row considered, a third of a millisecond each; a common
word in a 300,000-article archive took seconds. The vector is now a stored
generated column (the same expression: title A, lead B, body C, the
"indonesian" configuration), indexed with GIN, and read as it is
(``articles.discovery.search.search_document()``). PostgreSQL keeps it
current on every write; the model does not know the column, so other
databases have none and search without it.
"""

from django.db import migrations

COLUMN = "search_document"
INDEX_NAME = "article_search_document_idx"
OLD_INDEX_NAME = "article_search_vector_idx"

VECTOR = (
    "((setweight(to_tsvector('indonesian'::regconfig, COALESCE(\"title\", '')), 'A')"
    " || setweight(to_tsvector('indonesian'::regconfig, COALESCE(\"lead\", '')), 'B'))"
    " || setweight(to_tsvector('indonesian'::regconfig, COALESCE(\"body\", '')), 'C'))"
)


def add_column(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        f'ALTER TABLE "articles_article" ADD COLUMN IF NOT EXISTS "{COLUMN}" tsvector '
        f"GENERATED ALWAYS AS ({VECTOR}) STORED"
    )
    # Few writes, many searches: straight into the index, no pending list.
    schema_editor.execute(
        f'CREATE INDEX IF NOT EXISTS "{INDEX_NAME}" ON "articles_article" '
        f'USING gin ("{COLUMN}") WITH (fastupdate = off)'
    )
    schema_editor.execute(f'DROP INDEX IF EXISTS "{OLD_INDEX_NAME}"')


def drop_column(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        f'CREATE INDEX IF NOT EXISTS "{OLD_INDEX_NAME}" ON "articles_article" '
        f"USING gin ({VECTOR}) WITH (fastupdate = off)"
    )
    schema_editor.execute(f'ALTER TABLE "articles_article" DROP COLUMN IF EXISTS "{COLUMN}"')


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0017_activity_rollups"),
    ]

    operations = [
        migrations.RunPython(add_column, drop_column),
    ]
