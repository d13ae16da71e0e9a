"""Fixtures for the WordPress import tests."""

import io

import pytest
from django.core.management import call_command

from tests.wordpress import builder


@pytest.fixture
def write_export(tmp_path):
    """Write a WXR text to a file and return its path."""

    def write(text: str, name: str = "export.xml"):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return write


@pytest.fixture
def run_command():
    """Run import_wordpress; returns (stdout, stderr)."""

    def run(*args, **options):
        out, err = io.StringIO(), io.StringIO()
        call_command("import_wordpress", *[str(a) for a in args], stdout=out, stderr=err, **options)
        return out.getvalue(), err.getvalue()

    return run


@pytest.fixture
def site_export(write_export):
    return write_export(builder.site())
