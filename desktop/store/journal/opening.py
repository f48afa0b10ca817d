"""Opening a journal: checks before touching the file, pragmas, migrations and the schema version."""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from peewee import SqliteDatabase, _atomic
from sqlcipher3 import dbapi2 as sqlcipher

from desktop.store.entries.theme_table import ensure_builtin_themes
from desktop.store.journal import check_record, settings
from desktop.store.journal.connection import (
    BUSY_TIMEOUT_SECONDS,
    SQLITE_MAGIC,
    CipherDatabase,
    FileKind,
    PlainDatabase,
    connect,
    file_kind,
)
from desktop.store.journal.errors import (
    JournalDamaged,
    JournalError,
    JournalMissing,
    JournalReadOnly,
    MigrationFailed,
    NewerJournal,
    NotAJournal,
    PassphraseRequired,
    ReportingAtomic,
    classify,
    clear_damage,
    damage_seen,
    translated,
)
from desktop.store.journal.files import create_private_file, remove_database_files
from desktop.store.journal.models import journal_db
from desktop.store.journal.paths import WAL, database_files, side_file
from desktop.store.safety import soundness
from desktop.store.safety.integrity import check_whole_file

__all__ = ["APPLICATION_ID", "SQLITE_MAGIC", "Journal", "check_is_journal", "open_journal", "schema_version"]

APPLICATION_ID = 0x42414C4A  # "BALJ": marks a SQLite file as a Balance Journal
MIGRATIONS_DIR = Path(__file__).with_name("migrations")
_HEADER_USER_VERSION = slice(60, 64)  # big-endian integers in the 100-byte SQLite header
_HEADER_APPLICATION_ID = slice(68, 72)

# Per-connection settings; WAL is set once on the file itself, after we know the file is ours.
PRAGMAS = (
    ("foreign_keys", 1),
    ("synchronous", "FULL"),
    ("secure_delete", 1),
)


def schema_version() -> int:
    """The newest schema this program knows: the number of the last migration file."""
    numbers = [
        int(m.group(1)) for name in os.listdir(MIGRATIONS_DIR) if (m := re.match(r"^(\d+)_\w+\.py$", name))
    ]
    return max(numbers)


class _ReportingTransactions:
    def atomic(self, *args: Any, **kwargs: Any) -> _atomic:
        return ReportingAtomic(self, *args, **kwargs)


class JournalDatabase(_ReportingTransactions, PlainDatabase):
    pass


class EncryptedJournalDatabase(_ReportingTransactions, CipherDatabase):
    pass


@dataclass
class Journal:
    """An open journal. Models in `store.models` talk to it until `close()`.

    `passphrase` is None for a plain journal; `warnings` holds one-line notes the user should
    see (say, the daily backup could not be made) that did not stop the journal opening.
    """

    path: Path
    db: SqliteDatabase
    passphrase: str | None = None
    warnings: list[str] = field(default_factory=list)
    read_only: bool = False  # opened for reading only: the file or its folder cannot be written
    # When its whole file was last found sound (ISO time), or None while that is not known: a
    # journal that is not known sound is never recorded as sound when it closes.
    sound_since: str | None = None
    _closed: bool = False

    def close(self) -> None:
        if not self.db.is_closed():
            # A clean close folds the WAL back into the file.
            self.db.close()
        if journal_db.obj is self.db:
            journal_db.initialize(None)
        if self._closed:
            return
        self._closed = True
        soundness.closed(self.path)
        known_sound = self.sound_since is not None and not damage_seen(self.path)
        # The last connection anywhere removes the log; only then is the file as we leave it.
        if known_sound and self.sound_since and self.path.exists() and not side_file(self.path, WAL).exists():
            check_record.remember(self.path, self.sound_since)

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _newer_schema_message(path: Path, version: int, current: int) -> str:
    return (
        f"{path} was written by a newer version of Balance Journal "
        f"(schema {version}, this one knows {current}); please update the app"
    )


def _refuse_newer_header(path: Path) -> None:
    """Refuse a journal from a newer version by its header alone, before SQLite opens the file.

    SQLite would create -wal and -shm files beside it; reading the header leaves it untouched.
    A -wal file left by a crash may hold a newer header: then a read-only connection (which
    never checkpoints into the file) reads the version instead.
    """
    if side_file(path, WAL).exists():
        try:
            with closing(connect(path, read_only=True)) as conn:
                version = conn.execute("PRAGMA user_version").fetchone()[0]
                if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                    return
        except (sqlite3.Error, sqlcipher.Error):
            return  # the open connection will say what is wrong
    else:
        with open(path, "rb") as handle:
            header = handle.read(100)
        if int.from_bytes(header[_HEADER_APPLICATION_ID], "big") != APPLICATION_ID:
            return  # not ours at all; the open connection says so
        version = int.from_bytes(header[_HEADER_USER_VERSION], "big")
    if version > schema_version():
        raise NewerJournal(_newer_schema_message(path, version, schema_version()))


