"""``manage.py purge_commenter_data --days N``: forget commenters' IPs and user agents."""

from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from comments.services import commenter_data_purge


class Command(BaseCommand):
    help = "Clear the IP address and user agent of comments older than N days."

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=settings.COMMENTS_PRIVATE_DATA_DAYS,
            help="Age in days after which the data goes (default: COMMENTS_PRIVATE_DATA_DAYS).",
        )

    def handle(self, *args, days, **options):
        if days < 0:
            raise CommandError("--days must be 0 or more.")
        count = commenter_data_purge(older_than=timedelta(days=days))
        self.stdout.write(f"Private data cleared from {count} comment(s) older than {days} days.")
