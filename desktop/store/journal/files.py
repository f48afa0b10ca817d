"""A database's files on disk as a whole: the file and the side files SQLite keeps beside it."""

from __future__ import annotations

from pathlib import Path

from desktop.store.journal.paths import database_files


def remove_database_files(database: Path) -> None:
    """Remove a database and its side files, those that exist: a database half removed (its
    -wal left behind) would hand its last writes to the next file made under that name."""
    for path in database_files(database):
        path.unlink(missing_ok=True)
