"""Every setting the code reads is declared in the settings, and documented."""

import re
from pathlib import Path

from django.conf import settings

ROOT = Path(__file__).resolve().parents[2]
APPS = ("portal", "articles", "comments", "wordpress")
# The project's own settings read with a fallback (getattr(settings, "NAME", ...)).
_GETATTR = re.compile(r"getattr\(\s*settings\s*,\s*\"([A-Z][A-Z0-9_]+)\"")
# What the settings read from the environment.
_ENV = re.compile(r"\benv(?:\.\w+)?\(\s*\"([A-Z][A-Z0-9_]+)\"")
_DOCUMENTED = re.compile(r"^#?\s*([A-Z][A-Z0-9_]+)=", re.MULTILINE)


def _sources(*packages):
    for package in packages:
        yield from (ROOT / package).rglob("*.py")


def test_no_setting_is_read_only_with_a_fallback():
    """A setting read with ``getattr`` and a default is declared in portal/settings."""
    undeclared = {
        (path.relative_to(ROOT).as_posix(), name)
        for path in _sources(*APPS)
        for name in _GETATTR.findall(path.read_text())
        if not hasattr(settings, name)
    }
    assert undeclared == set()


def test_every_environment_variable_is_in_the_example_file():
    read = {name for path in _sources("portal/settings") for name in _ENV.findall(path.read_text())}
    documented = set(_DOCUMENTED.findall((ROOT / ".env.example").read_text()))
    assert read, "no env(...) call found: the pattern no longer matches the settings"
    assert read - documented == set()
    assert {"REPLY_CONFIRMATION_MAX_AGE", "REPLY_EMAIL_RETRY_DELAYS"} <= read
