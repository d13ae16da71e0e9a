"""Production settings refuse to start without their secrets."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GOOD_KEY = "k" * 60


def _check(env_overrides, *args):
    # Only what production would see: no secrets, no test-process switches.
    dropped = {"SECRET_KEY", "ALLOWED_HOSTS", "DJANGO_ALLOW_ASYNC_UNSAFE"}
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
    ],
)
def test_production_refuses_to_start(overrides, message):
    result = _check(overrides)
    assert result.returncode != 0
    assert message in result.stderr


def test_production_deploy_check_is_clean():
    result = _check(
        {
            "SECRET_KEY": GOOD_KEY + "-x9#Lq2!vZ",
            "ALLOWED_HOSTS": "kabar.example.id",
            "CACHE_URL": "redis://127.0.0.1:6379/9",
        },
        "--deploy",
        "--fail-level",
        "WARNING",
    )
    assert result.returncode == 0, result.stderr + result.stdout
