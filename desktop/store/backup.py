"""Verified copies of a journal, made with SQLite's backup API (never by copying the live file)."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

from peewee import Database

from desktop.store.errors import JournalDamaged


def verify_copy(path: Path) -> None:
    """Raise JournalDamaged unless the file at `path` passes SQLite's integrity check."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        result = conn.execute("PRAGMA integrity_check").fetchone()
    except sqlite3.DatabaseError as error:
        raise JournalDamaged(f"the backup {path} cannot be read: {error}") from error
    finally:
        conn.close()
    if not result or result[0] != "ok":
        raise JournalDamaged(f"the backup {path} failed its integrity check")


def backup_database(db: Database, dest: Path) -> Path:
    """Copy the open journal to `dest` through a temporary name, verify it, then rename it."""
    dest.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = dest.with_name(f".{dest.name}.partial")
    tmp.unlink(missing_ok=True)
    fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    try:
        target = sqlite3.connect(tmp)
        try:
            db.connection().backup(target)
        finally:
            target.close()
        verify_copy(tmp)
        os.replace(tmp, dest)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return dest


def timestamped_name(journal: Path, reason: str) -> str:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return f"{journal.stem}-{stamp}-{reason}.db"