def _refuse_read_only(path: Path) -> None:
    """SQLite must write the journal and, beside it, its -wal and -shm files."""
    if not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        raise JournalReadOnly(
            f"the journal {path} is read-only (the file or its folder cannot be written); nothing was changed"
        )


def _keep_private(journal: Journal) -> None:
    """Private writing stays private: a journal others could read is made owner-only (0600)."""
    try:
        mode = journal.path.stat().st_mode & 0o777
        if mode & 0o077 and hasattr(os, "getuid") and journal.path.stat().st_uid == os.getuid():
            for own in database_files(journal.path):  # the -wal holds recent entries' text too
                if own.exists():
                    os.chmod(own, 0o600)
            journal.warnings.append(
                f"{journal.path} could be read by other users (mode {mode:o}); it is now owner-only (600)"
            )
    except OSError:
        pass  # a file system without Unix modes: nothing to tighten


def _is_writable(path: Path) -> bool:
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def make_database(path: Path, passphrase: str | None = None, *, read_only: bool = False) -> SqliteDatabase:
    options: dict[str, Any] = {
        "pragmas": list(PRAGMAS),
        "timeout": BUSY_TIMEOUT_SECONDS,
        "lock_type": "IMMEDIATE",  # a write transaction takes the write lock at its start
    }
    if read_only:
        options["pragmas"] = [("foreign_keys", 1)]  # the others would try to change the file
        # Only opened so when nobody can write the file: see `connect` for what that allows.
        options["unwritable"] = True
    db: SqliteDatabase
    if passphrase is None:
        # SQLCipher keeps temporary data (a large sort's) in memory, where an encrypted journal's
        # plain text belongs; a plain journal's may go to a file, so memory stays flat however
        # many entries a sort holds.
        options["pragmas"].append(("temp_store", "FILE"))
        db = JournalDatabase(str(path), **options)
    else:
        db = EncryptedJournalDatabase(str(path), passphrase=passphrase, **options)
    settings.register_sql_functions(db)
    return db


def open_journal(
    path: Path,
    *,
    create: bool = True,
    passphrase: str | None = None,
    check: bool = True,
    full_check: bool = False,
    daily_backup: bool = True,
    read_only_ok: bool = False,
) -> Journal:
    """Open (and if asked, create) the journal at `path`, migrating it to the current schema.

    An encrypted journal needs `passphrase` (PassphraseRequired without it, WrongPassphrase for
    a wrong one); a new journal created with a passphrase is encrypted. `check` runs SQLite's
    whole-file check first when there is a reason to doubt the file (`store.safety.soundness`
    says which), `full_check` runs it whatever the reasons: JournalDamaged if it fails.
    `daily_backup` makes the day's first backup.
    With `read_only_ok`, a journal that cannot be written (the file or its folder) is opened for
    reading only, changing nothing on disk; otherwise it is refused with JournalReadOnly.
    Raises a JournalError subclass for anything the user's environment causes; on failure the
    file is left as it was (a file this call created is removed again).
    """
    path = Path(path)
    kind = file_kind(path)
    if kind is FileKind.MISSING:
        if not create:
            raise JournalMissing(f"there is no journal at {path}")
        with translated(path):
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            create_private_file(path)
    elif kind is FileKind.EMPTY and not create:
        raise JournalMissing(f"{path} is an empty file: there is no journal in it yet")
    elif kind is FileKind.ENCRYPTED and passphrase is None:
        raise PassphraseRequired(f"{path} is encrypted; its passphrase is needed to open it")
    elif kind is FileKind.PLAIN:
        _refuse_newer_header(path)
        passphrase = None  # a plain journal needs none, whatever the environment says
    is_new = kind in (FileKind.MISSING, FileKind.EMPTY)
    read_only = read_only_ok and not is_new and not _is_writable(path)
    if not read_only:
        _refuse_read_only(path)
    db = make_database(path, passphrase, read_only=read_only)
    journal_db.initialize(db)
    journal = Journal(path, db, passphrase, read_only=read_only)
    if not read_only:
        _keep_private(journal)
    doubt = None if is_new or not check else ("asked for" if full_check else soundness.reason_to_check(path))
    soundness.opened(path)
    try:
        with translated(path):
            db.connect()
            if read_only:
                _check_read_only(journal, doubt=doubt)
            else:
                _prepare(journal, is_new=is_new, doubt=doubt)
            if daily_backup and not is_new and not read_only:
                _daily_backup(journal)
    except NotAJournal as error:
        journal.close()
        if kind is FileKind.PLAIN and error.__cause__ is not None:
            # SQLite's header is there but SQLite cannot read the file: damage, not a stranger.
            raise JournalDamaged(f"the journal file is damaged ({path})") from error
        raise
    except BaseException:
        journal.close()
        if kind is FileKind.MISSING:
            remove_database_files(path)
        raise
    return journal


