"""A database's files on disk as a whole: the file and the side files SQLite keeps beside it.

Restoring, converting and backing up each put a finished database in place of another, create
new private files and clean up after a failure; they do it with these, so no step forgets the
-wal of a file or a power cut in the middle of a rename.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from desktop.domain.atomic_files import PRIVATE_MODE, replace_atomically
from desktop.store.journal.errors import JournalLocked
from desktop.store.journal.paths import database_files, side_files


def create_private_file(path: Path) -> None:
    """Create the empty file `path`, readable by the user alone; FileExistsError if it exists.

    SQLite would create a missing database with the umask's mode, often readable by everyone.
    """
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_MODE)
    os.close(fd)


def remove_database_files(database: Path) -> None:
    """Remove a database and its side files, those that exist: a database half removed (its
    -wal left behind) would hand its last writes to the next file made under that name."""
    for path in database_files(database):
        path.unlink(missing_ok=True)


def checkpoint_and_close(conn: Any, path: Path) -> None:
    """Fold the WAL of `conn`'s database into its file and close it, so the file alone holds
    everything; JournalLocked if another program's connection keeps the WAL in use."""
    busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    conn.close()
    if busy and busy[0]:
        raise JournalLocked(f"the journal {path} is open in another program; close it first")


def replace_database_file(source: Path, target: Path) -> None:
    """Put the finished database `source` in place of `target`, in one durable step.

    The target's spent side files go first: a -wal left beside the new file would be taken as
    the new file's own and replayed into it. The target must have been checkpointed and closed.
    """
    for side in side_files(target):
        side.unlink(missing_ok=True)
    replace_atomically(source, target)
