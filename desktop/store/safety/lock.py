"""The one-instance lock of a journal: a `QLockFile` beside it, taken before the journal opens.

The window holds it for as long as the journal is open; commands that replace the journal file
(restore, encrypt, decrypt, rekey) take it too, so they never pull the file from under a window.
Only QtCore is used (no widgets): the lock is about the journal's files, not about the screen.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop.store.journal.errors import JournalLocked, JournalReadOnly


def lock_path(journal: Path) -> Path:
    return journal.with_name(f"{journal.name}.lock")


def try_lock(journal: Path) -> Any | None:
    """The held QLockFile of `journal`, or None if another running program holds it.

    Raises JournalReadOnly if the lock cannot be written at all (a read-only folder).
    """
    from PySide6.QtCore import QLockFile

    journal.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    lock = QLockFile(str(lock_path(journal)))
    # Never treat a live holder's lock as stale because of its age; a dead holder's lock is
    # still recognised as stale (Qt checks whether its process is running).
    lock.setStaleLockTime(0)
    if lock.tryLock(0):
        return lock
    if lock.error() == QLockFile.LockError.LockFailedError:
        return None
    raise JournalReadOnly(f"cannot create the lock file beside the journal {journal}")


def lock_or_fail(journal: Path) -> Any:
    """Take the lock for a command that replaces the journal file, or say who has it."""
    lock = try_lock(journal)
    if lock is None:
        raise JournalLocked(f"the journal {journal} is open in Balance Journal; close its window first")
    return lock
