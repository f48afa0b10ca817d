"""Typed journal errors: what the user's environment caused, each with a message for the user.

Anything else that escapes the store is our bug, not the user's; callers report it as such.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import peewee
from sqlcipher3 import dbapi2 as sqlcipher


class JournalError(Exception):
    """A failure the user can understand and act on; `str()` is a one-line message."""


class JournalMissing(JournalError):
    pass


class NotAJournal(JournalError):
    pass


class JournalLocked(JournalError):
    pass


class JournalReadOnly(JournalError):
    pass


class DiskFull(JournalError):
    pass


class DiskError(JournalError):
    """The disk itself reported an input/output error."""


class JournalDamaged(JournalError):
    pass


class NewerJournal(JournalError):
    pass


class PassphraseRequired(JournalError):
    pass


class WrongPassphrase(JournalError):
    pass


class MigrationFailed(JournalError):
    """Updating the journal to this version's schema failed; the journal was left as it was."""


class EntryNotFound(JournalError):
    pass


class InvalidValue(JournalError):
    """Input the store refuses (a bad slug, an unknown theme); nothing was changed."""


def _messages(error: BaseException) -> str:
    """All messages along the exception chain, lowercased: peewee may wrap the real cause."""
    parts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        parts.append(str(current).lower())
        current = current.__cause__ or current.__context__
    return " | ".join(parts)


def _nearly_full(path: Path) -> bool:
    folder = path if path.is_dir() else path.parent
    try:
        stats = os.statvfs(folder)
    except OSError:
        return False
    return stats.f_bavail * stats.f_frsize < 256 * 1024


def classify(error: BaseException, path: Path | None = None) -> JournalError | None:
    """The typed error for a database failure caused by the environment, or None if it is ours."""
    if isinstance(error, JournalError):
        return error
    if not isinstance(error, peewee.DatabaseError | sqlite3.Error | sqlcipher.Error | OSError):
        return None
    text = _messages(error)
    where = f" ({path})" if path else ""
    if isinstance(error, OSError) and error.errno == errno.ENOSPC:
        text += " | disk is full"
    if isinstance(error, OSError) and error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        text += " | read-only"
    if "disk i/o error" in text and path is not None and _nearly_full(path):
        text += " | disk is full"  # SQLite says only "I/O error" when it cannot grow the -shm
    if "disk is full" in text or "no space left" in text:
        return DiskFull(f"the disk is full; nothing was saved{where}")
    if "is locked" in text or "database is busy" in text:
        return JournalLocked(f"the journal is busy in another program; try again{where}")
    if "readonly" in text or "read-only" in text or "permission denied" in text:
        return JournalReadOnly(f"the journal is read-only; nothing was saved{where}")
    if "file is not a database" in text or "file is encrypted" in text:
        return NotAJournal(f"not a Balance Journal file{where}")
    if "malformed" in text or "corrupt" in text:
        return JournalDamaged(f"the journal file is damaged{where}")
    if "unable to open database" in text:
        return JournalReadOnly(f"the journal cannot be opened{where}")
    return None


@contextmanager
def translated(path: Path | None = None) -> Iterator[None]:
    """Re-raise environment failures from inside the block as typed JournalErrors."""
    try:
        yield
    except JournalError:
        raise
    except Exception as error:
        typed = classify(error, path)
        if typed is None:
            raise
        raise typed from error


class ReportingAtomic(peewee._atomic):
    """A transaction that reports what the environment did to it as a typed JournalError.

    peewee may hide the real cause (say SQLITE_FULL) behind the error of the rollback that
    follows it, so the whole exception chain is classified, not just the last error.
    """

    def __enter__(self) -> Any:
        with translated(Path(self.db.database)):  # BEGIN IMMEDIATE meets a lock here
            return super().__enter__()

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> Any:
        path = Path(self.db.database)
        with translated(path):  # a failed COMMIT or ROLLBACK, classified with its whole chain
            suppressed = super().__exit__(exc_type, exc, tb)
        if exc is not None and not isinstance(exc, JournalError):
            typed = classify(exc, path)
            if typed is not None:
                raise typed from exc
        return suppressed
