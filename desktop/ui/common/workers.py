"""Background work for the window: a function run on a pool thread, its result sent back by signal.

Each job gets an immutable snapshot of what it needs (a frozen EntryFilter, plain values) and
opens its own connection to the journal: peewee connections are per thread, and WAL lets a
reader run beside the window's own connection.

A job that fails with a JournalError reports its one-line message. Anything else is our bug: its
traceback goes to the log (desktop/logs.py) and the window is told so in one line that names the
log file and holds no journal text.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from desktop import logs
from desktop.store.journal.errors import JournalError, translated
from desktop.store.journal.opening import thread_connection


def report_unexpected(error: BaseException, where: str = "a background job") -> str:
    """Log `error` (our bug) with its traceback; the translated one-line message for the user.

    The message names the log file, which is how the error box knows to offer the log folder.
    """
    kind, path = type(error).__name__, str(logs.log_file())
    if logs.write_unexpected(error, where):
        text = QCoreApplication.translate(
            "Workers", "an unexpected problem happened ({0}); its details were written to {1}"
        )
    else:
        text = QCoreApplication.translate(
            "Workers", "an unexpected problem happened ({0}), and it could not be written to {1}"
        )
    return text.format(kind, path)


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(str)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            with thread_connection(), translated():
                result = self._work()
        except JournalError as error:  # the user's environment: its message says what to do
            self._relay.failed.emit(str(error))
        except Exception as error:  # our bug: its message may quote the journal, so it stays out
            self._relay.failed.emit(report_unexpected(error))
        else:
            self._relay.done.emit(result)


class Workers(QObject):
    """A small pool of threads for the journal's slow reads; results arrive on the GUI thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._relays: set[_Relay] = set()

    def run(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[str], None] | None = None,
    ) -> None:
        relay = _Relay()
        self._relays.add(relay)  # kept alive until the job reports

        def finish(result: object) -> None:
            self._relays.discard(relay)
            on_done(result)

        def fail(message: str) -> None:
            self._relays.discard(relay)
            if on_error is not None:
                on_error(message)

        relay.done.connect(finish)
        relay.failed.connect(fail)
        self._pool.start(_Job(work, relay))

    def wait(self, msecs: int = -1) -> bool:
        """Block until every job has finished (before the journal closes or its file is
        replaced). No time limit by default: a job still copying the journal when its file is
        encrypted or restored would leave a copy of the old file behind."""
        return self._pool.waitForDone(msecs)
