"""Production settings refuse to start without their secrets."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GOOD_KEY = "k" * 60
# What a correct production environment names.
PRODUCTION = {
    "SECRET_KEY": GOOD_KEY + "-x9#Lq2!vZ",
    "ALLOWED_HOSTS": "kabar.example.id",
    "SITE_URL": "https://kabar.example.id",
    "CACHE_URL": "redis://127.0.0.1:6379/9",
    "TASKS_REDIS_URL": "redis://127.0.0.1:6379/10",
}


def _check(env_overrides, *args):
    # Only what production would see: no secrets, no test-process switches.
    dropped = {
        "SECRET_KEY",
        "ALLOWED_HOSTS",
        "SITE_URL",
        "CACHE_URL",
        "TRUSTED_PROXY_COUNT",
        "TASKS_REDIS_URL",
        "DJANGO_ALLOW_ASYNC_UNSAFE",
    }
    env = {k: v for k, v in os.environ.items() if k not in dropped}
    env.update({"DJANGO_SETTINGS_MODULE": "portal.settings.production", **env_overrides})
    return subprocess.run(
        [sys.executable, "manage.py", "check", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"ALLOWED_HOSTS": "kabar.example.id"}, "SECRET_KEY"),
        ({"SECRET_KEY": "pendek", "ALLOWED_HOSTS": "kabar.example.id"}, "SECRET_KEY"),
        ({"SECRET_KEY": GOOD_KEY}, "ALLOWED_HOSTS"),
        ({**PRODUCTION, "SITE_URL": ""}, "SITE_URL"),
        ({**PRODUCTION, "SITE_URL": "kabar.example.id"}, "SITE_URL"),
        ({**PRODUCTION, "CACHE_URL": ""}, "CACHE_URL"),
        ({**PRODUCTION, "CACHE_URL": "locmemcache://"}, "CACHE_URL"),
        ({**PRODUCTION, "CACHE_URL": "dummycache://"}, "CACHE_URL"),
    ],
)
def test_production_refuses_to_start(overrides, message):
    result = _check(overrides)
    assert result.returncode != 0
    assert message in result.stderr


def test_production_deploy_check_is_clean():
    result = _check(
        PRODUCTION,
        "--deploy",
        "--fail-level",
        "WARNING",
    )
    assert result.returncode == 0, result.stderr + result.stdout


def _setting(env_overrides: dict, name: str) -> str:
    code = f"from django.conf import settings; print(repr(getattr(settings, {name!r}, None)))"
    env = {k: v for k, v in os.environ.items() if k not in {"TRUSTED_PROXY_COUNT"}}
    env.update({"DJANGO_SETTINGS_MODULE": "portal.settings.production", **env_overrides})
    result = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_forwarded_proto_is_believed_only_behind_declared_proxies():
    assert _setting(PRODUCTION, "SECURE_PROXY_SSL_HEADER") == "None"
    behind_proxy = {**PRODUCTION, "TRUSTED_PROXY_COUNT": "1"}
    assert (
        _setting(behind_proxy, "SECURE_PROXY_SSL_HEADER") == "('HTTP_X_FORWARDED_PROTO', 'https')"
    )


def test_a_redis_outage_is_survived_by_configuration():
    caches = _setting(PRODUCTION, "CACHES")
    assert "'IGNORE_EXCEPTIONS': True" in caches and "'SOCKET_TIMEOUT'" in caches
    # Limits never switch off: Redis, or this process's count while it is down.
    assert "'BACKEND': 'portal.limits_cache.RedisOrLocalCache'" in caches
    assert _setting(PRODUCTION, "RATELIMIT_USE_CACHE") == "'limits'"
    assert _setting(PRODUCTION, "RATELIMIT_FAIL_OPEN") == "False"


def test_deploy_check_warns_without_a_task_queue():
    result = _check(
        {k: v for k, v in PRODUCTION.items() if k != "TASKS_REDIS_URL"},
        "--deploy",
        "--fail-level",
        "WARNING",
    )
    assert result.returncode != 0
    assert "comments.W001" in result.stderr + result.stdout
