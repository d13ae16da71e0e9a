"""Without DATABASE_REPLICA_URLS the replica router stays out of the way.

(With replicas, tests/portal/test_db_replicas.py runs it against a real standby.)
"""

import pytest
from django.core.exceptions import MiddlewareNotUsed

from portal.db_router import ReplicaRoutingMiddleware


def test_without_replicas_there_is_no_router(settings):
    assert list(settings.DATABASES) == ["default"]
    assert settings.DATABASE_ROUTERS == []
    with pytest.raises(MiddlewareNotUsed):
        ReplicaRoutingMiddleware(lambda request: None)
