"""The page cache core's size: lines at a past commit and in the working tree.

    .venv/bin/python bench/core_size.py [OLD_COMMIT]

For each group of files it prints three counts: every line; lines left
without blank and comment-only lines; and lines left without docstrings
either (the code alone). The old core is ``articles/page_cache/`` at
OLD_COMMIT (default d4b72c8, the last commit before it moved to
``portal/page_cache/``). Like is counted with like: what the old core held
that now lives beside the feature apps (the receivers announcing keys, the
next publication time) is counted apart on both sides, as "feature glue".
"""

import ast
import io
import subprocess
import sys
import tokenize
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OLD = "d4b72c8"

# (group, files at OLD_COMMIT, files now)
GROUPS = [
    (
        "core",
        [
            "articles/page_cache/__init__.py",
            "articles/page_cache/cdn.py",
            "articles/page_cache/decorators.py",
            "articles/page_cache/encoding.py",
            "articles/page_cache/invalidation.py",
            "articles/page_cache/keys.py",
            "articles/page_cache/personal.py",
            "articles/page_cache/shared_data.py",
            "articles/page_cache/tasks.py",
        ],
        "portal/page_cache/*.py",
    ),
    (
        "feature glue",
        ["articles/page_cache/receivers.py", "articles/page_cache/schedule.py"],
        ["articles/page_keys.py", "articles/page_changes.py", "articles/schedule.py"],
    ),
]


def counts(source: str) -> tuple[int, int, int]:
    """(all lines, without blank and comment lines, without docstrings too)."""
    lines = source.splitlines()
    code = set()
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type not in (
            tokenize.COMMENT,
            tokenize.NL,
            tokenize.NEWLINE,
            tokenize.INDENT,
            tokenize.DEDENT,
            tokenize.ENDMARKER,
        ):
            code.update(range(token.start[0], token.end[0] + 1))
    docstrings = set()
    for node in ast.walk(ast.parse(source)):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr):
            value = body[0].value
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                docstrings.update(range(body[0].lineno, body[0].end_lineno + 1))
    return len(lines), len(code), len(code - docstrings)


def old_source(commit: str, path: str) -> str:
    return subprocess.run(
        ["git", "show", f"{commit}:{path}"], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout


def new_paths(pattern) -> list[str]:
    if isinstance(pattern, list):
        return pattern
    return sorted(str(p.relative_to(ROOT)) for p in ROOT.glob(pattern))


def total(sources: list[str]) -> tuple[int, int, int, int]:
    summed = [sum(c) for c in zip(*(counts(s) for s in sources), strict=True)]
    return (len(sources), *summed)


def main() -> None:
    commit = sys.argv[1] if len(sys.argv) > 1 else OLD
    header = ("group", "side", "files", "lines", "no blank/#", "code only")
    print("{:<14} {:<8} {:>5} {:>6} {:>10} {:>9}".format(*header))
    for group, old_files, new_pattern in GROUPS:
        rows = [
            (commit, total([old_source(commit, path) for path in old_files])),
            ("now", total([(ROOT / p).read_text() for p in new_paths(new_pattern)])),
        ]
        for side, (files, lines, written, code) in rows:
            print(f"{group:<14} {side:<8} {files:>5} {lines:>6} {written:>10} {code:>9}")


if __name__ == "__main__":
    main()
