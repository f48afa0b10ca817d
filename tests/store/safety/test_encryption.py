"""Encrypted journals: no readable text anywhere on disk, and passphrase errors told apart."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.store.browse.search import search_entries
from desktop.store.entries.entry_table import count_entries, save_entry
from desktop.store.journal.errors import (
    InvalidValue,
    JournalDamaged,
    PassphraseRequired,
    WrongPassphrase,
)
from desktop.store.journal.opening import open_journal
from desktop.store.journal.paths import data_dir
from desktop.store.safety.backup import backup_dir, list_backups, verify_copy
from desktop.store.safety.encryption import decrypt_journal, encrypt_journal, rekey_journal
from tests.factories import make_entry
from tests.store.helpers import all_bytes, damage

CANARY = "Marmalade lighthouse whispers"
WORD = b"marmalade"


def _every_file(path: Path) -> dict[str, bytes]:
    files = {p.name: p.read_bytes() for p in path.parent.iterdir() if p.is_file()}
    folder = backup_dir(path)
    if folder.exists():
        files.update({p.name: p.read_bytes() for p in folder.iterdir()})
    return files


def _assert_no_canary(path: Path) -> None:
    for name, data in _every_file(path).items():
        assert WORD not in data.lower(), f"the canary is readable in {name}"


def test_a_new_encrypted_journal_never_writes_readable_text(journal_path: Path) -> None:
    with open_journal(journal_path, passphrase="s3cret words"):
        save_entry(make_entry(title=CANARY, body=f"{CANARY} at dusk"))
        assert Path(f"{journal_path}-wal").exists()
        _assert_no_canary(journal_path)  # the -wal of an open journal is encrypted too
    with open_journal(journal_path, passphrase="s3cret words"):  # makes today's backup
        assert [e.title for e in search_entries("lighthouse")] == [CANARY]
    assert len(list_backups(journal_path)) == 1
    _assert_no_canary(journal_path)


def test_passphrase_errors_are_distinct_from_damage(journal_path: Path) -> None:
    with open_journal(journal_path, passphrase="right"):
        for n in range(300):
            save_entry(make_entry(title=f"entry {n}", body="words " * 30))
    before = journal_path.read_bytes()
    with pytest.raises(PassphraseRequired, match="passphrase is needed"):
        open_journal(journal_path)
    with pytest.raises(WrongPassphrase, match="wrong passphrase"):
        open_journal(journal_path, passphrase="wrong")
    assert journal_path.read_bytes() == before
    plain = journal_path.with_name("plain.db")
    with open_journal(plain):
        for n in range(300):
            save_entry(make_entry(title=f"entry {n}", body="words " * 30))
    damage(plain)
    with pytest.raises(JournalDamaged, match="damaged") as caught:
        open_journal(plain)
    assert "wrong passphrase" not in str(caught.value)


def test_encrypt_leaves_no_readable_copy_and_keeps_every_entry(journal_path: Path) -> None:
    with open_journal(journal_path):
        save_entry(make_entry(title=CANARY, body=CANARY))
        save_entry(make_entry(title="another day"))
    open_journal(journal_path).close()  # a plain daily backup now exists
    assert any(WORD in data.lower() for data in _every_file(journal_path).values())

    result = encrypt_journal(journal_path, "new passphrase")

    assert result.backups_converted == 1
    _assert_no_canary(journal_path)
    assert not Path(f"{journal_path}-wal").exists()
    assert result.backup is not None
    verify_copy(result.backup, "new passphrase")
    with open_journal(journal_path, passphrase="new passphrase"):
        assert count_entries() == 2
        assert len(search_entries("marmalade")) == 1
    with pytest.raises(InvalidValue, match="already encrypted"):
        encrypt_journal(journal_path, "again")


def test_rekey_then_decrypt(journal_path: Path) -> None:
    with open_journal(journal_path, passphrase="old"):
        save_entry(make_entry(title=CANARY))
    open_journal(journal_path, passphrase="old").close()
    rekey_journal(journal_path, "old", "new")
    with pytest.raises(WrongPassphrase):
        open_journal(journal_path, passphrase="old")
    for made in list_backups(journal_path):  # the old passphrase opens no backup either
        with pytest.raises(WrongPassphrase):
            verify_copy(made, "old")
        verify_copy(made, "new")
    _assert_no_canary(journal_path)

    decrypt_journal(journal_path, "new")
    assert journal_path.read_bytes().startswith(b"SQLite format 3\x00")
    with open_journal(journal_path):
        assert count_entries() == 1
    assert WORD in all_bytes(journal_path).lower()


def test_wrong_passphrase_for_a_conversion_changes_nothing(journal_path: Path) -> None:
    with open_journal(journal_path, passphrase="right"):
        save_entry(make_entry(title="kept"))
    before = journal_path.read_bytes()
    with pytest.raises(WrongPassphrase):
        decrypt_journal(journal_path, "wrong")
    with pytest.raises(WrongPassphrase):
        rekey_journal(journal_path, "wrong", "newer")
    assert journal_path.read_bytes() == before
    beside = journal_path.parent.iterdir()
    assert sorted(p.name for p in beside if p != data_dir()) == ["journal.db"]  # tests keep data here


def test_encrypt_names_a_readable_damaged_copy_it_did_not_touch(journal_path: Path) -> None:
    from desktop.store.safety.backup import backup_journal, new_backup_path
    from desktop.store.safety.restore import restore_journal
    from tests.store.helpers import damage

    with open_journal(journal_path, daily_backup=False) as journal:
        for n in range(300):
            save_entry(make_entry(title=f"{CANARY} {n}", body="words " * 30))
        made = backup_journal(journal, new_backup_path(journal_path, "manual"))
    damage(journal_path)
    set_aside = restore_journal(journal_path, made).previous
    result = encrypt_journal(journal_path, "pass")
    assert result.readable_left == (set_aside,)


def test_a_write_by_another_program_during_encryption_is_not_lost(
    journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    from desktop.store.journal.errors import JournalLocked
    from desktop.store.safety import encryption

    with open_journal(journal_path, daily_backup=False):
        save_entry(make_entry(title="first"))
    real_export = encryption._export

    def export_then_someone_writes(conn: object, dest: Path, key: str | None) -> None:
        real_export(conn, dest, key)
        other = sqlite3.connect(journal_path)
        other.execute("UPDATE entry SET title = 'changed meanwhile'")
        other.commit()
        other.close()

    monkeypatch.setattr(encryption, "_export", export_then_someone_writes)
    with pytest.raises(JournalLocked, match="nothing was changed"):
        encrypt_journal(journal_path, "pass")
    assert journal_path.read_bytes().startswith(b"SQLite format 3\x00")
    with open_journal(journal_path, daily_backup=False):
        assert [e.title for e in search_entries("meanwhile")] == ["changed meanwhile"]
    assert list_backups(journal_path) == []


def _broken_backups(journal_path: Path, passphrase: str | None) -> tuple[Path, Path]:
    """A damaged backup and a file that is no journal at all, named like backups."""
    from desktop.store.safety.backup import backup_journal, new_backup_path

    with open_journal(journal_path, passphrase=passphrase, daily_backup=False) as journal:
        for n in range(200):
            save_entry(make_entry(title=f"{CANARY} {n}", body=CANARY * 20))
        damaged = backup_journal(journal, new_backup_path(journal_path, "manual"))
    damage(damaged)
    stranger = new_backup_path(journal_path, "manual")
    stranger.write_text("not a journal at all\n" * 300)
    return damaged, stranger


def test_encrypting_past_broken_backups_succeeds_and_leaves_nothing_readable(journal_path: Path) -> None:
    damaged, stranger = _broken_backups(journal_path, None)
    result = encrypt_journal(journal_path, "pp")
    assert result.backups_removed == 2 and not damaged.exists() and not stranger.exists()
    _assert_no_canary(journal_path)
    with open_journal(journal_path, passphrase="pp"):
        assert count_entries() == 200


def test_a_passphrase_change_past_broken_backups_succeeds_and_names_them(journal_path: Path) -> None:
    damaged, stranger = _broken_backups(journal_path, "old")
    result = rekey_journal(journal_path, "old", "new")
    assert sorted(result.unconverted) == sorted([damaged, stranger])
    with open_journal(journal_path, passphrase="new"):
        assert count_entries() == 200
    result = decrypt_journal(journal_path, "new")
    assert sorted(result.unconverted) == sorted([damaged, stranger])
    with open_journal(journal_path):
        assert count_entries() == 200
