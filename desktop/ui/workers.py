"""Background work for the window: a function run on a pool thread, its result sent back by signal.

Each job gets an immutable snapshot of what it needs (a frozen EntryFilter, plain values) and
opens its own connection to the journal: peewee connections are per thread, and WAL lets a
reader run beside the window's own connection. Results come back through a Qt signal, which
Qt queues onto the GUI thread.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, wait
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Any

from PySide6.QtCore import QObject, Signal

from desktop.store.errors import translated
from desktop.store.models import journal_db


class Workers(QObject):
    """A small pool of threads for the journal's slow reads; results arrive on the GUI thread."""

    _finished = Signal(int, bool, object)  # job number, succeeded, result or message

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="journal-reader")
        self._numbers = itertools.count(1)
        self._callbacks: dict[int, tuple[Callable[[Any], None], Callable[[str], None] | None]] = {}
        self._futures: set = set()  # type: ignore[type-arg]
        self._finished.connect(self._deliver)

    def run(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[str], None] | None = None,
    ) -> None:
        number = next(self._numbers)
        self._callbacks[number] = (on_done, on_error)
        future = self._pool.submit(self._job, number, work)
        self._futures.add(future)
        future.add_done_callback(self._futures.discard)

    def _job(self, number: int, work: Callable[[], Any]) -> None:
        database = journal_db.obj
        try:
            if database is None:
                raise RuntimeError("no journal is open")
            with database.connection_context(), translated():
                result = work()
        except Exception as error:  # reported to the window, which shows it in one line
            self._finished.emit(number, False, str(error))
        else:
            self._finished.emit(number, True, result)

    def _deliver(self, number: int, succeeded: bool, payload: object) -> None:
        on_done, on_error = self._callbacks.pop(number, (None, None))
        if succeeded and on_done is not None:
            on_done(payload)
        elif not succeeded and on_error is not None:
            on_error(str(payload))

    def wait(self, msecs: int = 10000) -> bool:
        """Block until every job has finished (used before the journal closes)."""
        try:
            done, pending = wait(list(self._futures), timeout=msecs / 1000)
        except FutureTimeout:
            return False
        return not pending
