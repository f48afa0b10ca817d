"""Typed journal errors: what the user's environment caused, each with a message for the user.

Anything else that escapes the store is our bug, not the user's; callers report it as such.
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

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
