"""The approved comments of the rankings' days counted in the articles' day activity."""

import datetime
from collections import Counter

from django.db import migrations
from django.db.models import Count
from django.db.models.functions import TruncDate
from django.utils import timezone


def count_recent_days(apps, schema_editor):
    since = timezone.localdate() - datetime.timedelta(days=7)
    start = timezone.make_aware(datetime.datetime.combine(since, datetime.time()))
    ArticleActivity = apps.get_model("articles", "ArticleActivity")
    Comment = apps.get_model("comments", "Comment")
    comments = Counter()
    for row in (
        Comment.objects.filter(status="approved", created_at__gte=start)
        .annotate(day=TruncDate("created_at"))
        .values("article_id", "day")
        .annotate(total=Count("pk"))
        .order_by()
    ):
        comments[row["article_id"], row["day"]] = row["total"]
    for (article_id, day), total in sorted(comments.items()):
        ArticleActivity.objects.update_or_create(
            article_id=article_id, day=day, defaults={"comments": total}
        )


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0017_activity_rollups"),
        ("comments", "0010_comment_search"),
    ]

    operations = [
        migrations.RunPython(count_recent_days, migrations.RunPython.noop),
    ]
