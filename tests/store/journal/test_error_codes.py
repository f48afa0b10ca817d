"""Failures are classified by SQLite's result code: the user's environment gets a typed error with
a message, our own bugs get None and surface as unexpected.

Every error here is raised by SQLite itself (or by SQLCipher, or by peewee wrapping either) on a
real file: read-only, damaged, locked, not a database at all.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import peewee
import pytest
from sqlcipher3 import dbapi2 as sqlcipher

from desktop.store.entries.entry_table import save_entries
from desktop.store.journal.connection import PlainDatabase, connect
from desktop.store.journal.errors import (
    DiskError,
    DiskFull,
    JournalDamaged,
    JournalError,
    JournalLocked,
    JournalReadOnly,
    NotAJournal,
    classify,
    sqlite_code,
)
from desktop.store.journal.opening import open_journal
from tests.factories import make_entry
from tests.store.helpers import damage, run_command


def _raised(action: Callable[[], object]) -> BaseException:
    with pytest.raises(Exception) as caught:  # any error: what the test checks is its classification
        action()
    return caught.value


def _journal(path: Path, entries: int = 1, passphrase: str | None = None) -> Path:
    with open_journal(path, passphrase=passphrase, daily_backup=False):
        save_entries([make_entry(title=f"entry {n}", body="words " * 200) for n in range(entries)])
    return path


def _write(conn: sqlite3.Connection) -> Callable[[], object]:
    return lambda: conn.execute("UPDATE entry SET title = 'changed'")


def test_files_on_a_read_only_disk_are_read_only(small_disk: Path) -> None:
    journal = _journal(small_disk / "journal.db")
    with closing(connect(journal)) as conn:  # a copy in rollback mode, as backups are kept
        conn.execute("VACUUM INTO ?", (str(small_disk / "copy.db"),))
    assert run_command("mount", "-o", "remount,ro", str(small_disk)).returncode == 0
    try:
        errors = {}
        for name in ("journal.db", "copy.db"):
            with closing(connect(small_disk / name)) as conn:
                errors[name] = _raised(_write(conn))
    finally:
        run_command("mount", "-o", "remount,rw", str(small_disk))
    # In WAL mode SQLite cannot even make the -shm file it reads through; a rollback-mode file
    # opens, and the write is refused.
    assert sqlite_code(errors["journal.db"]) == sqlite3.SQLITE_CANTOPEN
    assert (sqlite_code(errors["copy.db"]) or 0) & 0xFF == sqlite3.SQLITE_READONLY
    assert str(classify(errors["journal.db"], journal)) == f"the journal cannot be opened ({journal})"
    typed = classify(errors["copy.db"], journal)
    assert isinstance(typed, JournalReadOnly)
    assert str(typed) == f"the journal is read-only; nothing was saved ({journal})"


def test_a_read_only_connection_refuses_a_write_as_read_only(journal_path: Path) -> None:
    _journal(journal_path)
    database = PlainDatabase(str(journal_path), read_only=True)
    try:
        error = _raised(lambda: database.execute_sql("DELETE FROM entry"))
    finally:
        database.close()
    assert isinstance(error, peewee.OperationalError)  # peewee's own, with SQLite's as `orig`
    assert isinstance(classify(error), JournalReadOnly)


def test_a_damaged_file_is_damaged(journal_path: Path) -> None:
    damage(_journal(journal_path, entries=200))
    with closing(connect(journal_path)) as conn:
        error = _raised(lambda: conn.execute("SELECT body FROM entry").fetchall())
    assert sqlite_code(error) == sqlite3.SQLITE_CORRUPT
    assert isinstance(classify(error, journal_path), JournalDamaged)


def test_a_file_that_is_no_database_is_not_a_journal(tmp_path: Path) -> None:
    stranger = tmp_path / "photo.jpg"
    stranger.write_bytes(bytes(range(256)) * 16)
    with closing(connect(stranger)) as conn:
        error = _raised(lambda: conn.execute("SELECT * FROM sqlite_master").fetchall())
    assert isinstance(classify(error, stranger), NotAJournal)


def test_an_encrypted_journal_read_without_its_key_is_not_a_journal(journal_path: Path) -> None:
    _journal(journal_path, passphrase="secret")
    with closing(connect(journal_path, cipher=True)) as conn:  # SQLCipher, but no key
        error = _raised(lambda: conn.execute("SELECT * FROM entry").fetchall())
    assert isinstance(error, sqlcipher.DatabaseError)
    assert isinstance(classify(error, journal_path), NotAJournal)


def test_a_journal_another_connection_is_writing_is_locked(journal_path: Path) -> None:
    _journal(journal_path)
    with closing(connect(journal_path)) as holder, closing(connect(journal_path, timeout=0)) as waiting:
        holder.execute("BEGIN IMMEDIATE")
        holder.execute("UPDATE entry SET title = 'mine for now'")
        error = _raised(_write(waiting))
        holder.execute("ROLLBACK")
    assert sqlite_code(error) == sqlite3.SQLITE_BUSY
    typed = classify(error, journal_path)
    assert isinstance(typed, JournalLocked) and "busy in another program" in str(typed)


def test_a_lock_met_through_peewee_is_found_behind_its_wrapper(journal_path: Path) -> None:
    _journal(journal_path)
    database = PlainDatabase(str(journal_path), timeout=0)
    with closing(connect(journal_path)) as holder:
        holder.execute("BEGIN IMMEDIATE")
        holder.execute("UPDATE entry SET title = 'mine for now'")
        try:
            error = _raised(lambda: database.execute_sql("UPDATE entry SET title = 'not now'"))
        finally:
            holder.execute("ROLLBACK")
            database.close()
    assert isinstance(error, peewee.OperationalError) and not hasattr(error, "sqlite_errorcode")
    assert isinstance(classify(error), JournalLocked)


def test_a_folder_that_is_missing_cannot_be_opened(tmp_path: Path) -> None:
    error = _raised(lambda: connect(tmp_path / "gone" / "journal.db"))
    assert sqlite_code(error) == sqlite3.SQLITE_CANTOPEN
    assert isinstance(classify(error), JournalReadOnly)


@pytest.mark.parametrize(
    "statement",
    [
        "SELEC title FROM entry",  # SQLITE_ERROR: bad SQL
        'SELECT * FROM "database is locked"',  # SQLITE_ERROR, whatever its message says
        "INSERT INTO entry (id, uuid) SELECT id, uuid FROM entry",  # SQLITE_CONSTRAINT
    ],
)
def test_our_own_mistakes_are_not_blamed_on_the_environment(journal_path: Path, statement: str) -> None:
    _journal(journal_path)
    with closing(connect(journal_path)) as conn:
        error = _raised(lambda: conn.execute(statement))
    assert sqlite_code(error) is not None
    assert classify(error, journal_path) is None
    database = PlainDatabase(str(journal_path))
    try:
        wrapped = _raised(lambda: database.execute_sql(statement))
    finally:
        database.close()
    assert classify(wrapped, journal_path) is None


def test_misusing_a_closed_connection_is_ours(journal_path: Path) -> None:
    conn = connect(_journal(journal_path))
    conn.close()
    assert classify(_raised(lambda: conn.execute("SELECT 1"))) is None


def test_extended_codes_count_by_their_primary_code() -> None:
    # SQLITE_IOERR_WRITE and SQLITE_FULL as SQLite reports them for a failing or full disk;
    # neither can be caused on purpose without a failing disk, so they are built here.
    failing = sqlite3.OperationalError("disk I/O error")
    failing.sqlite_errorcode = sqlite3.SQLITE_IOERR_WRITE  # type: ignore[attr-defined]
    assert isinstance(classify(failing), DiskError)
    full = sqlcipher.OperationalError("database or disk is full")
    full.sqlite_errorcode = sqlite3.SQLITE_FULL  # type: ignore[attr-defined]
    assert isinstance(classify(full), DiskFull)


def test_the_message_is_read_only_when_no_code_came_with_the_error() -> None:
    assert isinstance(classify(peewee.OperationalError("database is locked")), JournalLocked)
    assert classify(peewee.OperationalError("no such column: locked")) is None
    assert classify(ValueError("database is locked")) is None  # not a database error at all


def test_a_typed_error_is_its_own_classification() -> None:
    typed = JournalReadOnly("already said")
    assert classify(typed) is typed
    assert isinstance(typed, JournalError)
