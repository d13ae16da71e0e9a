"""Work on kept pages done outside the request that changed them, by the task worker."""

from django_tasks import task

from .cdn import ban


@task()
def ban_pages(keys: list[str]) -> None:
    """Ban the pages kept under ``keys`` in every CDN node.

    Not retried: a node that is down is logged by ``ban``, and its pages
    expire by themselves after ``PAGE_CACHE_SECONDS``.
    """
    ban(keys)
