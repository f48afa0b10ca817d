"""A journal made before migration 0003 gains place, weather, source and scales, and search by
place, keeping its entries and their search."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop.domain.entry_context import Place, Weather
from desktop.store.browse.search import search_entries
from desktop.store.entries.entry_table import get_entry, save_entry
from desktop.store.journal import opening
from desktop.store.journal.opening import open_journal, schema_version
from desktop.store.safety.backup import backup_reason, list_backups
from desktop.store.transfer.bulk import insert_entries_bulk
from tests.factories import make_entry


def _schema_2_journal(path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A journal made by the version before 0003, holding a few entries; their uuids."""
    older = tmp_path / "migrations-2"
    older.mkdir()
    for script in opening.MIGRATIONS_DIR.glob("000[12]_*.py"):
        shutil.copy(script, older)
    monkeypatch.setattr(opening, "MIGRATIONS_DIR", older)
    with open_journal(path):
        pass
    monkeypatch.undo()
    entries = [make_entry(title=f"Walk {n}", body="by the river") for n in range(3)]
    # Written as that version wrote them: this version's code knows only the newer table.
    with sqlite3.connect(path) as db:
        db.executemany(
            "INSERT INTO entry (uuid, local_date, local_time, utc_offset, title, body, starred, "
            "created_at, updated_at) VALUES (?, '2026-03-14', '20:30', '+01:00', ?, ?, 0, "
            "'2026-03-14T20:30:00+01:00', '2026-03-14T20:30:00+01:00')",
            [(e.uuid, e.title, e.body) for e in entries],
        )
    db.close()
    return [e.uuid for e in entries]


def _columns(path: Path) -> list[str]:
    with sqlite3.connect(path) as db:
        columns = [r[1] for r in db.execute("PRAGMA table_xinfo(entry)")]
    db.close()
    return columns


def test_an_older_journal_gains_context_and_search_by_place(
    journal_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    uuids = _schema_2_journal(journal_path, tmp_path, monkeypatch)
    assert "place_name" not in _columns(journal_path)
    with open_journal(journal_path) as opened:
        assert opened.db.pragma("user_version") == schema_version() >= 3
        # The old entries are all there, searchable as before, with no context.
        assert sorted(e.uuid for e in search_entries("river")) == sorted(uuids)
        old = get_entry(uuids[0])
        assert (old.place, old.weather, old.source, old.scales) == (None, None, "", {})
        # Given a place, an old entry is found by it; a new one too, saved alone or in bulk.
        old.place = Place("Abandoned Spy Tower", "Berlin", "Germany", 52.4979764, 13.2404758)
        old.weather = Weather("Clear", 12.0)
        save_entry(old)
        insert_entries_bulk([make_entry(title="Zoo day", place=Place(locality="Seattle"))])
        assert [e.title for e in search_entries("berlin")] == ["Walk 0"]
        assert [e.title for e in search_entries("spy tower")] == ["Walk 0"]
        assert [e.title for e in search_entries("seattle")] == ["Zoo day"]
        # A place changed or removed leaves the index with it.
        old.place = None
        save_entry(old)
        assert search_entries("berlin") == []
        assert get_entry(uuids[0]).weather == Weather("Clear", 12.0)
    assert {"place_name", "latitude", "weather", "source", "scales", "place"} <= set(_columns(journal_path))
    assert f"before-schema-{schema_version()}" in [backup_reason(p) for p in list_backups(journal_path)]
    with sqlite3.connect(journal_path) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert db.execute("INSERT INTO entry_fts(entry_fts, rank) VALUES ('integrity-check', 1)")
    db.close()


def test_a_journal_without_context_stores_no_bytes_for_it(journal_path: Path) -> None:
    """Entries written here have no context: the columns hold NULL, and lists never read them."""
    with open_journal(journal_path):
        save_entry(make_entry(title="Plain"))
    with sqlite3.connect(journal_path) as db:
        row = db.execute(
            "SELECT place_name, place_locality, place_country, latitude, longitude, weather, "
            "temperature_c, source, scales FROM entry"
        ).fetchone()
    db.close()
    assert row == (None,) * 9
