"""Typed journal errors: what the user's environment caused, each with a message for the user.

SQLite says what went wrong by result code (SQLITE_FULL, SQLITE_BUSY, ...); `classify` reads the
code, and the message only where no code came with the error. Anything else that escapes the
store is our bug, not the user's; callers report it as such.
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

from desktop.store.journal import check_record


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


class JournalClosed(JournalError):
    """No journal is open: the window closed it to replace its file (encrypting, restoring)."""


class EntryNotFound(JournalError):
    pass


class InvalidValue(JournalError):
    """Input the store refuses (a bad slug, an unknown theme); nothing was changed."""


# What SQLite's primary result codes (the low byte of an extended code) mean for the user, most
# telling first: when a failure brings others along (a rollback failing after a full disk), the
# first cause found here is the one reported. A code not listed is our bug, not the user's
# environment: SQLITE_ERROR (bad SQL), SQLITE_MISUSE, SQLITE_CONSTRAINT, SQLITE_RANGE, ...
_ENVIRONMENT: dict[int, tuple[type[JournalError], str]] = {
    sqlite3.SQLITE_FULL: (DiskFull, "the disk is full; nothing was saved"),
    sqlite3.SQLITE_IOERR: (DiskError, "the disk reported an input/output error; nothing was saved"),
    sqlite3.SQLITE_BUSY: (JournalLocked, "the journal is busy in another program; try again"),
    sqlite3.SQLITE_LOCKED: (JournalLocked, "the journal is busy in another program; try again"),
    sqlite3.SQLITE_PROTOCOL: (JournalLocked, "the journal is busy in another program; try again"),
    sqlite3.SQLITE_READONLY: (JournalReadOnly, "the journal is read-only; nothing was saved"),
    sqlite3.SQLITE_PERM: (JournalReadOnly, "the journal is read-only; nothing was saved"),
    sqlite3.SQLITE_NOTADB: (NotAJournal, "not a Balance Journal file"),
    sqlite3.SQLITE_CORRUPT: (JournalDamaged, "the journal file is damaged"),
    sqlite3.SQLITE_CANTOPEN: (JournalReadOnly, "the journal cannot be opened"),
}
_RANK = {code: rank for rank, code in enumerate(_ENVIRONMENT)}

# Used only for a failure that carries no result code: one peewee raised itself, or rebuilt
# from a message. Same order as above.
_MESSAGES: tuple[tuple[tuple[str, ...], int], ...] = (
    (("disk is full", "no space left"), sqlite3.SQLITE_FULL),
    (("is locked", "database is busy"), sqlite3.SQLITE_BUSY),
    (("readonly", "read-only", "permission denied"), sqlite3.SQLITE_READONLY),
    (("file is not a database", "file is encrypted"), sqlite3.SQLITE_NOTADB),
    (("malformed", "corrupt"), sqlite3.SQLITE_CORRUPT),
    (("disk i/o error",), sqlite3.SQLITE_IOERR),
    (("unable to open database",), sqlite3.SQLITE_CANTOPEN),
)

_OS_ERRORS = {
    errno.ENOSPC: sqlite3.SQLITE_FULL,
    getattr(errno, "EDQUOT", errno.ENOSPC): sqlite3.SQLITE_FULL,  # over quota: full, for this user
    errno.EIO: sqlite3.SQLITE_IOERR,
    errno.EROFS: sqlite3.SQLITE_READONLY,
    errno.EACCES: sqlite3.SQLITE_READONLY,
    errno.EPERM: sqlite3.SQLITE_READONLY,
}

_DATABASE_ERRORS = (peewee.DatabaseError, peewee.InterfaceError, sqlite3.Error, sqlcipher.Error)


def _chain(error: BaseException) -> list[BaseException]:
    """The error and everything behind it: its cause or context, and the driver's error that
    peewee keeps as `orig` when it re-raises one of its own."""
    found: list[BaseException] = []
    waiting: list[BaseException | None] = [error]
    while waiting:
        current = waiting.pop(0)
        if current is None or any(current is seen for seen in found):
            continue
        found.append(current)
        waiting += [getattr(current, "orig", None), current.__cause__ or current.__context__]
    return found


def is_not_a_database(error: BaseException) -> bool:
    """SQLite could not read the file as a database: with a key, the key is wrong."""
    code = sqlite_code(error)
    return code is not None and code & 0xFF == sqlite3.SQLITE_NOTADB


def sqlite_code(error: BaseException) -> int | None:
    """The SQLite result code `error` carries (its extended code), or None: sqlite3 and
    SQLCipher set `sqlite_errorcode`; peewee's own errors keep the driver's as `orig`."""
    for carrier in (error, getattr(error, "orig", None)):
        code = getattr(carrier, "sqlite_errorcode", None)
        if isinstance(code, int):
            return code
    return None


def _code_by_message(error: BaseException) -> int | None:
    text = str(error).lower()
    for phrases, code in _MESSAGES:
        if any(phrase in text for phrase in phrases):
            return code
    return None


def _environment_codes(error: BaseException) -> list[int]:
    """The primary codes along the chain that the environment explains (in `_ENVIRONMENT`)."""
    codes: list[int] = []
    for link in _chain(error):
        if isinstance(link, OSError):
            code = _OS_ERRORS.get(link.errno or 0)
        elif not isinstance(link, _DATABASE_ERRORS):
            continue
        else:
            full = sqlite_code(link)
            # A code, when there is one, is the truth: the message is only for people.
            code = (full & 0xFF) if full is not None else _code_by_message(link)
        if code in _ENVIRONMENT:
            codes.append(code)
    return codes


def _nearly_full(path: Path) -> bool:
    folder = path if path.is_dir() else path.parent
    try:
        stats = os.statvfs(folder)
    except OSError:
        return False
    return stats.f_bavail * stats.f_frsize < 256 * 1024


def classify(error: BaseException, path: Path | None = None) -> JournalError | None:
    """The typed error for a database failure the user's environment caused (a full or failing
    disk, a read-only file, a lock, a damaged file), or None if it is our bug."""
    if isinstance(error, JournalError):
        return error
    if not isinstance(error, (*_DATABASE_ERRORS, OSError)):
        return None
    codes = _environment_codes(error)
    if not codes:
        return None
    code = min(codes, key=_RANK.__getitem__)
    if code == sqlite3.SQLITE_IOERR and path is not None and _nearly_full(path):
        code = sqlite3.SQLITE_FULL  # SQLite says only "I/O error" when it cannot grow the -shm
    kind, message = _ENVIRONMENT[code]
    where = f" ({path})" if path else ""
    if kind is JournalDamaged and path is not None:
        mark_damaged(path)
    return kind(message + where)


# Journals found damaged in this process: they refuse every write from then on.
_damaged: set[str] = set()


def mark_damaged(path: Path) -> None:
    """Damage was found in `path`: refuse writes to it here, and check it whole at its next
    opening anywhere on this computer (its record of soundness is dropped)."""
    _damaged.add(str(Path(path).absolute()))
    check_record.forget(path)


def damage_seen(path: Path) -> bool:
    return str(Path(path).absolute()) in _damaged


def clear_damage(path: Path) -> None:
    """The whole file was checked again and found sound (say, after a restore)."""
    _damaged.discard(str(Path(path).absolute()))


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
        path = Path(self.db.database)
        if damage_seen(path):
            # Writing into a damaged file can spread the damage over entries that are whole.
            raise JournalDamaged(
                f"the journal {path} is damaged; nothing was saved (restore a backup, or copy your text out)"
            )
        with translated(path):  # BEGIN IMMEDIATE meets a lock here
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
