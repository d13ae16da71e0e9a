"""Fixtures for the task tests: a backend that only records, servers that fail."""

import socket

import pytest
from django_tasks import default_task_backend

from tests.tasks.helpers import silent_server

RECORDING = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}


@pytest.fixture
def recorded_tasks(settings):
    """Tasks are recorded, never run: the list of what was enqueued, in order."""
    settings.TASKS = RECORDING
    backend = default_task_backend
    backend.clear()
    yield backend.results
    backend.clear()


@pytest.fixture
def moderators(settings, db):
    settings.MODERATOR_EMAILS = ["meja@redaksi.example"]
    return settings.MODERATOR_EMAILS


@pytest.fixture
def silent_mail_server(settings):
    """Mail goes through Django's SMTP backend to a server that hangs; its connections."""
    with silent_server() as (port, held):
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST = "127.0.0.1"
        settings.EMAIL_PORT = port
        settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
        yield held


@pytest.fixture
def closed_port():
    """A port on 127.0.0.1 where nothing listens: a server that is down."""
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    return port
