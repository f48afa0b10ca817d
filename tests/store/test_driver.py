"""Plain journals are opened by one SQLite library, whichever peewee or the store opens them."""

from __future__ import annotations

import sqlite3 as builtin_sqlite3
from pathlib import Path

import peewee

from desktop.store import driver
from desktop.store.backup import backup_journal
from desktop.store.database import open_journal
from desktop.store.entries import save_entry
from tests.factories import make_entry


def test_peewee_and_the_store_use_the_same_newest_sqlite() -> None:
    # Two copies of SQLite in one process do not see each other's locks, and SQLite's backup
    # API cannot copy between them: every plain-journal connection must come from one library.
    assert peewee.sqlite3 is driver.sqlite3
    assert driver.sqlite3.sqlite_version_info >= builtin_sqlite3.sqlite_version_info


def test_a_journal_written_by_the_store_reads_with_pythons_own_sqlite(journal_path: Path) -> None:
    with open_journal(journal_path) as journal:
        save_entry(make_entry(title="kept across libraries", body="the same file format"))
        backup = backup_journal(journal, journal_path.with_name("copy.db"))
    for path in (journal_path, backup):
        conn = builtin_sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            assert conn.execute("SELECT title FROM entry").fetchall() == [("kept across libraries",)]
            found = conn.execute("SELECT rowid FROM entry_fts WHERE entry_fts MATCH 'format'").fetchall()
            assert len(found) == 1
        finally:
            conn.close()
