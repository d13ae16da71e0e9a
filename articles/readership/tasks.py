"""The fold as a task: enqueued by the beacon once a minute (``counter.record_read``)."""

from django_tasks import task

from .fold import fold_reads


@task()
def fold_reads_task() -> int:
    return fold_reads()
