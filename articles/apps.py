from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ArticlesConfig(AppConfig):
    name = "articles"
    verbose_name = _("Artikel")

    def ready(self):
        from .demo.poll_votes import add_demo_votes
        from .signals import demo_loaded

        demo_loaded.connect(add_demo_votes, dispatch_uid="articles.poll.demo_votes")
