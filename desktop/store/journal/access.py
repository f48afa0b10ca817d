"""Using a journal from any thread: the one already open, or opened just for the work."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

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
