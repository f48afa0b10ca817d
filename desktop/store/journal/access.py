"""Using a journal from any thread: the one already open, or opened just for the work; reads
another thread can cancel; and a connection apart, for another process."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from desktop.store.journal.errors import JournalMissing, sqlite_code
from desktop.store.journal.models import journal_db
from desktop.store.journal.opening import open_journal


def _same_file(a: str | Path, b: str | Path) -> bool:
    return Path(a).resolve() == Path(b).resolve()


@contextmanager
def journal_session(path: Path, *, create: bool = False) -> Iterator[None]:
    """Run the block against the journal at `path`.

    If the window already has that journal open, its database is used: peewee gives each thread
    its own connection, and a worker thread's connection is closed at the end of the block.
    Otherwise the journal is opened for the block and closed after it.
    """
    current = journal_db.obj
    if current is not None and _same_file(current.database, path):
        try:
            yield
        finally:
            if threading.current_thread() is not threading.main_thread():
                current.close()  # this thread's own connection only
        return
    with open_journal(Path(path), create=create):
        yield


class ReadCancelled(Exception):
    """The read was cancelled from another thread (see `Cancel`)."""


class Cancel:
    """Cancels a read running on another thread: `cancel()` interrupts its SQLite statement.

    The window counts a search's matches while the user types on; the count of a prefix already
    typed past held a worker for a tenth of a second at a million entries, and the next key's
    page waited behind it.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._connection: object | None = None
        self.cancelled = False

    def cancel(self) -> None:
        with self._lock:
            self.cancelled = True
            if self._connection is not None:
                self._connection.interrupt()  # type: ignore[attr-defined]  # safe from any thread


@contextmanager
def cancellable(handle: Cancel) -> Iterator[None]:
    """Run the block on this thread's connection so that `handle.cancel()` stops it; raises
    ReadCancelled if it was cancelled before or while it ran."""
    connection = journal_db.connection()
    with handle._lock:
        if handle.cancelled:
            raise ReadCancelled
        handle._connection = connection
    try:
        yield
    except Exception as error:
        code = sqlite_code(error)
        if handle.cancelled and code is not None and code & 0xFF == sqlite3.SQLITE_INTERRUPT:
            raise ReadCancelled from None
        raise
    finally:
        with handle._lock:
            handle._connection = None


def separate_connection() -> Any:
    """A DB-API connection of its own to the open journal, made as the journal's connections
    are (key, pragmas, functions) and closed by the caller: for a process forked to read beside
    this one, which must not touch the connections it inherited. JournalMissing if none is open."""
    database = journal_db.obj
    if database is None:
        raise JournalMissing("no journal is open")
    return database._connect()


def commits_by_others() -> int:
    """SQLite's `data_version` on this thread's connection: two readings differ exactly when
    another connection committed between them."""
    return int(journal_db.execute_sql("PRAGMA data_version").fetchone()[0])
