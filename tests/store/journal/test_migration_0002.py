"""A journal made before migration 0002 gains the live-entries index and keeps its entries."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop.store.browse.search import search_entries
from desktop.store.entries.entry_table import count_entries, save_entry
from desktop.store.journal.opening import open_journal, schema_version
from tests.factories import make_entry


def _as_schema_1(path: Path) -> None:
    with sqlite3.connect(path) as db:
        db.execute("DROP INDEX entry_live_by_date")
        db.execute("DELETE FROM schema_migration WHERE name LIKE '0002%'")
        db.execute("PRAGMA user_version = 1")
    db.close()


def _indexes(path: Path) -> set[str]:
    with sqlite3.connect(path) as db:
        rows = db.execute("SELECT name FROM sqlite_master WHERE type = 'index'").fetchall()
    db.close()
    return {name for (name,) in rows}


def test_an_older_journal_is_upgraded_in_place(journal_path: Path) -> None:
    with open_journal(journal_path):
        save_entry(make_entry(title="Before the upgrade", body="a long walk"))
    _as_schema_1(journal_path)
    assert "entry_live_by_date" not in _indexes(journal_path)
    with open_journal(journal_path) as opened:
        assert opened.db.pragma("user_version") == schema_version()
        assert count_entries() == 1
        assert [e.title for e in search_entries("walk")] == ["Before the upgrade"]
    assert "entry_live_by_date" in _indexes(journal_path)
    assert list((journal_path.parent / f"{journal_path.name}.backups").iterdir())
