"""Read replicas for real: a PostgreSQL primary and a streaming standby.

The test makes both (tests/portal/pg_clusters.py), migrates the primary,
copies it with ``pg_basebackup -R``, and drives a Django process whose
``DATABASE_URL`` is the primary and ``DATABASE_REPLICA_URLS`` the standby
(tests/portal/replica_driver.py). The standby's replay is paused while a row
is written on the primary: that row is on one side only, so which side a
read went to shows in what it saw, beside the alias that ran each query and
``pg_is_in_recovery()`` on it.

Without PostgreSQL's server programs this fails rather than skips.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .pg_clusters import primary_and_standby

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.servers
ANSWER_TIMEOUT = 30


def _env(**overrides) -> dict:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DJANGO_", "DATABASE_", "TEST_CACHE", "PYTEST_"))
    }
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings.test",
        # The process's cache is its own: nothing shared with other tests.
        TEST_CACHE_URL="locmemcache://replicas",
        **overrides,
    )
    return env


def _migrate(url: str) -> None:
    result = subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput", "-v0"],
        cwd=ROOT,
        env=_env(DATABASE_URL=url),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-3000:]


class DjangoProcess:
    def __init__(self, env):
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.portal.replica_driver"],
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        first = self._answer()
        assert first == {"ready": True}, first

    def _answer(self):
        line = self.process.stdout.readline()
        if not line:
            self.process.wait(timeout=ANSWER_TIMEOUT)
            pytest.fail(f"The Django process ended:\n{self.process.stderr.read()[-3000:]}")
        return json.loads(line)

    def ask(self, do, **arguments):
        self.process.stdin.write(json.dumps({"do": do, **arguments}) + "\n")
        self.process.stdin.flush()
        answer = self._answer()
        assert "error" not in answer, answer["error"]
        return answer["ok"]

    def close(self):
        self.process.stdin.close()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


@pytest.fixture(scope="module")
def pair():
    with primary_and_standby(prepare_primary=_migrate) as pair:
        yield pair


@pytest.fixture(scope="module")
def site(pair):
    process = DjangoProcess(
        _env(DATABASE_URL=pair.primary.url, DATABASE_REPLICA_URLS=pair.standby.url)
    )
    try:
        yield process
    finally:
        process.close()


def test_the_pair_is_a_primary_and_a_streaming_standby(pair, site):
    assert site.ask("recovery") == {"default": False, "replica1": True}
    assert pair.standby.query("SELECT status FROM pg_stat_wal_receiver") == "streaming"
    assert site.ask("migrates_on") == {"default": True, "replica1": False}


def test_reads_go_to_the_standby_and_a_writer_reads_its_writes(pair, site):
    site.ask("get", path="/")  # opens the standby's connection
    pair.caught_up()
    pair.standby.execute("SELECT pg_wal_replay_pause()")
    try:
        # A tag written on the primary alone: the standby stays behind.
        pair.primary.execute(
            "INSERT INTO articles_tag (name, slug, created_at, updated_at)"
            " VALUES ('Hanya Primer', 'hanya-primer', now(), now())"
        )
        assert pair.primary.query("SELECT count(*) FROM articles_tag WHERE slug='hanya-primer'")
        assert not pair.standby.query("SELECT count(*) FROM articles_tag WHERE slug='hanya-primer'")

        # A reader's GET reads the standby, which has no such tag.
        page = site.ask("get", path="/tag/hanya-primer/")
        assert page["status"] == 404
        assert page["aliases"] == ["replica1"]

        # A GET that writes reads its own write from the primary afterwards.
        both = site.ask("get", path="/uji-replika/tulis-baca/?slug=tulis-lalu-baca")["json"]
        assert both["before"] == {"alias": "replica1", "seen": False, "in_recovery": True}
        assert both["after"] == {"alias": "default", "seen": True, "in_recovery": False}
        # ...and the next request, having written nothing, reads the standby again.
        again = site.ask("get", path="/tag/tulis-lalu-baca/")
        assert (again["status"], again["aliases"]) == (404, ["replica1"])

        # Inside a transaction, reads stay on the primary.
        atomic = site.ask("get", path="/uji-replika/transaksi/")["json"]
        assert atomic == {"outside": "replica1", "inside": "default"}

        # An editor saves a tag in the admin (on the primary throughout);
        # the answer keeps that browser on the primary for a few seconds,
        # so the new tag's page is there at once.
        saved = site.ask(
            "post",
            path="/admin/articles/tag/add/",
            data={"name": "Baru Disimpan", "slug": "baru-disimpan"},
        )
        assert saved["status"] == 302
        assert saved["aliases"] == ["default"]
        assert saved["sticky_cookie"]
        fresh = site.ask("get", path="/tag/baru-disimpan/", client="staff")
        assert (fresh["status"], fresh["aliases"]) == (200, ["default"])
        # A reader without that cookie still reads the lagging standby.
        lagging = site.ask("get", path="/tag/baru-disimpan/")
        assert (lagging["status"], lagging["aliases"]) == (404, ["replica1"])
        # The admin reads the primary even without writing.
        admin = site.ask("get", path="/admin/articles/tag/", client="staff")
        assert (admin["status"], admin["aliases"]) == (200, ["default"])
    finally:
        pair.standby.execute("SELECT pg_wal_replay_resume()")
    pair.caught_up()
    caught_up = site.ask("get", path="/tag/hanya-primer/")
    assert (caught_up["status"], caught_up["aliases"]) == (200, ["replica1"])


def test_losing_the_standby_falls_back_to_the_primary(pair, site):
    before = site.ask("get", path="/tag/hilang/")
    assert before["aliases"] == ["replica1"]
    pair.primary.execute(
        "INSERT INTO articles_tag (name, slug, created_at, updated_at)"
        " VALUES ('Saat Siaga Mati', 'saat-siaga-mati', now(), now())"
    )
    pair.stop(pair.standby)
    try:
        # The kept connection to the standby is found dead, a new one is
        # refused: the page comes from the primary, without an error.
        fallback = site.ask("get", path="/tag/saat-siaga-mati/")
        assert (fallback["status"], fallback["aliases"]) == (200, ["default"])
        assert site.ask("down") == ["replica1"]
        # Remembered as down: the next requests do not try it again.
        for _ in range(3):
            page = site.ask("get", path="/")
            assert (page["status"], page["aliases"]) == (200, ["default"])
            assert page["seconds"] < 2
    finally:
        pair.start(pair.standby)
