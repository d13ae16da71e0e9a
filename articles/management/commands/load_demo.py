"""``manage.py load_demo``: the seed article and a demo newsroom."""

from django.conf import settings
from django.core.management.base import BaseCommand

from articles.demo.loader import load_demo
from articles.signals import demo_loaded


class Command(BaseCommand):
    help = "Load demo content (idempotent). With DEBUG on, also demo editor/moderator logins."

    def handle(self, *args, **options):
        result = load_demo(with_accounts=settings.DEBUG)
        demo_loaded.send(
            sender=self.__class__,
            articles=result["articles"],
            seed_article=result["seed"],
            stdout=self.stdout,
        )
        self.stdout.write(
            self.style.SUCCESS(f"Demo content ready: {len(result['articles'])} articles.")
        )
        self.stdout.write(f"Seed article: {result['seed'].get_absolute_url()}")
        for username, password in result["accounts"].items():
            self.stdout.write(f"Demo login {username!r}, password {password!r}")
