"""``Article.published_at_set``: a chosen publication time, or a draft's placeholder.

The column is added as true (instant on PostgreSQL, whatever the archive's
size); then the drafts whose time has passed, which cannot be told from a
creation-time placeholder, are marked unset, so "Terbitkan" publishes them
now. A draft's time still ahead was chosen: it stays set.
"""

from django.db import migrations, models
from django.db.models.functions import Now


def unset_past_draft_times(apps, schema_editor):
    Article = apps.get_model("articles", "Article")
    Article.objects.filter(status="draft", published_at__lte=Now()).update(published_at_set=False)


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0011_old_permalinks"),
    ]

    operations = [
        migrations.AddField(
            model_name="article",
            name="published_at_set",
            field=models.BooleanField(
                default=True, editable=False, verbose_name="waktu terbit diatur"
            ),
        ),
        migrations.AlterField(
            model_name="article",
            name="published_at_set",
            field=models.BooleanField(
                default=False, editable=False, verbose_name="waktu terbit diatur"
            ),
        ),
        migrations.RunPython(unset_past_draft_times, migrations.RunPython.noop, elidable=True),
    ]
