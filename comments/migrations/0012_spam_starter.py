"""The spam filter's starter lists and corpus on every new database.

Without them a fresh site (or a test database) would score comments with
the built-in signs alone. ``manage.py load_spam_corpus`` does the same and
finds the corpus already learned (the marker row).
"""

from django.db import migrations
from django.db.models import F


def load(apps, schema_editor):
    from comments.spam.starter import BLOCK, WATCH, corpus_marker, starter_counts

    SpamFeature = apps.get_model("comments", "SpamFeature")
    SpamPhrase = apps.get_model("comments", "SpamPhrase")
    for kind, phrases in (("block", BLOCK), ("watch", WATCH)):
        for phrase in phrases:
            # The starter phrases are lowercase ASCII: already normalised.
            SpamPhrase.objects.get_or_create(
                normalized=phrase, kind=kind, defaults={"phrase": phrase, "note": "starter"}
            )
    marker = corpus_marker()
    if SpamFeature.objects.filter(feature=marker).exists():
        return
    counts = starter_counts()
    if not SpamFeature.objects.exists():
        SpamFeature.objects.bulk_create(
            [SpamFeature(feature=f, spam=s, ham=h) for f, (s, h) in counts.items()],
            batch_size=500,
        )
    else:
        for feature, (spam, ham) in counts.items():
            row, _ = SpamFeature.objects.get_or_create(feature=feature)
            SpamFeature.objects.filter(pk=row.pk).update(spam=F("spam") + spam, ham=F("ham") + ham)
    SpamFeature.objects.create(feature=marker)


class Migration(migrations.Migration):
    dependencies = [
        ("comments", "0011_comment_activity"),
    ]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
