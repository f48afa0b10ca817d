"""Restoring a backup: verified first, the current journal kept, the swap atomic."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.store.entries.entry_table import count_entries, save_entry
from desktop.store.journal.errors import JournalDamaged, NotAJournal, WrongPassphrase
from desktop.store.journal.opening import open_journal
from desktop.store.safety.backup import backup_reason, list_backups, new_backup_path, verify_copy
from desktop.store.safety.restore import restore_journal
from tests.factories import make_entry
from tests.store.helpers import damage, plain_count


def _backup_after(path: Path, titles: list[str], passphrase: str | None = None) -> Path:
    from desktop.store.safety.backup import backup_journal

    with open_journal(path, passphrase=passphrase, daily_backup=False) as journal:
        for title in titles:
            save_entry(make_entry(title=title))
        return backup_journal(journal, new_backup_path(path, "manual"))


def test_restore_brings_back_the_backup_and_keeps_the_journal_as_it_was(
    journal_path: Path,
) -> None:
    made = _backup_after(journal_path, ["one", "two"])
    with open_journal(journal_path, daily_backup=False):
        save_entry(make_entry(title="written after the backup"))
    result = restore_journal(journal_path, made)
    assert result.restored_from == made and not result.previous_was_damaged
    assert plain_count(journal_path) == 2
    assert result.previous is not None and backup_reason(result.previous) == "before-restore"
    verify_copy(result.previous)
    assert plain_count(result.previous) == 3  # nothing written since the backup is lost
    assert not Path(f"{journal_path}-wal").exists()
    assert journal_path.stat().st_mode & 0o777 == 0o600
    with open_journal(journal_path):
        assert count_entries() == 2


def test_a_damaged_backup_is_refused_and_the_journal_untouched(journal_path: Path) -> None:
    made = _backup_after(journal_path, [f"entry {n}" for n in range(300)])
    damage(made)
    before = journal_path.read_bytes()
    with pytest.raises(JournalDamaged):
        restore_journal(journal_path, made)
    assert journal_path.read_bytes() == before
    assert [backup_reason(p) for p in list_backups(journal_path)] == ["manual"]


def test_a_database_that_is_not_a_journal_backup_is_refused(journal_path: Path, tmp_path: Path) -> None:
    _backup_after(journal_path, ["one"])
    other = tmp_path / "recipes.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE recipes(name)")
    conn.close()
    before = journal_path.read_bytes()
    with pytest.raises(NotAJournal):
        restore_journal(journal_path, other)
    assert journal_path.read_bytes() == before


def test_a_damaged_journal_is_set_aside_not_deleted(journal_path: Path) -> None:
    made = _backup_after(journal_path, [f"entry {n}" for n in range(300)])
    damage(journal_path)
    damaged_bytes = journal_path.read_bytes()
    result = restore_journal(journal_path, made)
    assert result.previous_was_damaged and result.previous is not None
    assert result.previous.read_bytes() == damaged_bytes
    with open_journal(journal_path):
        assert count_entries() == 300


def test_an_encrypted_backup_needs_its_passphrase(journal_path: Path) -> None:
    made = _backup_after(journal_path, ["secret"], passphrase="pass one")
    before = journal_path.read_bytes()
    with pytest.raises(WrongPassphrase, match="wrong passphrase"):
        restore_journal(journal_path, made, passphrase="not it")
    assert journal_path.read_bytes() == before
    restore_journal(journal_path, made, passphrase="pass one")
    with open_journal(journal_path, passphrase="pass one"):
        assert count_entries() == 1


def test_a_plain_backup_restored_into_an_encrypted_journal_stays_encrypted(
    journal_path: Path, tmp_path: Path
) -> None:
    from desktop.store.journal.connection import SQLITE_MAGIC
    from desktop.store.safety.backup import backup_journal
    from desktop.store.safety.encryption import encrypt_journal

    outside = tmp_path / "usb" / "copy.db"  # made before encrypting, out of the backup folder
    outside.parent.mkdir()
    with open_journal(journal_path, daily_backup=False) as journal:
        save_entry(make_entry(title="canary-title-42", body="canary-body-42"))
        backup_journal(journal, outside)
    encrypt_journal(journal_path, "pass one")
    restore_journal(journal_path, outside, passphrase="pass one")
    data = journal_path.read_bytes()
    assert not data.startswith(SQLITE_MAGIC) and b"canary-body-42" not in data
    with open_journal(journal_path, passphrase="pass one"):
        assert count_entries() == 1
