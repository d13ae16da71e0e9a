"""The embedded default's file cache counts and adds atomically across processes."""

import multiprocessing

from portal.file_cache import LockedFileCache

PROCESSES = 6
EACH = 60


def _count(folder: str) -> None:
    cache = LockedFileCache(folder, {})
    for _ in range(EACH):
        cache.incr("hits")


def _add(folder: str, results) -> None:
    results.put(LockedFileCache(folder, {}).add("ticket", "used"))


def _run(target, *args) -> None:
    fork = multiprocessing.get_context("fork")
    workers = [fork.Process(target=target, args=args) for _ in range(PROCESSES)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
        assert worker.exitcode == 0


def test_counts_from_several_processes_at_once_are_all_kept(tmp_path):
    cache = LockedFileCache(str(tmp_path), {})
    cache.set("hits", 0)
    _run(_count, str(tmp_path))
    assert cache.get("hits") == PROCESSES * EACH


def test_one_key_is_added_by_one_process_only(tmp_path):
    results = multiprocessing.get_context("fork").Queue()
    for round_ in range(5):
        folder = tmp_path / str(round_)
        _run(_add, str(folder), results)
        added = [results.get(timeout=10) for _ in range(PROCESSES)]
        assert added.count(True) == 1
