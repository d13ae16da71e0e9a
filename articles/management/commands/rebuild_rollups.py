"""``manage.py rebuild_rollups``: recount the recent days' activity rollups from their rows."""

from django.core.management.base import BaseCommand

from articles.discovery.activity import RANKING_DAYS, rebuild


class Command(BaseCommand):
    help = (
        "Recount the articles' activity of the last days (reactions by address, approved "
        "comments) from the votes and comments, after writing them around the site "
        "(an import, a restore)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=RANKING_DAYS + 1)

    def handle(self, *args, days, **options):
        rows = rebuild(days=days)
        self.stdout.write(f"{rows} baris aktivitas untuk {days} hari terakhir.")
