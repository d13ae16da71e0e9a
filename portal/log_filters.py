"""Logging filters the site's LOGGING uses."""

import logging


class WithoutTraceback(logging.Filter):
    """One line, no traceback: for refusals that are the client's doing (a bad Host).

    Every scanner on the internet sends a wrong ``Host``; a traceback for each
    would bury the errors that matter.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        record.exc_info = None
        record.exc_text = None
        record.stack_info = None
        return True
