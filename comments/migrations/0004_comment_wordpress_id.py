"""The WordPress id of an imported comment.

A unique column makes Django rebuild the table on SQLite, which drops the
triggers of 0002: they are created again here (see ``recreate_triggers``).
"""

from importlib import import_module

from django.db import migrations, models

_same_article = import_module("comments.migrations.0002_reply_same_article")


def recreate_triggers(apps, schema_editor):
    """SQLite only: the same-article triggers again, after a table rebuild."""
    if schema_editor.connection.vendor != "sqlite":
        return
    for statement in _same_article.SQLITE_BACKWARD + _same_article.SQLITE_FORWARD:
        schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [
        ("comments", "0003_moderator_permissions"),
    ]

    operations = [
        migrations.AddField(
            model_name="comment",
            name="wordpress_id",
            field=models.PositiveBigIntegerField(
                blank=True, editable=False, null=True, unique=True, verbose_name="ID WordPress"
            ),
        ),
        migrations.RunPython(recreate_triggers, migrations.RunPython.noop),
    ]
