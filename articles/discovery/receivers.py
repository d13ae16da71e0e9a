"""What discovery does when articles change."""

from django.db.models.signals import m2m_changed, post_delete, post_save

from ..models import Article, Category, EditorProfile, Source, Tag
from ..signals import articles_changed
from .search_cache import search_results_changed

post_save.connect(search_results_changed, sender=Article, dispatch_uid="discovery.search.saved")
post_delete.connect(search_results_changed, sender=Article, dispatch_uid="discovery.search.deleted")
m2m_changed.connect(
    search_results_changed, sender=Article.tags.through, dispatch_uid="discovery.search.tags"
)
articles_changed.connect(search_results_changed, dispatch_uid="discovery.search.bulk")
for model in (Category, Tag, Source, EditorProfile):
    # Results show category and source names and link their pages.
    post_save.connect(search_results_changed, sender=model, dispatch_uid=f"discovery.{model}.s")
    post_delete.connect(search_results_changed, sender=model, dispatch_uid=f"discovery.{model}.d")
