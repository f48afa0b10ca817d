"""Verified copies of a journal, made with SQLite's backup API (never by copying the live file).

A backup is written under a temporary name, checked with `PRAGMA integrity_check`, and only then
renamed into place, so a backup that exists is a backup that works. Backups of an encrypted
journal are encrypted with the same passphrase. Automatic backups (the first start of each day,
before every migration, before a restore) rotate: the newest N are kept, N being a setting of
the journal itself.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from peewee import Database
from sqlcipher3 import dbapi2 as sqlcipher

from desktop.domain.atomic_files import replace_atomically
from desktop.store.attachments.backup_store import keep_backup_attachments, prune_backup_store
from desktop.store.journal import settings
from desktop.store.journal.connection import FileKind, connect, file_kind, is_sqlcipher
from desktop.store.journal.errors import (
    JournalDamaged,
    JournalError,
    JournalReadOnly,
    WrongPassphrase,
    classify,
    is_not_a_database,
    translated,
)
from desktop.store.journal.files import create_private_file, remove_database_files
from desktop.store.journal.paths import backup_dir
from desktop.store.journal.progress import Progress, Stages

if TYPE_CHECKING:
    from desktop.store.journal.opening import Journal

KEEP_SETTING = "backups.keep"
DEFAULT_KEEP = 10
MANUAL = "manual"
DAMAGED = "damaged"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-\d+)?-(?P<reason>[a-z0-9-]+)\.db$")
_KEPT_FOREVER = (MANUAL, DAMAGED)  # a copy the user asked for, or a damaged journal set aside
# The backup API copies this share of the pages a step (so progress moves about a hundred times),
# but never fewer pages than this (each step has its cost).
_STEPS = 100
_MIN_STEP_PAGES = 64


@contextmanager
def reading_backup(path: Path, passphrase: str | None) -> Iterator[Any]:
    """A read-only connection to a backup, closed after the block; JournalDamaged if it will not
    open, WrongPassphrase if `passphrase` does not open it."""
    try:
        conn = connect(path, passphrase, read_only=True)
    except (sqlite3.Error, sqlcipher.Error) as error:
        raise JournalDamaged(f"the backup {path} cannot be opened: {error}") from None
    with closing(conn):
        yield conn


def verify_copy(path: Path, passphrase: str | None = None) -> None:
    """Raise unless the file at `path` opens (with `passphrase` if given) and passes the check.

    Raises WrongPassphrase if the passphrase does not open it, JournalDamaged for anything else.
    """
    with reading_backup(path, passphrase) as conn:
        try:
            result = conn.execute("PRAGMA integrity_check").fetchone()
        except (sqlite3.DatabaseError, sqlcipher.DatabaseError) as error:
            if passphrase is not None and is_not_a_database(error):
                raise WrongPassphrase(f"wrong passphrase for the backup {path}") from None
            raise JournalDamaged(f"the backup {path} is damaged ({error})") from None
    if not result or result[0] != "ok":
        raise JournalDamaged(f"the backup {path} is damaged (it fails its integrity check)")


def verify_backup_file(path: Path, passphrase: str | None = None) -> None:
    """Verify a backup of any kind: a plain one needs no passphrase, an encrypted one needs one."""
    kind = file_kind(path)
    if kind in (FileKind.MISSING, FileKind.EMPTY):
        raise JournalDamaged(f"the backup {path} is missing or empty")
    verify_copy(path, passphrase if kind is FileKind.ENCRYPTED else None)


def _target_connection(path: Path, passphrase: str | None, source: Any) -> Any:
    """A connection of the same driver as `source` (the backup API copies only between those)."""
    cipher = is_sqlcipher(source)
    return connect(path, passphrase if cipher else None, cipher=cipher)


@contextmanager
def _snapshot(conn: Any) -> Iterator[None]:
    """Keep `conn` in one read transaction for the block.

    The backup API copies a few pages a step; if another connection commits between two steps,
    it starts over (and with a busy writer, over and over). Inside a read transaction every step
    reads the state the first one saw, so the copy finishes, and is still of one moment.
    """
    if conn.in_transaction:
        yield  # the caller's transaction already holds one moment
        return
    conn.execute("BEGIN")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the moment starts here
        yield
    finally:
        conn.execute("ROLLBACK")


def copy_pages(source: Any, target: Any, progress: Progress | None = None) -> None:
    """Copy the database of `source` into `target` with SQLite's backup API, a slice of pages a
    step, reporting pages copied as `progress(done, total)`."""
    with _snapshot(source):
        total = int(source.execute("PRAGMA page_count").fetchone()[0])
        report = Stages(progress, [total]).stage(0)
        source.backup(
            target,
            pages=max(_MIN_STEP_PAGES, total // _STEPS),
            progress=lambda _status, remaining, count: report(count - remaining, count),
        )
        report(total, total)


def copy_connection(
    source: Any, dest: Path, passphrase: str | None = None, *, progress: Progress | None = None
) -> Path:
    """Copy an open DB-API connection to `dest`: temporary name, backup API, verify, rename.

    An encrypted source needs its passphrase, so the copy is encrypted with it too. `progress`
    hears of pages copied and then checked: `done` reaches `total` once the copy is in place.
    """
    try:
        dest.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as error:
        typed = classify(error, dest.parent)
        if isinstance(typed, JournalReadOnly):
            typed = JournalReadOnly(f"cannot make the backup folder {dest.parent}: it is read-only")
        raise typed or JournalError(
            f"cannot make the backup folder {dest.parent}: {error.strerror or error}"
        ) from error
    tmp = dest.with_name(f".{dest.name}.partial")
    with _backup_errors(dest), translated(dest):
        tmp.unlink(missing_ok=True)
        create_private_file(tmp)
        # Checking reads every page again: about as long as copying them.
        pages = int(source.execute("PRAGMA page_count").fetchone()[0])
        stages = Stages(progress, [pages, pages])
        try:
            target = _target_connection(tmp, passphrase, source)
            try:
                copy_pages(source, target, stages.stage(0))
                # The copy is a file at rest: no WAL, so reading it never leaves -wal/-shm behind.
                target.execute("PRAGMA journal_mode = DELETE")
            finally:
                target.close()
            verify_copy(tmp, passphrase)
            replace_atomically(tmp, dest)
            stages.finish()
        except BaseException:
            remove_database_files(tmp)  # SQLite's side files of the copy too
            raise
    return dest


@contextmanager
def _backup_errors(dest: Path) -> Iterator[None]:
    """A read-only folder is the backup's problem, not the journal's: say which it is."""
    try:
        yield
    except JournalReadOnly:
        raise JournalReadOnly(f"cannot write the backup {dest}: its folder is read-only") from None


def backup_database(
    db: Database, dest: Path, passphrase: str | None = None, *, progress: Progress | None = None
) -> Path:
    """Copy the open journal database to `dest` with the calling thread's connection (see
    `copy_connection`)."""
    return copy_connection(db.connection(), dest, passphrase, progress=progress)


def backup_journal(journal: Journal, dest: Path, *, progress: Progress | None = None) -> Path:
    """A verified copy of the open journal at `dest`, encrypted if the journal is, with its
    photos and files kept once in the backup folder's store (or beside a backup elsewhere)."""
    copied = backup_database(journal.db, dest, journal.passphrase, progress=progress)
    keep_backup_attachments(journal.path, copied, journal.passphrase)
    return copied