@contextmanager
def thread_connection() -> Iterator[None]:
    """A connection of the calling thread's own to the open journal, closed when done.

    peewee keeps a connection per thread; background work opens its own and WAL lets it read
    beside the window's. JournalMissing if no journal is open.
    """
    database = journal_db.obj
    if database is None:
        raise JournalMissing("no journal is open")
    with database.connection_context():
        yield


def check_is_journal(conn: Any, path: Path) -> None:
    """Refuse a database (a DB-API connection to it) that is not a Balance Journal this version
    can read: NotAJournal, or NewerJournal. Restoring and converting check each file with it."""
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if app_id != APPLICATION_ID:
        raise NotAJournal(f"{path} is not a Balance Journal backup")
    if version > schema_version():
        raise NewerJournal(f"{path} was written by a newer version of Balance Journal")


def quick_check(db: SqliteDatabase, path: Path) -> None:
    """SQLite's quick check of the whole file; JournalDamaged with its first finding if it fails
    (and from then on the journal refuses writes, and its next opening checks again)."""
    check_whole_file(db.connection(), path)


def _check_if_doubted(journal: Journal, doubt: str | None, *, is_new: bool) -> None:
    """The whole-file check when there is a reason for it; either way, whether the journal is
    known sound from here on (see `Journal.sound_since`)."""
    if doubt is not None:
        quick_check(journal.db, journal.path)
        clear_damage(journal.path)
        journal.sound_since = check_record.now_text()
    elif is_new:
        journal.sound_since = check_record.now_text()
    else:
        record = check_record.recorded(journal.path)
        journal.sound_since = record.checked_at if record is not None else None


def _prepare(journal: Journal, *, is_new: bool, doubt: str | None) -> None:
    db, path = journal.db, journal.path
    version = db.pragma("user_version")
    app_id = db.pragma("application_id")
    current = schema_version()
    if app_id != APPLICATION_ID and (version or db.get_tables()):
        raise NotAJournal(f"{path} is a SQLite database, but not a Balance Journal")
    if version > current:
        raise NewerJournal(_newer_schema_message(path, version, current))
    _check_if_doubted(journal, doubt, is_new=is_new)
    if db.pragma("journal_mode") != "wal":
        db.pragma("journal_mode", "wal")
    if version < current:
        if version > 0:
            from desktop.store.safety.backup import make_automatic_backup

            make_automatic_backup(journal, f"before-schema-{current}")
        _migrate(db, path, current)
    settings.load_thresholds()
    ensure_builtin_themes()


def _check_read_only(journal: Journal, *, doubt: str | None) -> None:
    """The checks of `_prepare` that need no writing; a journal that needs updating is refused."""
    db, path = journal.db, journal.path
    version = db.pragma("user_version")
    if db.pragma("application_id") != APPLICATION_ID and (version or db.get_tables()):
        raise NotAJournal(f"{path} is a SQLite database, but not a Balance Journal")
    current = schema_version()
    if version > current:
        raise NewerJournal(_newer_schema_message(path, version, current))
    if version < current:
        raise JournalReadOnly(
            f"the journal {path} needs updating to schema {current}, but it is read-only; nothing was changed"
        )
    _check_if_doubted(journal, doubt, is_new=False)
    settings.load_thresholds()


def _daily_backup(journal: Journal) -> None:
    from desktop.store.safety.backup import backup_if_due

    try:
        if backup_if_due(journal) is not None:
            # The backup was verified whole, and it is the journal of a moment ago, page by page.
            journal.sound_since = check_record.now_text()
    except JournalDamaged:
        quick_check(journal.db, journal.path)  # the copy, or the journal itself? Name it.
        journal.warnings.append("today's backup could not be made: the copy failed its check")
    except JournalError as error:
        journal.warnings.append(f"today's backup could not be made: {error}")


def _migrate(db: SqliteDatabase, path: Path, target: int) -> None:
    """Run every pending migration in one transaction: all of them apply, or none."""
    try:
        with db.atomic():
            from playhouse.migrations import Runner  # here: only an upgrade needs it

            Runner(db, str(MIGRATIONS_DIR)).up()
            db.pragma("application_id", APPLICATION_ID)
            db.pragma("user_version", target)
    except JournalError:
        raise
    except Exception as error:
        typed = classify(error, path)
        if typed is not None:
            raise typed from error
        raise MigrationFailed(
            f"could not update {path} to schema {target} ({type(error).__name__}: {error}); "
            "the journal was left as it was"
        ) from error
