"""Helpers for the task tests: running a recorded task as a worker, a server that hangs."""

import socket
import threading
from contextlib import contextmanager

from django_tasks import TaskContext


def run_as_worker(result):
    """Run an enqueued (recorded) task as a worker does; what it raises, the worker sees."""
    return result.task.call(TaskContext(task_result=result), *result.args, **result.kwargs)


@contextmanager
def silent_server():
    """A TCP server on 127.0.0.1 that accepts connections and never says a word.

    Yields its port and the connections it holds, which are closed at the end.
    """
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    server.settimeout(0.2)
    held = []
    stop = threading.Event()

    def accept():
        while not stop.is_set():
            try:
                held.append(server.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield server.getsockname()[1], held
    finally:
        stop.set()
        thread.join()
        for conn in held:
            conn.close()
        server.close()
