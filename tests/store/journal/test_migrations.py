"""Migrations are all or nothing, and each run starts with a verified backup."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop.store.entries.entry_table import count_entries, save_entry
from desktop.store.journal import opening as database
from desktop.store.journal.errors import MigrationFailed
from desktop.store.journal.opening import open_journal
from desktop.store.safety.backup import backup_reason, list_backups, verify_copy
from tests.factories import make_entry
from tests.store.helpers import plain_count

BROKEN = """
def up(migrator, db):
    db.execute_sql("ALTER TABLE entry ADD COLUMN energy TEXT")
    db.execute_sql("CREATE TABLE half_done (x INTEGER)")
    db.execute_sql("UPDATE entry SET title = 'overwritten'")
    raise RuntimeError("the second half of this migration fails")
"""

WORKING = """
def up(migrator, db):
    db.execute_sql("ALTER TABLE entry ADD COLUMN energy TEXT")
"""


def _migrations_with(tmp_path: Path, source: str) -> Path:
    """The app's real migrations plus one more, numbered after the last of them."""
    folder = tmp_path / "migrations"
    folder.mkdir()
    for script in database.MIGRATIONS_DIR.glob("[0-9]*.py"):
        shutil.copy(script, folder)
    (folder / f"{database.schema_version() + 1:04d}_energy.py").write_text(source)
    return folder


def _columns(path: Path) -> tuple[int, list[str], list[str]]:
    conn = sqlite3.connect(path)
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        columns = [r[1] for r in conn.execute("PRAGMA table_info(entry)")]
        titles = [r[0] for r in conn.execute("SELECT title FROM entry ORDER BY id")]
    finally:
        conn.close()
    return version, columns, titles


def test_a_migration_failing_halfway_changes_nothing_and_leaves_a_verified_backup(
    journal_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_journal(journal_path):
        for n in range(5):
            save_entry(make_entry(title=f"kept {n}"))
    before = _columns(journal_path)
    before_bytes = journal_path.read_bytes()
    monkeypatch.setattr(database, "MIGRATIONS_DIR", _migrations_with(tmp_path, BROKEN))

    with pytest.raises(MigrationFailed, match="left as it was") as caught:
        open_journal(journal_path)

    assert "\n" not in str(caught.value)
    assert _columns(journal_path) == before  # old version, no new column, titles intact
    assert journal_path.read_bytes() == before_bytes
    conn = sqlite3.connect(journal_path)
    assert conn.execute("SELECT name FROM sqlite_master WHERE name='half_done'").fetchone() is None
    conn.close()
    (made,) = list_backups(journal_path)
    assert backup_reason(made) == f"before-schema-{database.schema_version()}"  # the new one
    verify_copy(made)
    assert plain_count(made) == 5


def test_a_working_migration_is_applied_after_a_backup(
    journal_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_journal(journal_path):
        save_entry(make_entry(title="kept"))
    newer = database.schema_version() + 1
    monkeypatch.setattr(database, "MIGRATIONS_DIR", _migrations_with(tmp_path, WORKING))
    with open_journal(journal_path):
        assert count_entries() == 1
    version, columns, titles = _columns(journal_path)
    assert version == newer and "energy" in columns and titles == ["kept"]
    reasons = [backup_reason(p) for p in list_backups(journal_path)]
    assert f"before-schema-{newer}" in reasons
    monkeypatch.undo()
    # This version does not know the new schema: the migrated journal is refused, not damaged.
    with pytest.raises(database.NewerJournal):
        open_journal(journal_path)
