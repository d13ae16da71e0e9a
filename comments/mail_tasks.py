"""What the comments app's emails share as background tasks: retries, and sending without a queue.

Each email task carries one id and an attempt number. A failed attempt is
logged by id and the error's type only (a mail server's message may quote
addresses) and, on a backend that can defer (the Redis queue), enqueued
again after the next of its delays; after the last it stays among the
backend's failed jobs. When the queue itself cannot be reached, the mail is
sent within the request instead, with the short
``MODERATOR_EMAIL_FALLBACK_TIMEOUT``.
"""

import logging
from collections.abc import Callable, Iterable, Sequence
from datetime import timedelta

from django.conf import settings
from django.utils import timezone
from django_tasks import TaskContext
from django_tasks.base import Task

logger = logging.getLogger(__name__)


class EmailAttemptFailed(Exception):
    """An email task's attempt failed; its message names the task, id and error type only."""


def attempt_failed(
    task: Task, *, what: str, object_id: int, attempt: int, delays: Sequence[int], exc: Exception
) -> bool:
    """Log the failed ``attempt`` of ``task`` and schedule the next one; whether one was."""
    reason = type(exc).__name__
    retried = _retry_later(task, object_id=object_id, attempt=attempt, delays=delays)
    if retried:
        logger.warning(
            "%s %s failed (attempt %s, %s); it will be retried", what, object_id, attempt, reason
        )
    else:
        logger.error("%s %s failed (attempt %s, %s); not retried", what, object_id, attempt, reason)
    return retried


def send_or_retry(
    context: TaskContext,
    send: Callable[[int], int],
    object_id: int,
    attempt: int,
    *,
    what: str,
    delays: Sequence[int],
) -> int:
    """The body of an email task: ``send(object_id)``; how many messages went.

    On failure the attempt is logged and the next one scheduled
    (``attempt_failed``), and the error raised: that marks this attempt
    failed in the backend (and in the worker's log) whether or not another
    try follows.
    """
    try:
        return send(object_id)
    except Exception as exc:
        attempt_failed(
            context.task_result.task,
            what=what,
            object_id=object_id,
            attempt=attempt,
            delays=delays,
            exc=exc,
        )
        # The mail server's message may quote addresses: the backend's
        # failed results and the worker's log keep the error's type alone.
        raise EmailAttemptFailed(f"{what} {object_id}: {type(exc).__name__}") from None


def _retry_later(task: Task, *, object_id: int, attempt: int, delays: Sequence[int]) -> bool:
    """Enqueue attempt ``attempt + 1`` of ``task`` after its delay; whether one was.

    The retry goes to the same backend and queue as the attempt that failed.
    """
    if attempt > len(delays) or not task.get_backend().supports_defer:
        # The last try, or a backend that runs tasks at once (development):
        # what failed stays in the log and in the backend's failed results.
        return False
    run_after = timezone.now() + timedelta(seconds=delays[attempt - 1])
    try:
        task.using(run_after=run_after).enqueue(object_id, attempt=attempt + 1)
    except Exception as exc:
        logger.error(
            "Could not schedule the retry of task %s for %s (%s)",
            task.name,
            object_id,
            type(exc).__name__,
        )
        return False
    return True


def hand_over(
    task: Task, send_now: Callable[..., int], ids: Iterable[int], what: str, *, delay: int = 0
) -> None:
    """Enqueue ``task`` for each of ``ids``; without a queue, ``send_now`` each instead.

    On a queue that can defer, the task runs ``delay`` seconds from now.

    Once the queue failed it is not asked again in this call, nor the mail
    server once that failed: a bulk approval waits at most one timeout of
    each, and what could not go is logged by id. Nothing is raised: the
    reader's comment or the moderator's decision stands either way.
    """
    queue_up = mail_up = True
    for object_id in ids:
        if queue_up:
            try:
                if delay and task.get_backend().supports_defer:
                    later = timezone.now() + timedelta(seconds=delay)
                    task.using(run_after=later).enqueue(object_id)
                else:
                    task.enqueue(object_id)
                continue
            except Exception as exc:
                queue_up = False
                logger.warning(
                    "Could not queue the %s %s (%s); sending it now",
                    what,
                    object_id,
                    type(exc).__name__,
                )
        if mail_up:
            try:
                send_now(object_id, timeout=settings.MODERATOR_EMAIL_FALLBACK_TIMEOUT)
                continue
            except Exception as exc:
                mail_up = False
                logger.error("Could not send the %s %s (%s)", what, object_id, type(exc).__name__)
                continue
        logger.error(
            "The %s %s was not sent: neither queue nor mail server answered", what, object_id
        )
