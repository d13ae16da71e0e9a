"""The production stack for real: gunicorn, whitenoise, Redis, production settings.

Two gunicorn servers (two processes) share one SQLite file and one Redis
cache, as app servers behind a load balancer share PostgreSQL and Redis. A
reader who alternates between them still meets one rate limit, and an admin
password guesser one lockout.
"""

import http.client
import re
from contextlib import ExitStack

import pytest

from .production_env import free_port, manage, prepared_site, start_gunicorn

REDIS_URL = "redis://127.0.0.1:6379/12"
# That Redis database is this file's own: all its tests in one test process.
pytestmark = [pytest.mark.servers, pytest.mark.xdist_group("redis-db-12")]
SEED_PATH = "/2022/10/11/nato-rusia-serang-kota-kota-ukraina-karena-kalah-di-medan-perang/"
STAFF_PASSWORD = "sandi-staf-produksi-2026"


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    workdir = tmp_path_factory.mktemp("production")
    env = prepared_site(
        workdir,
        redis_url=REDIS_URL,
        secret_key="production-test-" + "x7Qp#2vL!" * 6,
        # Hour-long windows: a run never straddles two.
        COMMENTS_RATE_LIMIT="3/h",
        COMMENTS_MIN_FORM_SECONDS="0",
        ADMIN_LOGIN_RATE_LIMIT="4/h",
        ADMIN_LOGIN_FAILURE_LIMIT="3",
    )
    staff = (
        "from django.contrib.auth import get_user_model; U = get_user_model(); "
        "[U.objects.create_user(n, password=PASSWORD, is_staff=True) "
        "for n in ('redaktur', 'penguji')]"
    ).replace("PASSWORD", repr(STAFF_PASSWORD))
    manage(env, "load_demo")
    manage(env, "shell", "-c", staff)
    ports = [free_port(), free_port()]
    with ExitStack() as servers:
        for n, port in enumerate(ports):
            start_gunicorn(
                servers, port=port, env=env, log=workdir / f"gunicorn-{n}.log", workers=1
            )
        yield ports


def _request(port, method, path, *, body=None, headers=None):
    """One request as a browser behind TLS termination would send it."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=20)
    base = {"Host": "127.0.0.1", "X-Forwarded-Proto": "https", "Accept-Encoding": "gzip"}
    conn.request(method, path, body=body, headers={**base, **(headers or {})})
    response = conn.getresponse()
    data = response.read()
    conn.close()
    return response, data


def test_pages_carry_the_security_headers(stack):
    response, _ = _request(stack[0], "GET", SEED_PATH, headers={"Accept-Encoding": ""})
    assert response.status == 200
    assert "max-age=31536000" in response.getheader("Strict-Transport-Security")
    csp = response.getheader("Content-Security-Policy")
    assert "default-src 'self'" in csp and "object-src 'none'" in csp
    assert response.getheader("X-Frame-Options") == "DENY"
    assert response.getheader("X-Content-Type-Options") == "nosniff"
    assert response.getheader("Referrer-Policy") == "strict-origin-when-cross-origin"
    # No version of anything in the stack.
    assert not re.search(r"\d", response.getheader("Server") or "")
    assert response.getheader("X-Powered-By") is None


def test_whitenoise_serves_hashed_compressed_static_files(stack):
    _, page = _request(stack[0], "GET", "/", headers={"Accept-Encoding": ""})
    stylesheet = re.search(rb'href="(/static/css/kabar\.[0-9a-f]{12}\.css)"', page)
    assert stylesheet, "the stylesheet is not served under a hashed name"
    response, _ = _request(stack[0], "GET", stylesheet.group(1).decode())
    assert response.status == 200
    assert response.getheader("Content-Encoding") in {"gzip", "br"}
    assert "immutable" in response.getheader("Cache-Control")


def _comment_form(port):
    """What a browser has before posting: the form's action and its ticket cookie."""
    _, page = _request(port, "GET", SEED_PATH, headers={"Accept-Encoding": ""})
    html = page.decode()
    action = re.search(r'<form id="form-komentar"[^>]* action="([^"]+)"', html).group(1)
    ticket_css = re.search(r'<link rel="stylesheet" href="(/komentar/[^"]+)"', html).group(1)
    response, _ = _request(port, "GET", ticket_css)
    ticket = re.search(r"kabar_tiket=([^;]+)", response.getheader("Set-Cookie") or "").group(1)
    return ticket, action


def test_rate_limit_holds_across_server_processes(stack):
    from urllib.parse import urlencode

    statuses = []
    for n in range(4):
        port = stack[n % 2]  # alternate between the two processes
        ticket, action = _comment_form(port)
        body = urlencode(
            {
                "name": "Pembaca Lintas Proses",
                "email": f"lintas{n}@contoh.id",
                "url": "",
                "body": f"Komentar lintas proses nomor {n}.",
                "parent": "",
            }
        )
        response, _ = _request(
            port,
            "POST",
            action,
            body=body,
            headers={
                "Content-Type": "application/x-www-form-urlencoded",
                "Cookie": f"kabar_tiket={ticket}",
                "Origin": "https://127.0.0.1",
                "Referer": f"https://127.0.0.1{SEED_PATH}",
            },
        )
        statuses.append(response.status)
    assert statuses == [303, 303, 303, 429]


def _admin_login(port, username, password, *, client_address):
    """One admin login as a browser sends it, from ``client_address`` behind the proxy."""
    from urllib.parse import urlencode

    forwarded = {"X-Forwarded-For": client_address}
    response, page = _request(
        port, "GET", "/admin/login/", headers={"Accept-Encoding": "", **forwarded}
    )
    cookie = re.search(r"csrftoken=([^;]+)", response.getheader("Set-Cookie") or "").group(1)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.decode()).group(1)
    body = urlencode(
        {
            "csrfmiddlewaretoken": token,
            "username": username,
            "password": password,
            "next": "/admin/",
        }
    )
    response, page = _request(
        port,
        "POST",
        "/admin/login/",
        body=body,
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "Cookie": f"csrftoken={cookie}",
            "Origin": "https://127.0.0.1",
            "Accept-Encoding": "",
            **forwarded,
        },
    )
    return response.status, page.decode()


def test_admin_lockout_holds_across_server_processes(stack):
    # Three wrong passwords from one address, alternating processes: that
    # address is locked for the username, even with the right password; its
    # owner from another address is not.
    statuses = [
        _admin_login(stack[n % 2], "redaktur", "salah", client_address="203.0.113.1")[0]
        for n in range(3)
    ]
    assert statuses == [200, 200, 429]
    status, page = _admin_login(stack[1], "redaktur", STAFF_PASSWORD, client_address="203.0.113.1")
    assert status == 429
    assert "dikunci sementara" in page
    status, _page = _admin_login(
        stack[0], "redaktur", STAFF_PASSWORD, client_address="203.0.113.200"
    )
    assert status == 302


def test_admin_logins_are_slowed_across_server_processes(stack):
    statuses = []
    for n in range(5):
        status, page = _admin_login(
            stack[n % 2], "penguji", STAFF_PASSWORD, client_address="198.51.100.30"
        )
        statuses.append(status)
    # Four logins an hour go through (302 to the admin), the fifth waits.
    assert statuses == [302, 302, 302, 302, 429]
    assert "Terlalu banyak percobaan login" in page
