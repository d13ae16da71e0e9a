"""Signals the articles app sends for other parts of the site to hook into."""

from django.dispatch import Signal

# Sent by ``manage.py load_demo`` once the demo articles exist, so other
# features (the poll, comments) add their own demo data. Arguments:
# ``articles`` (dict of demo key -> Article), ``seed_article``, ``stdout``.
demo_loaded = Signal()

# Sent after a bulk change to articles that skipped their save() (a queryset
# update), so caches of what readers see are dropped. Argument: ``pks``.
articles_changed = Signal()
