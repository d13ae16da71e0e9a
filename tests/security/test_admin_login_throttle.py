"""Guessing an admin password is slowed, then locked out, and staff can lift the lock."""

import logging
from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.contrib.auth.models import Permission
from django.test import Client
from django.urls import reverse

from tests import factories

pytestmark = pytest.mark.django_db

PASSWORD = "kata-sandi-benar-2026"


@pytest.fixture
def editor():
    user = factories.make_user(is_staff=True, username="redaktur")
    user.set_password(PASSWORD)
    user.save()
    return user


@pytest.fixture
def fast_posts(settings):
    """The per-minute slowing out of the way, to reach the lockout."""
    settings.ADMIN_LOGIN_RATE_LIMIT = "1000/m"
    settings.ADMIN_LOGIN_ADDRESS_RATE_LIMIT = "1000/m"
    settings.AXES_FAILURE_LIMIT = 5


def _login(client, username, password, **meta):
    return client.post(
        reverse("admin:login"),
        {"username": username, "password": password, "next": reverse("admin:index")},
        **meta,
    )


@pytest.fixture
def axes_log():
    """What django-axes logs (its logger does not propagate to the root)."""
    records = []
    handler = logging.Handler(level=logging.WARNING)
    handler.emit = records.append
    logger = logging.getLogger("axes")
    logger.addHandler(handler)
    yield records
    logger.removeHandler(handler)


def test_wrong_passwords_then_the_right_one_is_refused(editor, fast_posts, axes_log):
    client = Client()
    for _ in range(4):
        assert _login(client, "redaktur", "salah").status_code == 200
    # The fifth failure locks the username and the address.
    assert _login(client, "redaktur", "salah").status_code == 429
    locked = _login(client, "redaktur", PASSWORD)
    assert locked.status_code == 429
    text = locked.content.decode()
    assert "dikunci sementara" in text and "30 menit" in text
    assert "_auth_user_id" not in client.session
    messages = [record.getMessage() for record in axes_log]
    assert any("Locking out" in m and "redaktur" in m for m in messages)
    assert not any(PASSWORD in m for m in messages)


def test_the_pair_is_locked_never_the_username_for_its_owner(editor, fast_posts):
    # Someone guesses redaktur's password from five addresses, and more
    # from one of them than the limit allows.
    for n in range(4):
        _login(Client(), "redaktur", "salah", REMOTE_ADDR=f"203.0.113.{n + 1}")
    for _ in range(5):
        _login(Client(), "redaktur", "salah", REMOTE_ADDR="203.0.113.99")
    assert _login(Client(), "redaktur", PASSWORD, REMOTE_ADDR="203.0.113.99").status_code == 429
    # The owner, from another address with the right password, gets in.
    response = _login(Client(), "redaktur", PASSWORD, REMOTE_ADDR="198.51.100.9")
    assert response.status_code == 302


def test_a_username_posted_fast_from_many_addresses_does_not_slow_its_owner(editor, settings):
    settings.ADMIN_LOGIN_RATE_LIMIT = "5/m"
    for n in range(20):
        _login(Client(), "redaktur", "salah", REMOTE_ADDR=f"198.51.{n}.1")
    response = _login(Client(), "redaktur", PASSWORD, REMOTE_ADDR="192.0.2.10")
    assert response.status_code == 302


def test_the_lockout_does_not_extend_while_failures_continue(editor, fast_posts):
    import time_machine
    from django.utils import timezone

    start = timezone.now()
    with time_machine.travel(start, tick=False) as clock:
        for _ in range(5):
            _login(Client(), "redaktur", "salah", REMOTE_ADDR="203.0.113.7")
        # The attacker keeps posting, every ten seconds, for 29 minutes.
        for _ in range(29 * 6):
            clock.shift(10)
            assert (
                _login(Client(), "redaktur", "salah", REMOTE_ADDR="203.0.113.7").status_code == 429
            )
        clock.move_to(start + timedelta(minutes=30, seconds=5))
        response = _login(Client(), "redaktur", PASSWORD, REMOTE_ADDR="203.0.113.7")
        assert response.status_code == 302


