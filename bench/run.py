"""Run every benchmark on SQLite, and on PostgreSQL when DATABASE_URL names it."""

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPTS = ["pages.py", "search.py", "comment_post.py"]


def main() -> int:
    failed = 0
    for script in SCRIPTS:
        print(f"\n== {script}", flush=True)
        failed |= subprocess.call([sys.executable, str(HERE / script), *sys.argv[1:]])
    return failed


if __name__ == "__main__":
    sys.exit(main())
