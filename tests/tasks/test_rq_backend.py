"""The production backend as it really runs: django-tasks-rq on Redis, worked by RQ.

Needs the Redis server CI starts (127.0.0.1:6379); each test has a queue of
its own in database 11 and removes what it wrote. No worker process runs:
the test works the queue itself, as ``manage.py rqworker --burst`` would.
"""

import uuid
from datetime import timedelta

import django_rq
import pytest
import redis
from django.core import mail
from django.utils import timezone
from django_tasks_rq import Job
from rq import SimpleWorker
from rq.registry import FailedJobRegistry, FinishedJobRegistry, ScheduledJobRegistry
from rq.scheduler import RQScheduler

from comments.models import Comment
from comments.tasks import email_moderators
from tests.comments.factories import make_comment

# Its Redis database is its own: all its tests in one test process.
pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("redis-db-11")]

REDIS_URL = "redis://127.0.0.1:6379/11"


@pytest.fixture
def rq_queue(settings):
    """A queue of this test's own behind the RQ backend, removed afterwards; its name."""
    connection = redis.Redis.from_url(REDIS_URL, socket_timeout=5)
    try:
        connection.ping()
    except redis.ConnectionError:
        pytest.fail("Redis must answer on 127.0.0.1:6379 (start it: see README).")
    name = f"uji-{uuid.uuid4().hex[:12]}"
    # "default" names the connection the backend reads results through.
    settings.RQ_QUEUES = {name: {"URL": REDIS_URL}, "default": {"URL": REDIS_URL}}
    # Tasks first imported while this backend is set declare the "default" queue.
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": [name, "default"]}
    }
    yield name
    queue = _queue(name)
    job_ids = {*queue.get_job_ids()}
    for registry in (FailedJobRegistry, FinishedJobRegistry, ScheduledJobRegistry):
        job_ids.update(registry(queue=queue).get_job_ids())
    for pattern in (f"*{name}*", *(f"*{job_id}*" for job_id in job_ids)):
        for key in connection.scan_iter(pattern):
            connection.delete(key)
    connection.srem("rq:queues", f"rq:queue:{name}")


def _queue(name):
    return django_rq.get_queue(name, job_class=Job)


class _BurstWorker(SimpleWorker):
    """A worker for one burst in this process, without the command channel.

    A worker listens for commands (shutdown, stop a job) in a thread that
    waits up to 60 s on Redis; closing it can wait that long. A burst run
    in a test takes no commands.
    """

    def subscribe(self):
        pass


def _work(name):
    """Run what is queued now, as ``rqworker --burst`` would, in this process."""
    queue = _queue(name)
    worker = _BurstWorker(
        [queue], name=f"{name}-worker", connection=queue.connection, job_class=Job
    )
    worker.work(burst=True)


def _pending(article):
    return make_comment(
        article=article,
        status=Comment.Status.PENDING,
        email="rahasia.pembaca@contoh.example",
        ip_address="203.0.113.77",
    )


def test_the_worker_sends_the_queued_email(article, settings, rq_queue):
    settings.MODERATOR_EMAILS = ["meja@redaksi.example"]
    comment = _pending(article)
    result = email_moderators.using(queue_name=rq_queue).enqueue(comment.pk)
    job = _queue(rq_queue).fetch_job(result.id)
    assert (list(job.args), job.kwargs) == ([comment.pk], {})
    assert mail.outbox == []
    _work(rq_queue)
    assert len(mail.outbox) == 1
    assert "rahasia.pembaca" not in mail.outbox[0].body
    assert email_moderators.get_result(result.id).status == "SUCCESSFUL"


def test_a_failed_email_stays_failed_and_its_retry_is_scheduled(article, settings, rq_queue):
    settings.MODERATOR_EMAILS = ["meja@redaksi.example"]
    settings.EMAIL_BACKEND = "tests.comments.broken_mail.Backend"
    comment = _pending(article)
    result = email_moderators.using(queue_name=rq_queue).enqueue(comment.pk)
    started = timezone.now()
    _work(rq_queue)
    queue = _queue(rq_queue)
    failed = email_moderators.get_result(result.id)
    assert failed.status == "FAILED"
    [error] = failed.errors
    assert error.exception_class_path == "comments.mail_tasks.EmailAttemptFailed"
    assert "ConnectionRefusedError" in error.traceback
    assert FailedJobRegistry(queue=queue).get_job_ids() == [result.id]
    [retry_id] = ScheduledJobRegistry(queue=queue).get_job_ids()
    retry = queue.fetch_job(retry_id)
    assert (list(retry.args), retry.kwargs) == ([comment.pk], {"attempt": 2})
    when = ScheduledJobRegistry(queue=queue).get_scheduled_time(retry)
    delay = timedelta(seconds=settings.MODERATOR_EMAIL_RETRY_DELAYS[0])
    assert started + delay - timedelta(seconds=1) <= when <= timezone.now() + delay
    assert mail.outbox == []

    # Its time comes (brought forward here) with the mail server back: the
    # worker's scheduler (--with-scheduler) queues it and it is sent.
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    queue.schedule_job(retry, timezone.now() - timedelta(seconds=1))
    scheduler = RQScheduler([queue], connection=queue.connection, name=f"{rq_queue}-scheduler")
    assert scheduler.acquire_locks()
    try:
        scheduler.enqueue_scheduled_jobs()
    finally:
        scheduler.release_locks()
    _work(rq_queue)
    assert len(mail.outbox) == 1
    assert email_moderators.get_result(retry_id).status == "SUCCESSFUL"
    assert ScheduledJobRegistry(queue=queue).get_job_ids() == []
