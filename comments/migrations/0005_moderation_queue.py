"""Moderation at scale: comments approved automatically for trusted
commenters, the index a commenter's history is counted on, and the queue's
entry in the admin (a proxy with no permissions of its own).

Adding a NOT NULL column makes Django rebuild the table on SQLite, which
drops the triggers of 0002: they are created again at the end, and again
after the column is removed when the migration is reversed.
"""

from importlib import import_module

import django.db.models.functions.text
from django.db import migrations, models

recreate_triggers = import_module("comments.migrations.0004_comment_wordpress_id").recreate_triggers


class Migration(migrations.Migration):
    dependencies = [
        ("comments", "0004_comment_wordpress_id"),
    ]

    operations = [
        migrations.RunPython(migrations.RunPython.noop, recreate_triggers),
        migrations.AddField(
            model_name="comment",
            name="auto_approved",
            field=models.BooleanField(
                default=False,
                editable=False,
                help_text="Langsung tampil karena pengirimnya sudah tepercaya.",
                verbose_name="disetujui otomatis",
            ),
        ),
        migrations.AddIndex(
            model_name="comment",
            index=models.Index(
                django.db.models.functions.text.Lower("email"),
                models.F("status"),
                models.F("created_at"),
                name="comment_commenter_idx",
            ),
        ),
        migrations.CreateModel(
            name="PendingComment",
            fields=[],
            options={
                "verbose_name": "komentar dalam antrean",
                "verbose_name_plural": "antrean moderasi",
                "proxy": True,
                "default_permissions": (),
                "indexes": [],
                "constraints": [],
            },
            bases=("comments.comment",),
        ),
        migrations.RunPython(recreate_triggers, migrations.RunPython.noop),
    ]
