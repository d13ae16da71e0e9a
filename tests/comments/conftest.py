"""Fixtures for the comments tests."""

import pytest

from tests import factories


@pytest.fixture
def moderator(db):
    return factories.make_user(groups=["Moderator"], is_staff=True, username="moderator-uji")


@pytest.fixture
def moderator_client(client, moderator):
    client.force_login(moderator)
    return client


@pytest.fixture
def reader_client():
    """A second, unrelated browser."""
    from django.test import Client

    return Client()
