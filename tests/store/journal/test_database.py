"""Opening journals: creation, pragmas, schema version and files that are not ours."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest

from desktop.store.entries.entry_table import save_entry
from desktop.store.entries.theme_table import all_themes
from desktop.store.journal.errors import JournalMissing, NewerJournal, NotAJournal
from desktop.store.journal.opening import APPLICATION_ID, open_journal, schema_version
from tests.factories import make_entry


def test_a_new_journal_is_private_in_wal_mode_and_sound(journal_path: Path) -> None:
    with open_journal(journal_path):
        save_entry(make_entry())
    assert stat.S_IMODE(journal_path.stat().st_mode) == 0o600
    conn = sqlite3.connect(journal_path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema_version()
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    conn.close()


def test_connection_pragmas_are_set(journal) -> None:  # type: ignore[no-untyped-def]
    db = journal.db
    assert db.pragma("foreign_keys") == 1
    assert db.pragma("synchronous") == 2  # FULL
    assert db.pragma("secure_delete") == 1


def test_builtin_themes_are_present_and_come_back(journal) -> None:  # type: ignore[no-untyped-def]
    from desktop.store.entries.theme_table import ensure_builtin_themes
    from desktop.store.journal.models import Theme

    assert len([t for t in all_themes() if t.builtin]) == 18
    Theme.delete().where(Theme.slug == "trust").execute()
    ensure_builtin_themes()
    assert "trust" in {t.slug for t in all_themes()}


def test_reopening_keeps_entries(journal_path: Path) -> None:
    entry = make_entry(title="Kept")
    with open_journal(journal_path):
        save_entry(entry)
    from desktop.store.entries.entry_table import get_entry

    with open_journal(journal_path):
        assert get_entry(entry.uuid).title == "Kept"


def test_a_missing_journal_is_not_created_when_only_reading(tmp_path: Path) -> None:
    with pytest.raises(JournalMissing, match="no journal"):
        open_journal(tmp_path / "none.db", create=False)
    assert not (tmp_path / "none.db").exists()


def test_an_empty_file_is_not_made_a_journal_when_only_reading(tmp_path: Path) -> None:
    empty = tmp_path / "empty.db"
    empty.touch()
    with pytest.raises(JournalMissing, match="empty file"):
        open_journal(empty, create=False)
    assert empty.read_bytes() == b""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.db"]


def test_a_journal_others_could_read_is_made_private_with_a_warning(journal_path: Path) -> None:
    with open_journal(journal_path):
        save_entry(make_entry())
    journal_path.chmod(0o644)
    wal = Path(f"{journal_path}-wal")
    wal.touch(mode=0o644)  # as a crash beside a readable journal would leave it
    wal.chmod(0o644)
    with open_journal(journal_path) as journal:
        assert journal.warnings == [
            f"{journal_path} could be read by other users (mode 644); it is now owner-only (600)"
        ]
        assert stat.S_IMODE(wal.stat().st_mode) == 0o600
    assert stat.S_IMODE(journal_path.stat().st_mode) == 0o600
    with open_journal(journal_path) as journal:
        assert journal.warnings == []


def test_a_text_file_is_refused_and_left_byte_identical(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("my shopping list\n")
    before = notes.read_bytes()
    with pytest.raises(NotAJournal, match="not a Balance Journal"):
        open_journal(notes)
    assert notes.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_another_programs_sqlite_file_is_refused_untouched(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t(x)")
    conn.commit()
    conn.close()
    before = other.read_bytes()
    with pytest.raises(NotAJournal, match="not a Balance Journal"):
        open_journal(other)
    assert other.read_bytes() == before


def test_a_journal_from_a_newer_version_is_refused_untouched(journal_path: Path) -> None:
    with open_journal(journal_path):
        save_entry(make_entry())
    conn = sqlite3.connect(journal_path)
    conn.execute(f"PRAGMA user_version = {schema_version() + 1}")
    conn.close()
    before = journal_path.read_bytes()
    with pytest.raises(NewerJournal, match="newer version"):
        open_journal(journal_path)
    assert journal_path.read_bytes() == before


def test_a_folder_is_not_a_journal(tmp_path: Path) -> None:
    with pytest.raises(NotAJournal, match="folder"):
        open_journal(tmp_path)
