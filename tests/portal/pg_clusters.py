"""A throwaway PostgreSQL primary and its streaming standby, on loopback ports.

Both are made with the server's own tools, as a production pair is:
``initdb`` for the primary, ``pg_basebackup -R`` (which writes the
standby's connection to the primary) for the standby. They run as the
``postgres`` user when the tests run as root (the server refuses root), in a
temp folder removed afterwards, with durability off (it is thrown away).

The system's server on 5432 is not used as the primary: its pg_hba.conf
takes no replication connections, and a base backup would copy every
database it holds.
"""

import glob
import os
import shutil
import subprocess
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest

from .production_env import free_port

COMMAND_TIMEOUT = 60
DATABASE = "kabar"
SERVER_OPTIONS = (
    "-c listen_addresses=127.0.0.1 -c fsync=off "
    "-c full_page_writes=off -c shared_buffers=16MB -c max_connections=30"
)


@dataclass
class Cluster:
    name: str
    folder: Path
    port: int

    @property
    def url(self) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/{DATABASE}"

    def query(self, sql: str):
        """The first column of the first row of ``sql``, in autocommit."""
        with psycopg.connect(self.url, autocommit=True, connect_timeout=5) as conn:
            return conn.execute(sql).fetchone()[0]

    def execute(self, sql: str) -> None:
        with psycopg.connect(self.url, autocommit=True, connect_timeout=5) as conn:
            conn.execute(sql)


def _bin_dir() -> Path:
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0,
    )
    if not found:
        pytest.fail(
            "PostgreSQL's server programs (initdb, pg_ctl, pg_basebackup) are missing "
            "under /usr/lib/postgresql/*/bin: install Debian's postgresql package."
        )
    return Path(found[-1]).parent


def _as_postgres() -> list[str]:
    if os.geteuid() != 0:
        return []
    runuser = shutil.which("runuser")
    if not runuser:
        pytest.fail("Running as root, the tests need runuser to start PostgreSQL as postgres.")
    return [runuser, "-u", "postgres", "--"]


def _run(*args) -> None:
    result = subprocess.run(
        [*_as_postgres(), *map(str, args)],
        capture_output=True,
        text=True,
        timeout=COMMAND_TIMEOUT,
    )
    if result.returncode:
        pytest.fail(f"{Path(str(args[0])).name} failed:\n{result.stdout}\n{result.stderr}")


class Pair:
    """The primary and the standby; ``stop(standby)`` stops one at once."""

    def __init__(self, root: Path):
        self.bin = _bin_dir()
        self.root = root
        self.primary = Cluster("primary", root / "primary", free_port())
        self.standby = Cluster("standby", root / "standby", free_port())

    def start(self, cluster: Cluster) -> None:
        _run(
            self.bin / "pg_ctl",
            "-D",
            cluster.folder,
            "-l",
            self.root / f"{cluster.name}.log",
            "-w",
            "-t",
            "30",
            "-o",
            f"-p {cluster.port} -k {self.root} {SERVER_OPTIONS}",
            "start",
        )

    def stop(self, cluster: Cluster, mode: str = "fast") -> None:
        subprocess.run(
            [*_as_postgres(), str(self.bin / "pg_ctl"), "-D", str(cluster.folder)]
            + ["-m", mode, "-w", "-t", "30", "stop"],
            capture_output=True,
            timeout=COMMAND_TIMEOUT,
        )

    def make_primary(self) -> None:
        _run(
            self.bin / "initdb",
            *("-D", self.primary.folder, "-A", "trust", "-U", "postgres", "-E", "UTF8"),
            "--no-sync",
        )
        self.start(self.primary)
        with psycopg.connect(
            f"postgres://postgres@127.0.0.1:{self.primary.port}/postgres", autocommit=True
        ) as conn:
            conn.execute(f"CREATE DATABASE {DATABASE}")

    def make_standby(self) -> None:
        # -R writes primary_conninfo and standby.signal; -c fast checkpoints at once.
        _run(
            self.bin / "pg_basebackup",
            "-h",
            "127.0.0.1",
            "-p",
            self.primary.port,
            "-U",
            "postgres",
            "-D",
            self.standby.folder,
            "-R",
            "-X",
            "stream",
            "-c",
            "fast",
            "--no-sync",
        )
        self.start(self.standby)

    def caught_up(self, timeout: float = 20) -> None:
        """Wait until the standby has replayed everything the primary wrote so far."""
        target = self.primary.query("SELECT pg_current_wal_lsn()::text")
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.standby.query(f"SELECT pg_last_wal_replay_lsn() >= '{target}'::pg_lsn"):
                return
            time.sleep(0.05)
        pytest.fail(f"The standby did not catch up with the primary.\n{self.logs()}")

    def logs(self) -> str:
        return "\n".join(
            f"--- {path.name}\n{path.read_text(errors='replace')[-2000:]}"
            for path in sorted(self.root.glob("*.log"))
        )


@contextmanager
def primary_and_standby(prepare_primary=None):
    """A running pair; ``prepare_primary(url)`` runs before the standby is copied.

    Both servers are stopped and their folder removed on the way out, failed or not.
    """
    root = Path(tempfile.mkdtemp(prefix="kabar-pg-"))
    pair = None
    try:
        if os.geteuid() == 0:
            shutil.chown(root, "postgres", "postgres")
        root.chmod(0o700)
        pair = Pair(root)
        pair.make_primary()
        if prepare_primary:
            prepare_primary(pair.primary.url)
        pair.make_standby()
        yield pair
    finally:
        if pair is not None:
            pair.stop(pair.standby, "immediate")
            pair.stop(pair.primary, "immediate")
        shutil.rmtree(root, ignore_errors=True)
