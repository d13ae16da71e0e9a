"""The import-cycle check CI runs: it passes on the project and catches a cycle."""

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def checker():
    spec = importlib.util.spec_from_file_location("import_cycles", ROOT / ".ci/import_cycles.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)


def test_the_project_has_no_import_cycle(checker):
    graph = checker.import_graph(ROOT)
    assert "articles.poll.models" in graph
    assert checker.cycles(graph) == []


def test_article_models_do_not_import_the_poll_or_comments(checker):
    graph = checker.import_graph(ROOT)
    reachable, to_visit = set(), ["articles.models"]
    while to_visit:
        module = to_visit.pop()
        if module not in reachable:
            reachable.add(module)
            to_visit.extend(graph[module])
    assert not {m for m in reachable if m.startswith(("articles.poll", "comments"))}


def test_a_template_tag_never_imports_a_view(checker):
    graph = checker.import_graph(ROOT)
    tags = [m for m in graph if ".templatetags." in m]
    assert tags
    for module in tags:
        assert not [t for t in graph[module] if t.rsplit(".", 1)[-1] == "views"], module


@pytest.mark.parametrize(
    "files, cycle",
    [
        (
            {"app/__init__.py": "", "app/a.py": "from . import b\n", "app/b.py": "import app.a\n"},
            ["app.a", "app.b"],
        ),
        (
            # Inside a function still counts; so does "from pkg import module".
            {
                "app/__init__.py": "",
                "app/x/__init__.py": "",
                "app/x/m.py": "def f():\n    from ..y import n\n",
                "app/y/__init__.py": "",
                "app/y/n.py": "from app.x import m\n",
            },
            ["app.x.m", "app.y.n"],
        ),
        (
            # A package whose __init__ imports a module that imports the package.
            {"app/__init__.py": "from .c import C\n", "app/c.py": "import app\nC = 1\n"},
            ["app", "app.c"],
        ),
    ],
)
def test_a_cycle_is_found(checker, tmp_path, files, cycle):
    _write(tmp_path, files)
    assert checker.cycles(checker.import_graph(tmp_path, ("app",))) == [cycle]
    assert checker.main(["import_cycles", str(tmp_path), "app"]) == 1


def test_one_way_imports_pass(checker, tmp_path):
    _write(tmp_path, {"app/__init__.py": "", "app/a.py": "from . import b\n", "app/b.py": ""})
    assert checker.main(["import_cycles", str(tmp_path), "app"]) == 0


def test_portal_imports_no_feature_app(checker):
    graph = checker.import_graph(ROOT)
    feature = ("articles", "comments")
    found = {
        (module, imported)
        for module, imports in graph.items()
        if module.split(".")[0] == "portal"
        for imported in imports
        if imported.split(".")[0] in feature
    }
    assert "portal.page_cache.middleware" in graph
    assert found == set()
