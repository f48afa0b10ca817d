"""Opening a journal: checks before touching the file, pragmas, migrations and the schema version."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from peewee import SqliteDatabase
from playhouse.migrations import Runner

from desktop.store import settings
from desktop.store.backup import backup_database, timestamped_name
from desktop.store.errors import (
    JournalMissing,
    NewerJournal,
    NotAJournal,
    translated,
)
from desktop.store.models import journal_db
from desktop.store.paths import backup_dir
from desktop.store.themes import ensure_builtin_themes

SQLITE_MAGIC = b"SQLite format 3\x00"
APPLICATION_ID = 0x42414C4A  # "BALJ": marks a SQLite file as a Balance Journal
MIGRATIONS_DIR = Path(__file__).with_name("migrations")
BUSY_TIMEOUT_SECONDS = 5

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


@dataclass
class Journal:
    """An open journal. Models in `store.models` talk to it until `close()`."""

    path: Path
    db: SqliteDatabase

    def close(self) -> None:
        if not self.db.is_closed():
            # A clean close folds the WAL back into the file.
            self.db.close()
        if journal_db.obj is self.db:
            journal_db.initialize(None)

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _create_private_file(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)


def _check_file(path: Path) -> None:
    """Refuse, before SQLite touches it, a file that cannot be a plain journal."""
    if path.is_dir():
        raise NotAJournal(f"{path} is a folder, not a journal file")
    with open(path, "rb") as handle:
        header = handle.read(len(SQLITE_MAGIC))
    if header and header != SQLITE_MAGIC:
        raise NotAJournal(f"{path} is not a Balance Journal file")


def make_database(path: Path) -> SqliteDatabase:
    db = SqliteDatabase(
        str(path),
        pragmas=list(PRAGMAS),
        timeout=BUSY_TIMEOUT_SECONDS,
        lock_type="IMMEDIATE",  # a write transaction takes the write lock at its start
    )
    settings.register_sql_functions(db)
    return db


def open_journal(path: Path, *, create: bool = True) -> Journal:
    """Open (and if asked, create) the journal at `path`, migrating it to the current schema.

    Raises a JournalError subclass for anything the user's environment causes; on failure the
    file is left as it was (a file this call created is removed again).
    """
    path = Path(path)
    created = False
    if path.exists():
        _check_file(path)
    elif not create:
        raise JournalMissing(f"there is no journal at {path}")
    else:
        with translated(path):
            _create_private_file(path)
        created = True
    db = make_database(path)
    journal_db.initialize(db)
    journal = Journal(path, db)
    try:
        with translated(path):
            db.connect()
            _prepare(journal)
    except BaseException:
        journal.close()
        if created:
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
        raise
    return journal


def _prepare(journal: Journal) -> None:
    db, path = journal.db, journal.path
    version = db.pragma("user_version")
    app_id = db.pragma("application_id")
    current = schema_version()
    if app_id != APPLICATION_ID and (version or db.get_tables()):
        raise NotAJournal(f"{path} is a SQLite database, but not a Balance Journal")
    if version > current:
        raise NewerJournal(
            f"{path} was written by a newer version of Balance Journal "
            f"(schema {version}, this one knows {current}); please update the app"
        )
    if db.pragma("journal_mode") != "wal":
        db.pragma("journal_mode", "wal")
    if version < current:
        if version > 0:
            name = timestamped_name(path, f"before-schema-{current}")
            backup_database(db, backup_dir(path) / name)
        _migrate(db, current)
    settings.load_thresholds()
    ensure_builtin_themes()


def _migrate(db: SqliteDatabase, target: int) -> None:
    """Run every pending migration in one transaction: all of them apply, or none."""
    with db.atomic():
        Runner(db, str(MIGRATIONS_DIR)).up()
        db.pragma("application_id", APPLICATION_ID)
        db.pragma("user_version", target)
