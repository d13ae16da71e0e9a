"""``manage.py purge_commenter_data --days N``: forget commenters' IPs and user agents.

And the reply-notification addresses that no longer hear of replies
(never confirmed, or unsubscribed) and have not moved for as long.
"""

from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from comments.services import commenter_data_purge
from comments.subscriptions.services import inactive_addresses_purge


class Command(BaseCommand):
    help = (
        "Clear the IP address and user agent of comments older than N days, and remove "
        "reply-notification addresses inactive for as long."
    )

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
        age = timedelta(days=days)
        count = commenter_data_purge(older_than=age)
        self.stdout.write(f"Private data cleared from {count} comment(s) older than {days} days.")
        addresses = inactive_addresses_purge(older_than=age)
        self.stdout.write(
            f"{addresses} inactive reply-notification address(es) removed "
            f"(idle for over {days} days)."
        )
