"""Automatic, rotating, verified backups."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop.store.entries.entry_table import count_entries, save_entry
from desktop.store.journal.errors import JournalDamaged
from desktop.store.journal.opening import open_journal
from desktop.store.safety import backup
from tests.factories import make_entry
from tests.store.helpers import damage, plain_count


def _journal_with(path: Path, titles: list[str]) -> None:
    with open_journal(path):
        for title in titles:
            save_entry(make_entry(title=title))


def test_first_start_of_the_day_makes_one_verified_backup(journal_path: Path) -> None:
    _journal_with(journal_path, ["one", "two"])
    assert backup.list_backups(journal_path) == []  # a brand-new journal has nothing to keep
    open_journal(journal_path).close()
    open_journal(journal_path).close()
    made = backup.list_backups(journal_path)
    assert len(made) == 1 and backup.backup_reason(made[0]) == "daily"
    assert plain_count(made[0]) == 2
    backup.verify_copy(made[0])
    folder = backup.backup_dir(journal_path)
    assert sorted(p.name for p in folder.iterdir()) == [made[0].name]  # no temporary left
    assert made[0].stat().st_mode & 0o777 == 0o600


def test_next_day_makes_another(journal_path: Path) -> None:
    _journal_with(journal_path, ["one"])
    with open_journal(journal_path) as journal:
        assert backup.backup_if_due(journal) is None  # today's exists
        tomorrow = date.today() + timedelta(days=1)
        assert backup.backup_if_due(journal, today=tomorrow) is not None
    assert len(backup.list_backups(journal_path)) == 2


def test_rotation_keeps_the_number_set_in_the_journal(journal_path: Path) -> None:
    _journal_with(journal_path, ["one"])
    with open_journal(journal_path, daily_backup=False) as journal:
        assert backup.keep_count() == backup.DEFAULT_KEEP
        backup.set_keep_count(3)
        manual = backup.backup_journal(journal, backup.new_backup_path(journal_path, "manual"))
        for _ in range(5):
            backup.make_automatic_backup(journal, "daily")
    with open_journal(journal_path, daily_backup=False):
        assert backup.keep_count() == 3  # the setting travels with the journal
    kept = backup.list_backups(journal_path)
    assert manual in kept  # a backup the user asked for is never rotated away
    assert len([p for p in kept if backup.backup_reason(p) == "daily"]) == 3


def test_newest_verified_backup_skips_a_damaged_one(journal_path: Path) -> None:
    _journal_with(journal_path, [f"entry {n}" for n in range(300)])
    with open_journal(journal_path, daily_backup=False) as journal:
        good = backup.make_automatic_backup(journal, "daily")
        bad = backup.make_automatic_backup(journal, "daily")
    damage(bad)
    with pytest.raises(JournalDamaged):
        backup.verify_copy(bad)
    assert backup.newest_verified_backup(journal_path) == good


def test_backup_of_an_encrypted_journal_is_encrypted(journal_path: Path) -> None:
    with open_journal(journal_path, passphrase="correct horse"):
        save_entry(make_entry(title="secret garden"))
    with open_journal(journal_path, passphrase="correct horse"):
        pass
    (made,) = backup.list_backups(journal_path)
    assert not made.read_bytes().startswith(b"SQLite format 3")
    assert b"secret garden" not in made.read_bytes()
    backup.verify_copy(made, "correct horse")
    assert backup.newest_verified_backup(journal_path, "correct horse") == made
    assert backup.newest_verified_backup(journal_path, "wrong") is None


def test_backup_failure_does_not_stop_the_journal_opening(
    journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _journal_with(journal_path, ["one"])
    folder = backup.backup_dir(journal_path)
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_text("a file where the backup folder should be")
    with open_journal(journal_path) as journal:
        assert count_entries() == 1
        assert len(journal.warnings) == 1
        assert "backup could not be made" in journal.warnings[0]
