"""Which backend runs tasks: at once without TASKS_REDIS_URL, the Redis queue with it."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHOW = (
    "import django, json; django.setup(); from django.conf import settings as s; "
    "print(json.dumps({'tasks': s.TASKS, 'queues': getattr(s, 'RQ_QUEUES', None), "
    "'apps': [a for a in s.INSTALLED_APPS if 'rq' in a or 'tasks' in a]}))"
)


def _settings(**env_overrides):
    env = {k: v for k, v in os.environ.items() if not k.startswith("TASKS_")}
    env.update({"DJANGO_SETTINGS_MODULE": "portal.settings.dev", **env_overrides})
    result = subprocess.run(
        [sys.executable, "-c", SHOW], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_by_default_tasks_run_at_once_in_the_same_process():
    # What development, the tests and `make run` use: no worker, no Redis.
    found = _settings(TASKS_REDIS_URL="")
    assert found["tasks"]["default"]["BACKEND"] == (
        "django_tasks.backends.immediate.ImmediateBackend"
    )
    assert found["queues"] is None
    assert found["apps"] == ["django_tasks"]


def test_a_redis_url_queues_tasks_for_the_rq_worker():
    found = _settings(TASKS_REDIS_URL="redis://127.0.0.1:6379/2", TASKS_REDIS_TIMEOUT="1.5")
    assert found["tasks"]["default"] == {
        "BACKEND": "django_tasks_rq.RQBackend",
        "QUEUES": ["default"],
    }
    # A request never waits long for a Redis that is down or hangs.
    assert found["queues"]["default"]["URL"] == (
        "redis://127.0.0.1:6379/2?socket_connect_timeout=1.5&socket_timeout=1.5"
    )
    assert found["apps"] == ["django_tasks", "django_rq"]


def test_the_rq_configuration_passes_djangos_checks():
    env = {k: v for k, v in os.environ.items() if not k.startswith("TASKS_")}
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings.dev", TASKS_REDIS_URL="redis://127.0.0.1:1/0"
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    # The worker's command is there (django-rq's), with the job class it needs.
    help_text = subprocess.run(
        [sys.executable, "manage.py", "rqworker", "--help"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert help_text.returncode == 0, help_text.stderr
    assert "--job-class" in help_text.stdout and "--with-scheduler" in help_text.stdout
