"""The HTML and accessibility checkers the browser tests run: vnu and axe-core.

Both come from the npm registry (``make checkers`` installs them under
``.venv/node``). A missing checker fails the test, never skips it.
"""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NODE_MODULES = Path(os.environ.get("KABAR_NODE_MODULES", ROOT / ".venv/node/node_modules"))
VNU_JAR = NODE_MODULES / "vnu-jar/build/dist/vnu.jar"
AXE_JS = NODE_MODULES / "axe-core/axe.min.js"


def _require(path: Path) -> Path:
    if not path.exists():
        pytest.fail(f"{path} is missing: run `make checkers`.")
    return path


def vnu_errors(documents: dict[str, str], workdir: Path) -> list[str]:
    """The Nu Html Checker's errors for each named HTML document, in one JVM run."""
    java = shutil.which("java")
    if java is None:
        pytest.fail("java is missing: run `make checkers`.")
    paths, names = [], {}
    for i, (name, html) in enumerate(documents.items()):
        path = workdir / f"page{i}.html"
        path.write_text(html, encoding="utf-8")
        paths.append(str(path))
        names[path.name] = name
    command = [java, "-jar", str(_require(VNU_JAR)), "--errors-only", "--format", "json"]
    result = subprocess.run(
        [*command, *paths], capture_output=True, text=True, timeout=300, check=False
    )
    messages = json.loads(result.stderr or result.stdout)["messages"]
    errors = [
        f"{names.get(m.get('url', '').rsplit('/', 1)[-1], m.get('url'))}:{m.get('lastLine')}: "
        f"{m['message']}"
        for m in messages
        if m.get("type") == "error" or m.get("subType") == "fatal"
    ]
    if result.returncode not in (0, 1) or (result.returncode == 1 and not errors):
        pytest.fail(f"vnu failed to run: {result.stderr[-2000:]}")
    return errors


def axe_violations(page, *, impacts=("serious", "critical")) -> list[str]:
    """axe-core's WCAG 2.1 AA violations of ``impacts`` on the page as it is now."""
    page.add_script_tag(content=_require(AXE_JS).read_text(encoding="utf-8"))
    result = page.evaluate(
        """async () => await axe.run(document, {
            runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}
        })"""
    )
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at "
        + ", ".join(" ".join(node["target"]) for node in v["nodes"][:3])
        for v in result["violations"]
        if v["impact"] in impacts
    ]


def axe_results(page) -> tuple[list[str], list[str]]:
    """axe-core's WCAG 2.1 AA violations as (serious or critical, the rest), under the CSP.

    axe is evaluated through Playwright's debugging channel, which the
    page's Content Security Policy does not govern: the page is checked as
    it is served, with no exception made for the checker.
    """
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.evaluate(_require(AXE_JS).read_text(encoding="utf-8") + "\n;undefined")
    result = page.evaluate(
        """async () => await axe.run(document, {
            runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}
        })"""
    )
    serious, others = [], []
    for v in result["violations"]:
        line = f"{v['id']} ({v['impact']}): {v['help']} at " + ", ".join(
            " ".join(node["target"]) for node in v["nodes"][:3]
        )
        (serious if v["impact"] in ("serious", "critical") else others).append(line)
    return serious, others