def test_the_lockout_page_says_how_to_get_back(editor, fast_posts):
    for _ in range(5):
        _login(Client(), "redaktur", "salah")
    text = _login(Client(), "redaktur", PASSWORD).content.decode()
    assert "tidak memperpanjangnya" in text
    assert "dari jaringan lain" in text and "membuka kuncinya" in text


def test_the_address_is_locked_for_any_username(editor, fast_posts):
    for n in range(5):
        _login(Client(), f"tebak{n}", "salah", REMOTE_ADDR="203.0.113.50")
    response = _login(Client(), "redaktur", PASSWORD, REMOTE_ADDR="203.0.113.50")
    assert response.status_code == 429
    assert _login(Client(), "redaktur", PASSWORD, REMOTE_ADDR="203.0.113.51").status_code == 302


def test_posting_fast_is_slowed_with_a_retry_after(editor, settings):
    # One rate window for the whole test: tests/conftest.py stops the limits' clock.
    settings.ADMIN_LOGIN_RATE_LIMIT = "3/m"
    client = Client()
    statuses = [_login(client, "redaktur", "salah").status_code for _ in range(3)]
    slowed = _login(client, "redaktur", PASSWORD)
    assert statuses == [200, 200, 200]
    assert slowed.status_code == 429
    assert 1 <= int(slowed["Retry-After"]) <= 60
    assert "Terlalu banyak percobaan login" in slowed.content.decode()


def test_a_newsroom_behind_one_address_logs_in_together(settings):
    # The start of a shift: eight editors behind the office's address, at once.
    settings.ADMIN_LOGIN_RATE_LIMIT = "5/m"
    for n in range(8):
        user = factories.make_user(is_staff=True, username=f"redaksi{n}")
        user.set_password(PASSWORD)
        user.save()
        response = _login(Client(), f"redaksi{n}", PASSWORD, REMOTE_ADDR="203.0.113.80")
        assert response.status_code == 302, n


def test_many_usernames_from_one_address_are_slowed_at_the_address_rate(editor, settings):
    settings.ADMIN_LOGIN_ADDRESS_RATE_LIMIT = "6/m"
    statuses = [
        _login(Client(), f"tebak{n}", "salah", REMOTE_ADDR="203.0.113.90").status_code
        for n in range(6)
    ]
    assert statuses == [200] * 6
    slowed = _login(Client(), "redaktur", PASSWORD, REMOTE_ADDR="203.0.113.90")
    assert slowed.status_code == 429
    assert 1 <= int(slowed["Retry-After"]) <= 60
    assert _login(Client(), "redaktur", PASSWORD, REMOTE_ADDR="203.0.113.91").status_code == 302


def test_staff_with_the_permission_lift_the_lock(editor, fast_posts):
    for _ in range(5):
        _login(Client(), "redaktur", "salah")
    assert _login(Client(), "redaktur", PASSWORD).status_code == 429

    lifter = factories.make_user(is_staff=True, username="admin-keamanan")
    lifter.user_permissions.add(
        *Permission.objects.filter(
            content_type__app_label="axes",
            codename__in=["view_accessattempt", "delete_accessattempt"],
        )
    )
    staff = Client()
    staff.force_login(lifter)
    changelist = reverse("admin:axes_accessattempt_changelist")
    assert staff.get(changelist).status_code == 200
    ids = list(AccessAttempt.objects.values_list("pk", flat=True))
    response = staff.post(
        changelist,
        {"action": "delete_selected", "_selected_action": ids, "post": "yes"},
    )
    assert response.status_code == 302
    assert not AccessAttempt.objects.exists()
    assert _login(Client(), "redaktur", PASSWORD).status_code == 302


def test_staff_without_the_permission_cannot_see_attempts(editor, fast_posts):
    _login(Client(), "redaktur", "salah")
    viewer = factories.make_user(is_staff=True, username="redaktur-biasa")
    client = Client()
    client.force_login(viewer)
    assert client.get(reverse("admin:axes_accessattempt_changelist")).status_code == 403


def test_a_wrong_password_is_told_in_plain_indonesian(editor):
    page = _login(Client(), "redaktur", "salah").content.decode()
    assert "Masukkan nama pengguna dan sandi yang benar untuk akun staf." in page
    assert "nama pengguna nama pengguna" not in page
