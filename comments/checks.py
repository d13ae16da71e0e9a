"""Deployment checks of the comments app."""

from django.conf import settings
from django.core.checks import Warning, register


@register(deploy=True)
def task_queue_configured(app_configs, **kwargs):
    """Production should queue moderator emails for a worker, not send them in requests."""
    if settings.TASKS_REDIS_URL:
        return []
    return [
        Warning(
            "TASKS_REDIS_URL is not set: moderator emails and CDN bans run within "
            "readers' and moderators' requests.",
            hint="Name a Redis server in TASKS_REDIS_URL and run the worker "
            "(python manage.py rqworker default --job-class django_tasks_rq.Job "
            "--with-scheduler).",
            id="comments.W001",
        )
    ]
