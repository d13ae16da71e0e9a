"""Running work in many threads at the same moment, each on its own connection."""

import threading

from django.db import connections


def run_at_once(work, n: int) -> list:
    """Run ``work(i)`` for i in 0..n-1 in ``n`` threads released together.

    Each thread uses its own database connection, closed when it finishes.
    Returns the results in order; any exception fails the calling test.
    """
    barrier = threading.Barrier(n)
    results: list = [None] * n
    errors: list = []

    def run(i):
        try:
            barrier.wait(timeout=60)
            results[i] = work(i)
        except Exception as exc:  # noqa: BLE001 - reported to the caller below
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(n)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not any(thread.is_alive() for thread in threads), "a thread never finished"
    assert not errors, errors
    return results
