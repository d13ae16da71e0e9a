"""A progress bar on a terminal; nothing at all when the output is not one."""

import time

_WIDTH = 30
_EVERY_SECONDS = 0.2


class Progress:
    """Shows how far through ``total`` bytes of the file a step is, on ``stream``."""

    def __init__(self, stream, total: int, label: str):
        self.stream = stream if stream is not None and _is_tty(stream) else None
        self.total = max(total, 1)
        self.label = label
        self._shown = 0.0

    def update(self, done: int, force: bool = False) -> None:
        if self.stream is None:
            return
        now = time.monotonic()
        if not force and now - self._shown < _EVERY_SECONDS:
            return
        self._shown = now
        share = min(done / self.total, 1.0)
        bar = "#" * int(share * _WIDTH)
        self.stream.write(f"\r{self.label:<10} [{bar:<{_WIDTH}}] {share:>4.0%}")
        self.stream.flush()

    def finish(self) -> None:
        if self.stream is not None:
            self.update(self.total, force=True)
            self.stream.write("\n")
            self.stream.flush()


def _is_tty(stream) -> bool:
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty and isatty())
    except ValueError:  # a closed stream
        return False


class CountingFile:
    """A binary file that counts the bytes read from it, for the progress bar."""

    def __init__(self, file, progress: Progress):
        self.file = file
        self.progress = progress
        self.done = 0

    def read(self, size: int = -1) -> bytes:
        data = self.file.read(size)
        self.done += len(data)
        self.progress.update(self.done)
        return data
