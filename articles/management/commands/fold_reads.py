"""``manage.py fold_reads``: fold the read counters into the database (cron, once a minute)."""

from django.core.management.base import BaseCommand

from articles.readership.fold import fold_reads


class Command(BaseCommand):
    help = "Fold the reads counted in Redis into the database (articles.readership)."

    def handle(self, *args, **options):
        folded = fold_reads()
        self.stdout.write(f"{folded} reads folded")
