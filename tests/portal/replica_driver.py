"""A Django process on a primary and a standby, driven line by line by test_db_replicas.

Run as ``python -m tests.portal.replica_driver`` with ``DATABASE_URL`` (the
primary) and ``DATABASE_REPLICA_URLS`` (the standby) set. Each line read on
stdin is a JSON command; each answer is one JSON line on stdout. Requests go
through the whole middleware stack with Django's test client, so the router
sees them as it sees a server's; every query's database alias is recorded.

The site's URLs are served, plus two that only this process has: a GET that
reads, writes and reads again, and a GET that reads inside a transaction.
"""

import json
import sys
import time
import traceback
from contextlib import ExitStack

from django.db import close_old_connections, connections, router, transaction
from django.http import JsonResponse
from django.urls import include, path


def _in_recovery(alias: str) -> bool:
    with connections[alias].cursor() as cursor:
        cursor.execute("SELECT pg_is_in_recovery()")
        return cursor.fetchone()[0]


def write_then_read(request):
    """Reads a tag, creates it, reads it again: where each read went, and what it saw."""
    from articles.models import Tag

    slug = request.GET["slug"]
    before = {"alias": router.db_for_read(Tag), "seen": Tag.objects.filter(slug=slug).exists()}
    before["in_recovery"] = _in_recovery(before["alias"])
    Tag.objects.create(name=slug, slug=slug)
    after = {"alias": router.db_for_read(Tag), "seen": Tag.objects.filter(slug=slug).exists()}
    after["in_recovery"] = _in_recovery(after["alias"])
    return JsonResponse({"before": before, "after": after})


def read_in_transaction(request):
    from articles.models import Tag

    outside = router.db_for_read(Tag)
    with transaction.atomic():
        inside = router.db_for_read(Tag)
    return JsonResponse({"outside": outside, "inside": inside})


# Filled once Django is set up (the site's URLconf imports models).
urlpatterns = []


class Driver:
    def __init__(self):
        from django.contrib.auth import get_user_model
        from django.test import Client

        self.reader = Client()
        self.staff = Client()
        user = get_user_model().objects.filter(username="redaktur-replika").first()
        user = user or get_user_model().objects.create_superuser(
            "redaktur-replika", "redaktur@example.com", "sandi-replika-2026"
        )
        self.staff.force_login(user)

    def do_recovery(self):
        """Each alias's server: in recovery (a standby) or not."""
        return {alias: _in_recovery(alias) for alias in connections}

    def do_migrates_on(self):
        """Whether the router lets migrations run on each alias."""
        return {alias: router.allow_migrate(alias, "articles") for alias in connections}

    def do_get(self, path, client="reader"):
        return self._request("get", path, client)

    def do_post(self, path, data, client="staff"):
        return self._request("post", path, client, data)

    def do_down(self):
        from portal import db_router

        now = time.monotonic()
        return sorted(alias for alias, until in db_router._down.items() if until > now)

    def _request(self, method, path, client, data=None):
        from django.core.cache import cache
        from django.test.utils import override_settings

        cache.clear()  # no kept page: the view runs
        used = []

        def recorder(alias):
            def record(execute, sql, params, many, context):
                used.append(alias)
                return execute(sql, params, many, context)

            return record

        # What a server's handler does around each request, and Django's
        # test client leaves out: kept connections are checked again.
        close_old_connections()
        started = time.monotonic()
        with ExitStack() as stack:
            stack.enter_context(override_settings(ROOT_URLCONF=__name__))
            for alias in connections:
                stack.enter_context(connections[alias].execute_wrapper(recorder(alias)))
            send = getattr(self.staff if client == "staff" else self.reader, method)
            response = send(path, data) if data else send(path)
        close_old_connections()
        cookie = response.cookies.get("kabar_primer")
        return {
            "status": response.status_code,
            "aliases": sorted(set(used)),
            "seconds": round(time.monotonic() - started, 3),
            "sticky_cookie": bool(cookie and cookie.value),
            "json": response.json() if response["Content-Type"] == "application/json" else None,
        }


def main():
    import django

    django.setup()
    urlpatterns.extend(
        [
            path("uji-replika/tulis-baca/", write_then_read),
            path("uji-replika/transaksi/", read_in_transaction),
            path("", include("portal.urls")),
        ]
    )
    driver = Driver()
    print(json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        command = json.loads(line)
        try:
            answer = {"ok": getattr(driver, "do_" + command.pop("do"))(**command)}
        except Exception as error:  # reported to the test, which fails with it
            trace = "".join(traceback.format_exception(error)[-6:])
            answer = {"error": f"{type(error).__name__}: {error}\n{trace}"}
        print(json.dumps(answer), flush=True)


if __name__ == "__main__":
    main()