def timestamped_name(journal: Path, reason: str, when: datetime | None = None) -> str:
    stamp = (when or datetime.now()).strftime("%Y%m%d-%H%M%S")
    return f"{journal.stem}-{stamp}-{reason}.db"


def new_backup_path(journal: Path, reason: str) -> Path:
    """A fresh name in the journal's backup folder (two backups in one second do not collide)."""
    folder = backup_dir(journal)
    name = timestamped_name(journal, reason)
    candidate = folder / name
    counter = 1
    while candidate.exists():
        counter += 1
        candidate = folder / name.replace(f"-{reason}.db", f"-{counter}-{reason}.db")
    return candidate


def list_backups(journal: Path) -> list[Path]:
    """The journal's backups in its backup folder, newest first."""
    folder = backup_dir(journal)
    if not folder.is_dir():
        return []
    found = [p for p in folder.iterdir() if p.is_file() and _NAME.match(p.name)]
    return sorted(found, key=lambda p: (backup_time(p), p.stat().st_mtime_ns, p.name), reverse=True)


def backup_reason(path: Path) -> str:
    match = _NAME.match(path.name)
    return match.group("reason") if match else ""


def backup_time(path: Path) -> datetime:
    match = _NAME.match(path.name)
    if match:
        # By hand: strptime loads the locale's month and day names first, on each command's path.
        stamp = match.group("stamp")
        return datetime(
            int(stamp[0:4]),
            int(stamp[4:6]),
            int(stamp[6:8]),
            int(stamp[9:11]),
            int(stamp[11:13]),
            int(stamp[13:15]),
        )
    return datetime.fromtimestamp(path.stat().st_mtime)


def newest_verified_backup(journal: Path, passphrase: str | None = None) -> Path | None:
    """The newest backup that opens and passes its integrity check, or None."""
    for candidate in list_backups(journal):
        if backup_reason(candidate) == DAMAGED:
            continue
        try:
            verify_backup_file(candidate, passphrase)
        except JournalError:
            continue
        return candidate
    return None


def keep_count() -> int:
    """How many automatic backups the open journal keeps (a setting stored in the journal)."""
    value = settings.get(KEEP_SETTING, DEFAULT_KEEP)
    if isinstance(value, int) and not isinstance(value, bool) and value >= 1:
        return value
    return DEFAULT_KEEP


def set_keep_count(count: int) -> None:
    if count < 1:
        from desktop.store.journal.errors import InvalidValue

        raise InvalidValue(f"at least one backup must be kept, not {count}")
    settings.put(KEEP_SETTING, count)


def rotate(journal: Path, keep: int) -> list[Path]:
    """Remove all but the newest `keep` automatic backups; returns what was removed."""
    automatic = [p for p in list_backups(journal) if backup_reason(p) not in _KEPT_FOREVER]
    removed = automatic[keep:]
    for old in removed:
        old.unlink(missing_ok=True)
    return removed


def make_automatic_backup(journal: Journal, reason: str, *, progress: Progress | None = None) -> Path:
    """A verified backup in the backup folder, then rotation of the older ones."""
    dest = backup_journal(journal, new_backup_path(journal.path, reason), progress=progress)
    try:
        keep = keep_count()
    except Exception:  # settings unreadable before the first migration: keep the default
        keep = DEFAULT_KEEP
    rotate(journal.path, keep)
    prune_backup_store(journal.path, journal.passphrase)  # attachments only rotated backups held
    return dest


def backup_if_due(journal: Journal, today: date | None = None) -> Path | None:
    """The day's first start makes a backup; later starts that day do nothing."""
    today = today or date.today()
    for existing in list_backups(journal.path):
        if backup_time(existing).date() >= today:
            return None
        break
    return make_automatic_backup(journal, "daily")
