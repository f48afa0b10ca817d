"""A read on another thread can be cancelled: the window stops counting a search typed past."""

from __future__ import annotations

import threading
import time

import pytest

from desktop.store.journal.access import Cancel, ReadCancelled, cancellable
from desktop.store.journal.models import journal_db
from desktop.store.journal.opening import thread_connection

# Seconds of work for SQLite alone, with nothing of the journal needed.
LONG_READ = (
    "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 300000000) "
    "SELECT count(*) FROM n"
)


def test_a_running_read_stops_when_cancelled(journal: object) -> None:
    cancel = Cancel()
    outcome: list[object] = []

    def read() -> None:
        with thread_connection():
            try:
                with cancellable(cancel):
                    outcome.append(journal_db.execute_sql(LONG_READ).fetchone())
            except ReadCancelled as error:
                outcome.append(error)

    worker = threading.Thread(target=read)
    started = time.monotonic()
    worker.start()
    time.sleep(0.2)
    cancel.cancel()
    worker.join(timeout=30)
    assert isinstance(outcome[0], ReadCancelled)
    assert time.monotonic() - started < 5  # the whole read would take far longer
    assert journal_db.execute_sql("SELECT 1").fetchone() == (1,)  # the journal reads on


def test_a_read_cancelled_before_it_starts_does_not_run(journal: object) -> None:
    cancel = Cancel()
    cancel.cancel()
    with pytest.raises(ReadCancelled), cancellable(cancel):
        journal_db.execute_sql(LONG_READ).fetchone()


def test_an_error_that_is_not_a_cancel_comes_through(journal: object) -> None:
    with pytest.raises(Exception, match="no such table"), cancellable(Cancel()):
        journal_db.execute_sql("SELECT * FROM no_such_table").fetchone()
